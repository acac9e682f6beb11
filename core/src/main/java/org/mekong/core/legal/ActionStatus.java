package org.mekong.core.legal;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Where a legal action stands. */
public enum ActionStatus {
  /** Under way (an arrest being processed, a prosecution before the court). */
  ONGOING("ongoing"),
  /** Done and final. */
  FINAL("final"),
  /** Challenged before a higher court. */
  UNDER_APPEAL("under-appeal"),
  /** Withdrawn or quashed: it no longer stands. */
  WITHDRAWN("withdrawn");

  private final String code;

  ActionStatus(String code) {
    this.code = code;
  }

  /** The code the API uses, e.g. {@code under-appeal}. */
  public String code() {
    return code;
  }

  /** Whether the action still stands (anything but withdrawn). */
  public boolean stands() {
    return switch (this) {
      case ONGOING, FINAL, UNDER_APPEAL -> true;
      case WITHDRAWN -> false;
    };
  }

  /** The status with this code. */
  public static Optional<ActionStatus> fromCode(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
  }

  /** The codes, comma-separated, for messages. */
  public static String codes() {
    return Arrays.stream(values()).map(ActionStatus::code).collect(Collectors.joining(", "));
  }
}
