package org.mekong.core.selector;

import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Parses domain names: Unicode to punycode ({@link IDN#toASCII}), lowercase, trailing dot removed,
 * LDH label rules, and the public suffix list (Guava's data, private section included).
 *
 * <p>Labels below the registrable domain may also hold {@code _}: public phishing lists are full of
 * host names such as {@code bluewin_login_accountsmail.godaddysites.com}, which DNS serves and
 * browsers resolve. The registrable domain and the public suffix stay letters, digits and hyphens:
 * no registry hands out a name with {@code _}.
 *
 * <p>Input that already is a well-formed LDH name in any case skips IDN and the per-label checks;
 * everything else takes the general path, which gives the reason of a rejection. Both end in one
 * walk of the public suffix list ({@link PublicSuffixes}).
 */
final class DomainParser {

  private static final Pattern LDH_LABEL = Pattern.compile("[a-z0-9_-]+");

  private DomainParser() {}

  static Parsed parse(String raw) {
    String s = raw.strip();
    if (s.endsWith(".") || s.endsWith("\u3002")) {
      s = s.substring(0, s.length() - 1);
    }
    if (s.isEmpty()) {
      return new Parsed.Invalid("empty domain name");
    }
    if (isLdhName(s, true)) {
      return classify(s.toLowerCase(Locale.ROOT));
    }
    return parseGeneral(s);
  }

  /** Why {@link IDN#toASCII} refused a name, in words for the sender, not the JDK's. */
  static String idnProblem(IllegalArgumentException e) {
    String message = String.valueOf(e.getMessage());
    return message.contains("prohibited code point")
        ? "not a valid internationalised domain name: it holds a character that domain names"
            + " may not contain"
        : message.contains("too long")
            ? "not a valid internationalised domain name: a label is too long"
            : "not a valid internationalised domain name";
  }

  /** The path for anything but a well-formed LDH name: IDN, then one check per label. */
  private static Parsed parseGeneral(String s) {
    String ascii;
    try {
      ascii = IDN.toASCII(s, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return new Parsed.Invalid(idnProblem(e));
    }
    if (ascii.length() > 253) {
      return new Parsed.Invalid("a domain name has at most 253 characters");
    }
    if (!ascii.contains(".")) {
      return new Parsed.Invalid("a domain name needs at least two labels, e.g. example.com");
    }
    for (String label : ascii.split("\\.", -1)) {
      if (label.isEmpty()) {
        return new Parsed.Invalid("empty label (two dots in a row)");
      }
      if (label.length() > 63) {
        return new Parsed.Invalid("a label has at most 63 characters: " + label);
      }
      if (!LDH_LABEL.matcher(label).matches()) {
        return new Parsed.Invalid(
            "a label has letters, digits, hyphens and underscores only: " + label);
      }
      if (isDash(label.charAt(0)) || isDash(label.charAt(label.length() - 1))) {
        return new Parsed.Invalid(
            "a label neither starts nor ends with a hyphen or underscore: " + label);
      }
    }
    return classify(ascii);
  }

  /** Final checks on a lowercase name that {@link #isLdhName} accepts. */
  private static Parsed classify(String ascii) {
    if (lastLabelStartsWithDigit(ascii)) {
      return new Parsed.Invalid("not a valid domain name: " + ascii);
    }
    int suffix = PublicSuffixes.suffixStart(ascii);
    if (suffix == 0) {
      return new Parsed.Invalid(ascii + " is a public suffix, not a domain anyone registers");
    }
    if (suffix == PublicSuffixes.NONE) {
      return new Parsed.Invalid(ascii + " is not under a known public suffix (top-level domain)");
    }
    int registrable = PublicSuffixes.registrableStart(ascii, suffix);
    if (ascii.indexOf('_', registrable) >= 0) {
      return new Parsed.Invalid(
          "'_' may appear only in labels below the registrable domain: "
              + ascii.substring(registrable));
    }
    return new Parsed.Valid(
        new DomainName(ascii, ascii.substring(registrable), ascii.substring(suffix)));
  }

  /**
   * Whether {@code s} is a name of letters, digits, hyphens, underscores and dots (whether an
   * underscore is where it may be is for the caller to check): at most 253 characters, two or more
   * labels of 1 to 63 characters, none starting or ending with a hyphen or underscore (as Guava's
   * {@code InternetDomainName} has it); uppercase ASCII letters only if {@code anyCase}.
   */
  static boolean isLdhName(String s, boolean anyCase) {
    int length = s.length();
    if (length > 253) {
      return false;
    }
    int labelStart = 0;
    boolean dotted = false;
    for (int i = 0; i <= length; i++) {
      char c = i == length ? '.' : s.charAt(i);
      if (c == '.') {
        int labelLength = i - labelStart;
        if (labelLength == 0
            || labelLength > 63
            || isDash(s.charAt(labelStart))
            || isDash(s.charAt(i - 1))) {
          return false;
        }
        dotted |= i < length;
        labelStart = i + 1;
      } else if (!((c >= 'a' && c <= 'z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '_'
          || (anyCase && c >= 'A' && c <= 'Z'))) {
        return false;
      }
    }
    return dotted;
  }

  private static boolean isDash(char c) {
    return c == '-' || c == '_';
  }

  /** Guava's rule that keeps IPv4 addresses out: the top-level label starts with a letter. */
  static boolean lastLabelStartsWithDigit(String name) {
    char first = name.charAt(name.lastIndexOf('.') + 1);
    return first >= '0' && first <= '9';
  }
}
