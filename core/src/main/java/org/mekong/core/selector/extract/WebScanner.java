package org.mekong.core.selector.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.mekong.core.selector.Parsed;
import org.mekong.core.selector.SelectorType;
import org.mekong.core.selector.Selectors;

/**
 * Finds URLs (with {@code http://} or {@code https://}, or a domain followed by a path), profile
 * and app-store links among them, bare domains under a known public suffix, and e-mail addresses.
 * Works in ASCII: the chars of a URL, domain or address are ASCII, so a Unicode name written
 * between CJK or Thai letters, where nothing marks where it ends, is not looked for.
 */
final class WebScanner {

  private static final String URL_CHAR = "[A-Za-z0-9\\-._~:/?#\\[\\]@!$&()*+,;=%]";
  private static final String DOMAIN =
      "(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.){1,126}"
          + "[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
  private static final Pattern SCHEME_URL =
      Pattern.compile("(?i)(?<![A-Za-z0-9])https?://" + URL_CHAR + "{1,2048}+");
  private static final Pattern DOMAIN_NAME =
      Pattern.compile("(?<![A-Za-z0-9\\-_.])" + DOMAIN + "(?![A-Za-z0-9\\-_])");
  private static final Pattern PATH_AFTER_HOST =
      Pattern.compile("(?::[0-9]{1,5})?[/?]" + URL_CHAR + "{0,2048}+");
  private static final Pattern EMAIL =
      Pattern.compile(
          "(?<![A-Za-z0-9._%+\\-])[A-Za-z0-9._%+\\-]{1,64}@" + DOMAIN + "(?![A-Za-z0-9\\-_])");
  private static final String TRAILING = ".,;:!?'\"*";

  private WebScanner() {}

  /** Adds the candidates in {@code text} (full-width dots already read as dots). */
  static void scan(String text, @Nullable String region, List<Candidate> out) {
    Matcher url = SCHEME_URL.matcher(text);
    while (url.find()) {
      link(text, url.start(), url.end(), region, out);
    }
    Matcher domain = DOMAIN_NAME.matcher(text);
    Matcher path = PATH_AFTER_HOST.matcher(text);
    while (domain.find()) {
      path.region(domain.end(), text.length());
      if (path.lookingAt()) {
        link(text, domain.start(), path.end(), region, out);
      }
      add(text, domain.start(), domain.end(), SelectorType.DOMAIN, region, out);
    }
    Matcher email = EMAIL.matcher(text);
    while (email.find()) {
      add(text, email.start(), email.end(), SelectorType.EMAIL, region, out);
    }
  }

  /**
   * A link to a profile or app, or else a URL ({@code t.me/joinchat/...} names no profile), its
   * trailing punctuation left out.
   */
  private static void link(
      String text, int start, int end, @Nullable String region, List<Candidate> out) {
    int trimmed = trimTrailing(text, start, end);
    if (trimmed > start && !add(text, start, trimmed, null, region, out)) {
      add(text, start, trimmed, SelectorType.URL, region, out);
    }
  }

  /** Where a link ends once sentence punctuation and an unbalanced closing bracket are cut. */
  static int trimTrailing(String text, int start, int end) {
    int parens = 0;
    int brackets = 0;
    for (int i = start; i < end; i++) {
      switch (text.charAt(i)) {
        case '(' -> parens++;
        case ')' -> parens--;
        case '[' -> brackets++;
        case ']' -> brackets--;
        default -> {}
      }
    }
    int e = end;
    while (e > start) {
      char last = text.charAt(e - 1);
      if (TRAILING.indexOf(last) >= 0) {
        e--;
      } else if (last == ')' && parens < 0) {
        parens++;
        e--;
      } else if (last == ']' && brackets < 0) {
        brackets++;
        e--;
      } else {
        break;
      }
    }
    return e;
  }

  private static boolean add(
      String text,
      int start,
      int end,
      @Nullable SelectorType type,
      @Nullable String region,
      List<Candidate> out) {
    if (Selectors.parse(text.substring(start, end), type, region) instanceof Parsed.Valid valid) {
      out.add(new Candidate(start, end, valid));
      return true;
    }
    return false;
  }
}
