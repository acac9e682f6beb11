package org.mekong.core.indicator;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * How much one agency's sightings may move an indicator (docs/screening-scoring.md, decision 0025):
 *
 * <ul>
 *   <li>at most one sighting of each kind per agency and indicator counts within {@link #WINDOW}
 *       (24 h of the node's clock); a repeat inside it is stored as a {@link
 *       SightingWeight#DUPLICATE duplicate};
 *   <li>an agency other than the originator weighs with at most {@link #WEIGHED_PER_AGENCY} counted
 *       sighting of each kind, ever: one screening client lowers a confidence by at most 25 (a
 *       false positive) + 15 (expired) and raises it by at most 10 + 2, however often it reports;
 *   <li>the originator's counted sightings all weigh: the indicator is its judgement, which it may
 *       also republish or revoke.
 * </ul>
 *
 * <p>Anonymous sightings are counted against the agency that sent them: anonymity hides the
 * reporter from other agencies, not from the node that authenticated it.
 */
public final class SightingRule {

  /** The window within which a repeat of the same kind by the same agency counts once. */
  public static final Duration WINDOW = Duration.ofHours(24);

  /** Counted sightings of one kind that weigh, per agency other than the originator. */
  public static final long WEIGHED_PER_AGENCY = 1;

  private SightingRule() {}

  /**
   * The weight of a new sighting of one kind by one agency.
   *
   * @param byOriginator whether the reporting agency originated the indicator
   * @param lastCounted when that agency's last counted sighting of this kind was recorded, if any
   * @param weighedBefore how many of that agency's earlier sightings of this kind weighed
   * @param now when the new sighting is recorded
   */
  public static SightingWeight weigh(
      boolean byOriginator, @Nullable Instant lastCounted, long weighedBefore, Instant now) {
    if (weighedBefore < 0) {
      throw new IllegalArgumentException("weighed sightings are not negative: " + weighedBefore);
    }
    if (lastCounted != null && now.isBefore(lastCounted.plus(WINDOW))) {
      return SightingWeight.DUPLICATE;
    }
    if (!byOriginator && weighedBefore >= WEIGHED_PER_AGENCY) {
      return SightingWeight.BOUNDED;
    }
    return SightingWeight.WEIGHED;
  }
}
