package org.mekong.server.indicator;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.indicator.Indicator;
import org.mekong.core.indicator.SightingCounts;
import org.mekong.core.sharing.SharedObject;

/**
 * An indicator's current version as stored, with its sighting counts and change position, and for
 * one received from a partner node, the local agencies that received it and where it came from.
 *
 * @param receivedBy the local agencies that pulled it from a partner (empty for own objects); for
 *     TLP:AMBER, AMBER+STRICT and RED they count as named recipients on this node
 * @param provenance where a received indicator came from; null for this node's own
 */
public record StoredIndicator(
    Indicator indicator,
    SightingCounts sightings,
    @Nullable Instant lastSighted,
    long changeSeq,
    Set<AgencyId> receivedBy,
    @Nullable Provenance provenance) {

  /**
   * Where a received indicator came from.
   *
   * @param node the node of the originating agency
   * @param receivedFrom the partner node that delivered it here
   */
  public record Provenance(String node, String receivedFrom) {}

  public StoredIndicator {
    receivedBy = Set.copyOf(receivedBy);
  }

  /** An indicator of this node's own. */
  public StoredIndicator(
      Indicator indicator,
      SightingCounts sightings,
      @Nullable Instant lastSighted,
      long changeSeq) {
    this(indicator, sightings, lastSighted, changeSeq, Set.of(), null);
  }

  /** What the sharing policy needs to decide who sees it on this node. */
  public SharedObject shared() {
    return IndicatorRows.shared(indicator, receivedBy);
  }
}
