package org.mekong.core.screening.scoring;

/**
 * The three score thresholds, each the lowest score of its level: a score of at least {@code
 * review} is {@link AlertLevel#REVIEW}, at least {@code holdAndReview} {@link
 * AlertLevel#HOLD_AND_REVIEW}, at least {@code urgentReview} {@link AlertLevel#URGENT_REVIEW}.
 *
 * @param review the lowest score that is reviewed, 1–100
 * @param holdAndReview the lowest score that is held for review, at least {@code review}
 * @param urgentReview the lowest score that is reviewed at once, at least {@code holdAndReview}
 */
public record Thresholds(int review, int holdAndReview, int urgentReview) {

  /** The default thresholds: 40, 70 and 90. */
  public static final Thresholds DEFAULTS = new Thresholds(40, 70, 90);

  public Thresholds {
    if (review < 1
        || review > holdAndReview
        || holdAndReview > urgentReview
        || urgentReview > 100) {
      throw new IllegalArgumentException(
          "screening.thresholds must satisfy 1 <= review <= hold-and-review <= urgent-review <="
              + " 100, were review="
              + review
              + ", hold-and-review="
              + holdAndReview
              + ", urgent-review="
              + urgentReview);
    }
  }

  /** The level of a score (0–100). */
  public AlertLevel level(int score) {
    if (score < 0 || score > 100) {
      throw new IllegalArgumentException("a score is 0-100, was " + score);
    }
    if (score >= urgentReview) {
      return AlertLevel.URGENT_REVIEW;
    }
    if (score >= holdAndReview) {
      return AlertLevel.HOLD_AND_REVIEW;
    }
    return score >= review ? AlertLevel.REVIEW : AlertLevel.NONE;
  }
}
