package org.mekong.core.border.mrz;

/** The size of a machine-readable zone: its number of lines and their length. */
public enum MrzFormat {
  /** Three lines of 30 characters: identity cards (and TD1-sized official documents). */
  TD1(3, 30),
  /** Two lines of 36 characters: TD2 cards, and MRV-B visas. */
  TD2(2, 36),
  /** Two lines of 44 characters: passports, and MRV-A visas. */
  TD3(2, 44);

  private final int lines;
  private final int length;

  MrzFormat(int lines, int length) {
    this.lines = lines;
    this.length = length;
  }

  /** How many lines the zone has. */
  public int lines() {
    return lines;
  }

  /** How many characters each line has. */
  public int length() {
    return length;
  }
}
