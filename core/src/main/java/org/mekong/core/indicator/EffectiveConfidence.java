package org.mekong.core.indicator;

/**
 * How sightings move an indicator's confidence. The counts are of sightings that weigh by {@link
 * SightingRule} (one of each kind per agency and 24 h; one of each kind ever for an agency other
 * than the originator). Starting from the originator's confidence:
 *
 * <ul>
 *   <li>each true positive adds 10;
 *   <li>each sighting seen adds 2, at most 10 in all (being seen is weak evidence);
 *   <li>each false positive subtracts 25;
 *   <li>each expired report subtracts 15;
 * </ul>
 *
 * <p>and the result is kept within 0–100. The rule is deliberately simple, so an analyst can
 * recompute it by hand from the counts shown beside it.
 */
public final class EffectiveConfidence {

  private EffectiveConfidence() {}

  /** The effective confidence of an indicator of {@code base} confidence with these sightings. */
  public static int of(int base, SightingCounts counts) {
    if (base < 0 || base > 100) {
      throw new IllegalArgumentException("confidence is 0-100, was " + base);
    }
    long score =
        base
            + 10 * counts.truePositive()
            + Math.min(10, 2 * counts.seen())
            - 25 * counts.falsePositive()
            - 15 * counts.expired();
    return (int) Math.max(0, Math.min(100, score));
  }
}
