package org.mekong.core.selector.url;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.mekong.core.selector.url.UrlCanonicalization.Rejected;

/**
 * The Safe Browsing canonicalisation pipeline. It works on byte strings (one char per byte, as
 * ISO-8859-1 decodes them): the published algorithm and its test vectors are defined on bytes.
 */
final class Canonicalizer {

  private Canonicalizer() {}

  static UrlCanonicalization canonicalize(String raw) {
    if (raw.isBlank()) {
      return empty();
    }
    if (raw.length() > SafeBrowsingUrls.MAX_LENGTH) {
      return tooLong(raw.length());
    }
    return canonicalizeBytes(new String(raw.getBytes(UTF_8), ISO_8859_1));
  }

  /** Canonicalises raw bytes, for callers (and test vectors) that hold bytes, not text. */
  static UrlCanonicalization canonicalize(byte[] raw) {
    if (raw.length > SafeBrowsingUrls.MAX_LENGTH) {
      return tooLong(raw.length);
    }
    return canonicalizeBytes(new String(raw, ISO_8859_1));
  }

  private static UrlCanonicalization canonicalizeBytes(String raw) {
    String url = removeFragment(raw);
    url = trimWhitespace(url);
    url = removeTabsAndLineBreaks(url);
    if (url.isEmpty()) {
      return empty();
    }
    url = Escaping.unescapeFully(url);

    String scheme = "http";
    int colon = schemeEnd(url);
    if (colon >= 0) {
      scheme = url.substring(0, colon).toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        String shown = scheme.length() <= 40 ? scheme : scheme.substring(0, 37) + "...";
        return new Rejected(
            "unsupported scheme '" + shown + "': only http and https URLs are accepted");
      }
      url = url.substring(colon + 1);
      if (!url.startsWith("//")) {
        return new Rejected(
            "'" + scheme + ":' must be followed by '//', as in " + scheme + "://example.com/");
      }
      url = url.substring(2);
    }

    @Nullable String query = null;
    int questionMark = url.indexOf('?');
    if (questionMark >= 0) {
      query = url.substring(questionMark + 1);
      url = url.substring(0, questionMark);
    }
    int slash = url.indexOf('/');
    String rawHost = slash < 0 ? url : url.substring(0, slash);
    String rawPath = slash < 0 ? "" : url.substring(slash);

    String problem = Hosts.problem(rawHost);
    if (problem != null) {
      return new Rejected(problem);
    }
    String host = Hosts.canonicalize(rawHost);
    if (host.isEmpty()) {
      return new Rejected("the URL has no host: write it as http://example.com/path");
    }
    if (host.indexOf('/') >= 0 || host.indexOf('?') >= 0 || host.indexOf('@') >= 0) {
      return new Rejected(
          "the host holds a character that reads as '/', '?' or '@' once normalised");
    }
    String path = Paths.canonicalize(rawPath);

    String escapedHost = Escaping.escape(host);
    String escapedPath = Escaping.escape(path);
    @Nullable String escapedQuery = query == null ? null : Escaping.escape(query);
    String value =
        scheme
            + "://"
            + escapedHost
            + escapedPath
            + (escapedQuery == null ? "" : "?" + escapedQuery);
    if (value.length() > SafeBrowsingUrls.MAX_LENGTH) {
      // Escaping makes a URL up to nine times longer (one 3-byte character becomes 9). Bounding
      // the canonical form too keeps canonicalisation idempotent: a canonical URL is never
      // rejected as too long when it is canonicalised again.
      return new Rejected(
          "the canonical form of this URL is "
              + value.length()
              + " characters long once non-ASCII and control characters are percent-escaped; at"
              + " most "
              + SafeBrowsingUrls.MAX_LENGTH
              + " are accepted");
    }
    try {
      return new CanonicalUrl(value, scheme, escapedHost, escapedPath, escapedQuery);
    } catch (IllegalArgumentException e) {
      return new Rejected("the URL has no canonical form: " + e.getMessage());
    }
  }

  private static String removeFragment(String url) {
    int hash = url.indexOf('#');
    return hash < 0 ? url : url.substring(0, hash);
  }

  private static String trimWhitespace(String url) {
    int start = 0;
    int end = url.length();
    while (start < end && isAsciiWhitespace(url.charAt(start))) {
      start++;
    }
    while (end > start && isAsciiWhitespace(url.charAt(end - 1))) {
      end--;
    }
    return url.substring(start, end);
  }

  private static boolean isAsciiWhitespace(char c) {
    return c == ' ' || (c >= 0x09 && c <= 0x0D);
  }

  private static String removeTabsAndLineBreaks(String url) {
    StringBuilder out = new StringBuilder(url.length());
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c != '\t' && c != '\r' && c != '\n') {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * The index of the colon that ends a scheme, or -1 when {@code url} has none. A scheme is a
   * letter followed by letters, digits, {@code +}, {@code -} or {@code .}; a colon followed by
   * digits and then {@code /} or the end is a port ({@code www.example.com:8080/}), not a scheme.
   */
  private static int schemeEnd(String url) {
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        continue;
      }
      if ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.') {
        if (i == 0) {
          return -1;
        }
        continue;
      }
      if (c == ':' && i > 0) {
        return isPortAt(url, i + 1) ? -1 : i;
      }
      return -1;
    }
    return -1;
  }

  private static boolean isPortAt(String url, int start) {
    int i = start;
    while (i < url.length() && url.charAt(i) >= '0' && url.charAt(i) <= '9') {
      i++;
    }
    return i > start && (i == url.length() || url.charAt(i) == '/');
  }

  private static Rejected empty() {
    return new Rejected("the URL is empty: give an http or https URL such as http://example.com/");
  }

  private static Rejected tooLong(int length) {
    return new Rejected(
        "the URL is "
            + length
            + " characters long; at most "
            + SafeBrowsingUrls.MAX_LENGTH
            + " are accepted");
  }
}
