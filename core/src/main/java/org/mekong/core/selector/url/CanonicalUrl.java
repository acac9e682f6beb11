package org.mekong.core.selector.url;

import com.google.errorprone.annotations.FormatMethod;
import com.google.errorprone.annotations.FormatString;
import org.jspecify.annotations.Nullable;

/**
 * A URL in Safe Browsing canonical form: {@code scheme://host/path[?query]}, every part
 * percent-escaped as the algorithm prescribes.
 *
 * @param value the whole canonical URL
 * @param scheme {@code http} or {@code https}
 * @param host the lowercase host (a dotted-decimal IPv4 address, a bracketed IPv6 literal or a
 *     name), percent-escaped, never empty
 * @param path the path, starting with {@code /}, with no empty, {@code .} or {@code ..} segments
 * @param query the query without its {@code ?}, or {@code null} when the URL has no {@code ?}; an
 *     empty query ({@code http://host/q?}) is kept, as the published test vectors require
 */
public record CanonicalUrl(
    String value, String scheme, String host, String path, @Nullable String query)
    implements UrlCanonicalization {

  public CanonicalUrl {
    require(
        scheme.equals("http") || scheme.equals("https"),
        "scheme must be http or https: %s",
        scheme);
    require(!host.isEmpty(), "host must not be empty");
    require(Escaping.isEscaped(host), "host is not percent-escaped: %s", host);
    require(hostHasNoDelimiter(host), "host contains '/', '?' or '@': %s", host);
    require(hostIsLowercase(host), "host is not lowercase: %s", host);
    require(hostHasCleanDots(host), "host has empty labels: %s", host);
    require(path.startsWith("/"), "path must start with '/': %s", path);
    require(Escaping.isEscaped(path), "path is not percent-escaped: %s", path);
    require(pathIsResolved(path), "path has empty, '.' or '..' segments: %s", path);
    require(path.indexOf('?') < 0, "path contains '?': %s", path);
    require(query == null || Escaping.isEscaped(query), "query is not percent-escaped: %s", query);
    require(
        value.length() <= SafeBrowsingUrls.MAX_LENGTH,
        "value is longer than %s characters",
        SafeBrowsingUrls.MAX_LENGTH);
    String expected = scheme + "://" + host + path + (query == null ? "" : "?" + query);
    require(value.equals(expected), "value %s does not match its parts %s", value, expected);
  }

  @Override
  public String toString() {
    return value;
  }

  private static boolean hostHasNoDelimiter(String host) {
    return host.indexOf('/') < 0 && host.indexOf('?') < 0 && host.indexOf('@') < 0;
  }

  private static boolean hostIsLowercase(String host) {
    for (int i = 0; i < host.length(); i++) {
      char c = host.charAt(i);
      if (c == '%') {
        i += 2;
      } else if (c >= 'A' && c <= 'Z') {
        return false;
      }
    }
    return true;
  }

  private static boolean hostHasCleanDots(String host) {
    return host.startsWith("[")
        || !(host.startsWith(".") || host.endsWith(".") || host.contains(".."));
  }

  private static boolean pathIsResolved(String path) {
    return !path.contains("//")
        && !path.contains("/./")
        && !path.contains("/../")
        && !path.endsWith("/.")
        && !path.endsWith("/..");
  }

  @FormatMethod
  private static void require(
      boolean condition, @FormatString String template, @Nullable Object... args) {
    if (!condition) {
      throw new IllegalArgumentException(String.format(template, args));
    }
  }
}
