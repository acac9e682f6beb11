package org.mekong.core.screening.scoring;

/**
 * The score of an event's or an item's hits, 0–100, and the alert level its thresholds give it.
 *
 * @param value the noisy-OR of the hits' weighted confidences, 0–100 (0 without hits)
 * @param level what the thresholds make of {@code value}
 */
public record Score(int value, AlertLevel level) {

  /** The score of no hits at all. */
  public static final Score NONE = new Score(0, AlertLevel.NONE);

  public Score {
    if (value < 0 || value > 100) {
      throw new IllegalArgumentException("a score is 0-100, was " + value);
    }
    if (value == 0 && level != AlertLevel.NONE) {
      throw new IllegalArgumentException("a score of 0 is level none, was " + level);
    }
  }
}
