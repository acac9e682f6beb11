package org.mekong.core.border.mrz;

/** The holder's sex as the zone states it: {@code <} in the zone means unspecified. */
public enum Sex {
  MALE('M'),
  FEMALE('F'),
  UNSPECIFIED('X');

  private final char code;

  Sex(char code) {
    this.code = code;
  }

  /** M, F or X (unspecified, written {@code <} or, by some states, {@code X} in the zone). */
  public char code() {
    return code;
  }
}
