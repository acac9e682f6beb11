package org.mekong.core.screening;

/**
 * One indexed entry that a screened selector hit.
 *
 * @param entry the entry id given to {@link ScreeningIndex#add}
 * @param kind how it matched
 * @param matched the indexed key that matched: the canonical key for {@link MatchKind#EXACT}, the
 *     parent domain, the lookup expression ({@code host/path}), the host domain or the CIDR range
 */
public record Hit(int entry, MatchKind kind, String matched) {

  public Hit {
    if (entry < 0) {
      throw new IllegalArgumentException("entry ids are not negative: " + entry);
    }
    if (matched.isEmpty()) {
      throw new IllegalArgumentException("the matched key is empty");
    }
  }
}
