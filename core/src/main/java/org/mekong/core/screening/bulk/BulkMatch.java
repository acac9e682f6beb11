package org.mekong.core.screening.bulk;

import java.util.List;
import org.mekong.core.indicator.IndicatorId;
import org.mekong.core.screening.MatchKind;
import org.mekong.core.screening.ScreeningEntry;
import org.mekong.core.screening.ScreeningHit;

/**
 * One indicator that a screened field hit, as a matcher reports it (a local list or a node).
 *
 * @param indicator the indicator's STIX id
 * @param categories category codes, at least one
 * @param confidence 0–100
 * @param tlp the TLP code, e.g. {@code amber}
 * @param originator the originating agency's id, or {@value ScreeningEntry#WITHHELD}
 * @param kind how the field matched
 * @param matched the indexed key that matched
 */
public record BulkMatch(
    IndicatorId indicator,
    List<String> categories,
    int confidence,
    String tlp,
    String originator,
    MatchKind kind,
    String matched) {

  public BulkMatch {
    categories = List.copyOf(categories);
    if (categories.isEmpty()) {
      throw new IllegalArgumentException("a match names at least one category: " + indicator);
    }
    if (confidence < 0 || confidence > 100) {
      throw new IllegalArgumentException("confidence is 0-100, was " + confidence);
    }
    if (tlp.isBlank() || originator.isBlank() || matched.isEmpty()) {
      throw new IllegalArgumentException("tlp, originator and matched key are required");
    }
  }

  /** The match a local watch list's hit gives. */
  public static BulkMatch of(ScreeningHit hit) {
    ScreeningEntry entry = hit.entry();
    return new BulkMatch(
        entry.indicator(),
        entry.categories().stream().map(c -> c.code()).toList(),
        entry.confidence(),
        entry.tlp().code(),
        entry.originatorLabel(),
        hit.kind(),
        hit.matched());
  }
}
