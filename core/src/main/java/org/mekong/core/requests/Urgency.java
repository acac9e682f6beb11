package org.mekong.core.requests;

import java.util.Arrays;
import java.util.Optional;

/** How soon a request must be answered; the {@link DeadlinePolicy} turns it into a deadline. */
public enum Urgency {
  URGENT("urgent"),
  HIGH("high"),
  NORMAL("normal");

  private final String code;

  Urgency(String code) {
    this.code = code;
  }

  /** The stable code of the API, e.g. {@code urgent}. */
  public String code() {
    return code;
  }

  /** The urgency with this code, if any. */
  public static Optional<Urgency> fromCode(String code) {
    return Arrays.stream(values()).filter(u -> u.code.equals(code)).findFirst();
  }
}
