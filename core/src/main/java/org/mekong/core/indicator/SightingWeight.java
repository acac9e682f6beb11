package org.mekong.core.indicator;

/** What one sighting does to its indicator's effective confidence, by {@link SightingRule}. */
public enum SightingWeight {
  /** Counted, and it moves the effective confidence by its kind's weight. */
  WEIGHED("weighed"),
  /**
   * Counted, but its agency's sightings of this kind already weigh all that one agency other than
   * the originator may: it moves nothing.
   */
  BOUNDED("bounded"),
  /**
   * A repeat of a counted sighting of the same kind by the same agency within the window: stored,
   * not counted.
   */
  DUPLICATE("duplicate");

  private final String code;

  SightingWeight(String code) {
    this.code = code;
  }

  /** The stable code stored with the sighting, e.g. {@code duplicate}. */
  public String code() {
    return code;
  }

  /** Whether a sighting of this weight counts as one of its agency's sightings in the window. */
  public boolean counted() {
    return this != DUPLICATE;
  }
}
