package org.mekong.core.selector;

import java.util.regex.Pattern;
import org.mekong.core.selector.url.CanonicalUrl;
import org.mekong.core.selector.url.SafeBrowsingUrls;
import org.mekong.core.selector.url.UrlCanonicalization;

/**
 * Parses URLs into their Safe Browsing canonical form, and tells which untyped input is a URL: one
 * with a scheme ({@code http://}, {@code https://}, any {@code scheme://}) or a host with a path
 * ({@code example.com/login}); a bare host is a domain.
 */
final class UrlParser {

  private static final Pattern SCHEME = Pattern.compile("(?i)[a-z][a-z0-9+.-]*://.*");

  private static final Pattern CIDR = Pattern.compile("[^/]*/[0-9]{1,3}");

  private UrlParser() {}

  static Parsed parse(String raw) {
    if (raw.length() > SafeBrowsingUrls.MAX_LENGTH) {
      return new Parsed.Invalid("a URL has at most " + SafeBrowsingUrls.MAX_LENGTH + " characters");
    }
    return switch (SafeBrowsingUrls.canonicalize(raw)) {
      case CanonicalUrl url ->
          url.equals(SafeBrowsingUrls.canonicalize(url.value()))
              ? new Parsed.Valid(new Url(url))
              : new Parsed.Invalid(
                  "this URL has no stable canonical form (canonicalising "
                      + url.value()
                      + " again gives another URL)");
      case UrlCanonicalization.Rejected rejected -> new Parsed.Invalid(rejected.reason());
    };
  }

  /**
   * Whether untyped input is a URL: it has a scheme, or it is a host (a domain under a public
   * suffix, or an IPv4 address) followed by {@code /}, {@code ?} or {@code :port/} and no spaces.
   * An IP address with a prefix length ({@code 10.0.0.0/8}) is a CIDR block, not a URL.
   */
  static boolean looksLikeUrl(String s) {
    if (SCHEME.matcher(s).matches()) {
      return true;
    }
    if (s.chars().anyMatch(Character::isWhitespace)
        || (CIDR.matcher(s).matches() && IpParser.looksLikeIp(s))) {
      return false;
    }
    int end = 0;
    while (end < s.length() && "/?:#".indexOf(s.charAt(end)) < 0) {
      end++;
    }
    if (end == 0 || end == s.length() || s.charAt(end) == '#') {
      return false;
    }
    String host = s.substring(0, end);
    if (s.charAt(end) == ':' && !s.substring(end).matches(":[0-9]{1,5}([/?].*)?")) {
      return false;
    }
    return DomainParser.parse(host) instanceof Parsed.Valid || IpParser.looksLikeIp(host);
  }
}
