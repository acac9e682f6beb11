package org.mekong.core.casework;

import org.jspecify.annotations.Nullable;

/** The age bands of published statistics. */
public enum AgeBand {
  UNDER_18,
  AGE_18_24,
  AGE_25_34,
  AGE_35_44,
  AGE_45_59,
  AGE_60_PLUS,
  UNKNOWN;

  /** The band of an age in whole years; {@link #UNKNOWN} for none. */
  public static AgeBand of(@Nullable Integer age) {
    if (age == null) {
      return UNKNOWN;
    }
    if (age < 18) {
      return UNDER_18;
    }
    if (age < 25) {
      return AGE_18_24;
    }
    if (age < 35) {
      return AGE_25_34;
    }
    if (age < 45) {
      return AGE_35_44;
    }
    return age < 60 ? AGE_45_59 : AGE_60_PLUS;
  }
}
