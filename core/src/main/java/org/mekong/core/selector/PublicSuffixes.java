package org.mekong.core.selector;

import com.google.common.collect.ImmutableMap;
import com.google.thirdparty.publicsuffix.PublicSuffixPatterns;
import com.google.thirdparty.publicsuffix.PublicSuffixType;

/**
 * One walk of the public suffix list (Guava's copy, private section included) over a lowercase
 * ASCII domain name, with the rules of Guava's {@code InternetDomainName}: from the whole name to
 * its last label, the first ancestor that is a wildcard child ({@code *.ck}), an exact entry, or an
 * exception ({@code !www.ck}, whose parent is then the suffix) decides.
 */
final class PublicSuffixes {

  /** {@link #suffixStart} when no ancestor of the name is on the list. */
  static final int NONE = -1;

  private static final ImmutableMap<String, PublicSuffixType> EXACT = PublicSuffixPatterns.EXACT;
  private static final ImmutableMap<String, PublicSuffixType> UNDER = PublicSuffixPatterns.UNDER;
  private static final ImmutableMap<String, PublicSuffixType> EXCLUDED =
      PublicSuffixPatterns.EXCLUDED;

  private PublicSuffixes() {}

  /**
   * The offset in {@code name} where its public suffix starts: 0 if the name is a public suffix
   * itself, {@link #NONE} if it is not under one. The name is lowercase, dot-separated, without
   * empty labels.
   */
  static int suffixStart(String name) {
    int previous = NONE;
    int start = 0;
    while (true) {
      String ancestor = start == 0 ? name : name.substring(start);
      if (previous != NONE && UNDER.containsKey(ancestor)) {
        return previous;
      }
      if (EXACT.containsKey(ancestor)) {
        return start;
      }
      int dot = name.indexOf('.', start);
      if (EXCLUDED.containsKey(ancestor)) {
        if (dot < 0) {
          throw new IllegalStateException("an exception rule of one label: " + ancestor);
        }
        return dot + 1;
      }
      if (dot < 0) {
        return NONE;
      }
      previous = start;
      start = dot + 1;
    }
  }

  /** The offset of the registrable domain (one label more than the suffix at {@code suffix}). */
  static int registrableStart(String name, int suffix) {
    if (suffix <= 0) {
      throw new IllegalArgumentException("no label above the public suffix of " + name);
    }
    return name.lastIndexOf('.', suffix - 2) + 1;
  }
}
