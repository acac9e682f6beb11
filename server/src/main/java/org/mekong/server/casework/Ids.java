package org.mekong.server.casework;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mekong.server.web.BadRequestException;

/** Reads identifiers and required text from requests, refusing a bad one with a 400 naming it. */
final class Ids {

  private Ids() {}

  static UUID uuid(String field, @Nullable String value) {
    if (value == null || value.isBlank()) {
      throw new BadRequestException(field, "is required");
    }
    try {
      UUID id = UUID.fromString(value);
      if (!id.toString().equals(value.toLowerCase(java.util.Locale.ROOT))) {
        throw new IllegalArgumentException(value);
      }
      return id;
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(
          field, "is not a UUID such as 0b7e1d0a-3c1f-4a47-9a55-8f0e3c2d1b6a");
    }
  }

  static String required(String field, @Nullable String value, int max) {
    if (value == null || value.isBlank()) {
      throw new BadRequestException(field, "is required");
    }
    if (value.length() > max) {
      throw new BadRequestException(field, "is longer than " + max + " characters");
    }
    return value.strip();
  }
}
