package org.mekong.core.legal;

import java.util.Arrays;
import java.util.Optional;

/** What has been decided about an entry ban since it was issued. */
public enum BanStatus {
  /** It applies from its start to its expiry. */
  IN_FORCE("in-force"),
  /** Suspended by its issuer or a court: it does not apply until it is put back in force. */
  SUSPENDED("suspended"),
  /** Challenged before a court; it still applies, and a hit says so. */
  UNDER_APPEAL("under-appeal"),
  /** Lifted for good. */
  LIFTED("lifted");

  private final String code;

  BanStatus(String code) {
    this.code = code;
  }

  /** The code the API uses, e.g. {@code under-appeal}. */
  public String code() {
    return code;
  }

  /** The status with this code. */
  public static Optional<BanStatus> fromCode(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
  }
}
