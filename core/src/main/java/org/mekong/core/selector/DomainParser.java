package org.mekong.core.selector;

import com.google.common.net.InternetDomainName;
import java.net.IDN;
import java.util.Locale;

/**
 * Parses domain names: Unicode to punycode ({@link IDN#toASCII}), lowercase, trailing dot removed,
 * LDH label rules, and the public suffix list (Guava, private section included).
 */
final class DomainParser {

  private DomainParser() {}

  static Parsed parse(String raw) {
    String s = raw.strip();
    if (s.endsWith(".") || s.endsWith("\u3002")) {
      s = s.substring(0, s.length() - 1);
    }
    if (s.isEmpty()) {
      return new Parsed.Invalid("empty domain name");
    }
    String ascii;
    try {
      ascii = IDN.toASCII(s, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return new Parsed.Invalid("not a valid internationalised domain name: " + e.getMessage());
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
      if (!label.matches("[a-z0-9-]+")) {
        return new Parsed.Invalid("a label has letters, digits and hyphens only: " + label);
      }
      if (label.startsWith("-") || label.endsWith("-")) {
        return new Parsed.Invalid("a label neither starts nor ends with a hyphen: " + label);
      }
    }
    if (!InternetDomainName.isValid(ascii)) {
      return new Parsed.Invalid("not a valid domain name: " + ascii);
    }
    InternetDomainName domain = InternetDomainName.from(ascii);
    if (domain.isPublicSuffix()) {
      return new Parsed.Invalid(ascii + " is a public suffix, not a domain anyone registers");
    }
    if (!domain.isUnderPublicSuffix()) {
      return new Parsed.Invalid(ascii + " is not under a known public suffix (top-level domain)");
    }
    InternetDomainName suffix = domain.publicSuffix();
    if (suffix == null) {
      throw new IllegalStateException("a name under a public suffix has one: " + ascii);
    }
    return new Parsed.Valid(
        new DomainName(ascii, domain.topPrivateDomain().toString(), suffix.toString()));
  }
}
