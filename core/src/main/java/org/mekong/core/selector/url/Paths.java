package org.mekong.core.selector.url;

import java.util.ArrayDeque;
import java.util.Deque;

/** Path canonicalisation on an unescaped byte string; the query is never passed here. */
final class Paths {

  private Paths() {}

  /**
   * Resolves {@code .} and {@code ..} segments, collapses runs of slashes and turns an empty path
   * into {@code /}. A path that ends with a slash, a {@code .} or a {@code ..} segment keeps a
   * trailing slash ({@code /a/b/..} is {@code /a/}), as in RFC 3986 section 5.2.4.
   */
  static String canonicalize(String rawPath) {
    Deque<String> segments = new ArrayDeque<>();
    boolean trailingSlash = rawPath.endsWith("/");
    int start = 0;
    for (int i = 0; i <= rawPath.length(); i++) {
      if (i < rawPath.length() && rawPath.charAt(i) != '/') {
        continue;
      }
      String segment = rawPath.substring(start, i);
      start = i + 1;
      boolean last = i == rawPath.length();
      switch (segment) {
        case "", "." -> trailingSlash |= last && segment.equals(".");
        case ".." -> {
          segments.pollLast();
          trailingSlash |= last;
        }
        default -> segments.addLast(segment);
      }
    }
    if (segments.isEmpty()) {
      return "/";
    }
    return "/" + String.join("/", segments) + (trailingSlash ? "/" : "");
  }
}
