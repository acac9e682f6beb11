package org.mekong.core.indicator;

import java.util.Arrays;
import java.util.Optional;

/** What a sighting reports about an indicator's selector. */
public enum SightingKind {
  /** The selector was seen in traffic or a case. */
  SEEN("seen"),
  /** The selector was checked and is not scam infrastructure. */
  FALSE_POSITIVE("false-positive"),
  /** The selector was checked and is scam infrastructure. */
  TRUE_POSITIVE("true-positive"),
  /** The selector is no longer in use (a number disconnected, a domain taken down). */
  EXPIRED("expired");

  private final String code;

  SightingKind(String code) {
    this.code = code;
  }

  /** The stable code used in the API, e.g. {@code false-positive}. */
  public String code() {
    return code;
  }

  /** The kind with this code, if any. */
  public static Optional<SightingKind> fromCode(String code) {
    return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
  }
}
