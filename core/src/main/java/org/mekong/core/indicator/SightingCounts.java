package org.mekong.core.indicator;

/** How many sightings of each kind an indicator has had. */
public record SightingCounts(long seen, long falsePositive, long truePositive, long expired) {

  /** No sightings. */
  public static final SightingCounts NONE = new SightingCounts(0, 0, 0, 0);

  public SightingCounts {
    if (seen < 0 || falsePositive < 0 || truePositive < 0 || expired < 0) {
      throw new IllegalArgumentException("sighting counts are not negative");
    }
  }

  /** The counts with one more sighting of {@code kind}. */
  public SightingCounts plus(SightingKind kind) {
    return switch (kind) {
      case SEEN -> new SightingCounts(seen + 1, falsePositive, truePositive, expired);
      case FALSE_POSITIVE -> new SightingCounts(seen, falsePositive + 1, truePositive, expired);
      case TRUE_POSITIVE -> new SightingCounts(seen, falsePositive, truePositive + 1, expired);
      case EXPIRED -> new SightingCounts(seen, falsePositive, truePositive, expired + 1);
    };
  }
}
