package org.mekong.core.selector;

import java.util.Locale;
import java.util.Optional;

/** The kinds of selector, each with its stable lowercase code and its STIX object type. */
public enum SelectorType {
  PHONE("phone", "phone-number"),
  BANK_ACCOUNT("bank-account", "bank-account"),
  WALLET("wallet", "cryptocurrency-wallet"),
  DOMAIN("domain", "domain-name"),
  URL("url", "url"),
  /** IPv4 or IPv6 address or CIDR block; STIX {@code ipv4-addr}, or {@code ipv6-addr} for v6. */
  IP("ip", "ipv4-addr"),
  IMEI("imei", "imei"),
  IMSI("imsi", "imsi"),
  EMAIL("email", "email-addr"),
  APP("app", "mobile-app"),
  SOCIAL("social", "user-account");

  private final String code;
  private final String stixType;

  SelectorType(String code, String stixType) {
    this.code = code;
    this.stixType = stixType;
  }

  /** The stable code used by the CLI and the API, e.g. {@code bank-account}. */
  public String code() {
    return code;
  }

  /**
   * The STIX 2.1 object type; for {@link #IP} this is {@code ipv4-addr} and an IPv6 selector says
   * {@code ipv6-addr} through {@link Selector#stixType()}.
   */
  public String stixType() {
    return stixType;
  }

  /** The type with this code (case-insensitive), if any. */
  public static Optional<SelectorType> fromCode(String code) {
    for (SelectorType type : values()) {
      if (type.code.equals(code)) {
        return Optional.of(type);
      }
    }
    String wanted = code.strip().toLowerCase(Locale.ROOT);
    for (SelectorType type : values()) {
      if (type.code.equals(wanted)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
