package org.mekong.core.marking;

/** How accurate the information is, Europol 4x4 style, from the most to the least assured. */
public enum InformationAccuracy {
  /** 1: known to be true without reservation. */
  KNOWN_TRUE(1, "known to be true without reservation"),
  /** 2: known personally to the source but not to the official passing it on. */
  KNOWN_TO_SOURCE(2, "known personally to the source"),
  /** 3: not known personally to the source but corroborated by information already recorded. */
  CORROBORATED(3, "not known personally to the source but corroborated"),
  /** 4: not known personally to the source and cannot be corroborated. */
  CANNOT_BE_JUDGED(4, "cannot be judged");

  private final int grade;
  private final String description;

  InformationAccuracy(int grade, String description) {
    this.grade = grade;
    this.description = description;
  }

  /** The stable grade, 1 to 4. */
  public int grade() {
    return grade;
  }

  /** The stable one-digit code, e.g. {@code 2}. */
  public String code() {
    return Integer.toString(grade);
  }

  /** A short description, e.g. {@code known personally to the source}. */
  public String description() {
    return description;
  }

  /** The weaker (less assured) of two grades; {@link #CANNOT_BE_JUDGED} is the weakest. */
  public static InformationAccuracy weaker(InformationAccuracy a, InformationAccuracy b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
