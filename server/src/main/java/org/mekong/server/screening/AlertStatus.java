package org.mekong.server.screening;

import java.util.Locale;
import java.util.Optional;

/** Where an alert stands: waiting, with someone, or decided (final). */
enum AlertStatus {
  OPEN,
  ASSIGNED,
  CONFIRMED,
  DISMISSED;

  String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  boolean decided() {
    return this == CONFIRMED || this == DISMISSED;
  }

  static Optional<AlertStatus> fromCode(String code) {
    for (AlertStatus status : values()) {
      if (status.code().equals(code)) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }
}
