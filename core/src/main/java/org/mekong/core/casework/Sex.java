package org.mekong.core.casework;

/** A person's sex as recorded (HTCDS {@code Gender}); {@code unknown} when nobody recorded it. */
public enum Sex {
  MALE,
  FEMALE,
  OTHER,
  UNKNOWN
}
