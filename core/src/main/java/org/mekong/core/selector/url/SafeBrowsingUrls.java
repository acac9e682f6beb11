package org.mekong.core.selector.url;

import java.util.List;

/** Google Safe Browsing URL canonicalisation and lookup expressions. */
public final class SafeBrowsingUrls {

  /** The longest raw URL, and the longest canonical URL, accepted, in characters. */
  public static final int MAX_LENGTH = 8_192;

  private SafeBrowsingUrls() {}

  /**
   * Canonicalises {@code raw} as the Safe Browsing API (v4, "URLs and Hashing") prescribes. The
   * string is first encoded as UTF-8: the algorithm works on bytes.
   *
   * @return the canonical URL, or a rejection whose reason says what to fix; never throws for bad
   *     input
   */
  public static UrlCanonicalization canonicalize(String raw) {
    return Canonicalizer.canonicalize(raw);
  }

  /**
   * The host-suffix × path-prefix expressions to look up for {@code url}: at most 5 hosts times at
   * most 6 paths, so at most 30, without duplicates, the exact host and path (with the query, if
   * any) first.
   */
  public static List<String> expressions(CanonicalUrl url) {
    return LookupExpressions.of(url);
  }
}
