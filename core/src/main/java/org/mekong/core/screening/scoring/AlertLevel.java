package org.mekong.core.screening.scoring;

/**
 * How urgently a person should look at a screened event or item. A level never blocks anything by
 * itself: it decides who reviews what, and how fast.
 */
public enum AlertLevel {
  /** Below the review threshold: recorded, not queued for review. */
  NONE("none"),
  /** Queued for review in the ordinary course. */
  REVIEW("review"),
  /** The client may hold the transaction while a person reviews it. */
  HOLD_AND_REVIEW("hold_and_review"),
  /** Reviewed at once, ahead of everything else. */
  URGENT_REVIEW("urgent_review");

  private final String code;

  AlertLevel(String code) {
    this.code = code;
  }

  /** The stable lowercase code used by the API and in reports, e.g. {@code hold_and_review}. */
  public String code() {
    return code;
  }
}
