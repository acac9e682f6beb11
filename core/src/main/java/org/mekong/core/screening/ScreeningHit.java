package org.mekong.core.screening;

/**
 * One entry of a {@link WatchList} that a screened selector hit, and how.
 *
 * @param entry the indicator that was hit
 * @param kind how the screened selector matched it
 * @param matched the indexed key that matched (see {@link Hit#matched()})
 */
public record ScreeningHit(ScreeningEntry entry, MatchKind kind, String matched) {

  public ScreeningHit {
    if (matched.isEmpty()) {
      throw new IllegalArgumentException("the matched key is empty");
    }
  }
}
