package org.mekong.core.requests;

import java.util.Arrays;
import java.util.Optional;

/** A service a cut-service request asks to be cut to an area. */
public enum Service {
  POWER("power"),
  INTERNET("internet"),
  MOBILE("mobile"),
  FUEL("fuel");

  private final String code;

  Service(String code) {
    this.code = code;
  }

  /** The stable code of the API, e.g. {@code internet}. */
  public String code() {
    return code;
  }

  /** The service with this code, if any. */
  public static Optional<Service> fromCode(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
  }
}
