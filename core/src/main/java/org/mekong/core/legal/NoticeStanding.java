package org.mekong.core.legal;

/** Where a notice stands on a given day: its review step and its expiry together. */
public enum NoticeStanding {
  DRAFTED("drafted"),
  PUBLISHED("published"),
  EXPIRED("expired"),
  CANCELLED("cancelled");

  private final String code;

  NoticeStanding(String code) {
    this.code = code;
  }

  /** The code the API uses. */
  public String code() {
    return code;
  }

  /** Whether partners see it and checks screen against it. */
  public boolean inForce() {
    return this == PUBLISHED;
  }
}
