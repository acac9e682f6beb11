package org.mekong.server.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/** Reads query parameters that every API spells the same way. */
public final class Parameters {

  private Parameters() {}

  /** An optional ISO-8601 instant, e.g. {@code since}; a bad one names the parameter (400). */
  public static @Nullable Instant instant(String field, @Nullable String value) {
    if (value == null) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new BadRequestException(
          field, "is not an ISO-8601 instant such as 2026-11-28T00:00:00Z");
    }
  }
}
