package org.mekong.server.indicator;

import org.jspecify.annotations.Nullable;
import org.mekong.core.indicator.Indicator;
import org.mekong.core.indicator.SightingCounts;
import org.mekong.core.sharing.SharedObject;

/** An indicator's current version as stored, with its sighting counts and change position. */
public record StoredIndicator(
    Indicator indicator,
    SightingCounts sightings,
    java.time.@Nullable Instant lastSighted,
    long changeSeq) {

  /** What the sharing policy needs to decide who sees it. */
  public SharedObject shared() {
    return IndicatorRows.shared(indicator);
  }
}
