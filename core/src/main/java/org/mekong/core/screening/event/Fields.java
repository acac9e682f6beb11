package org.mekong.core.screening.event;

import org.jspecify.annotations.Nullable;
import org.mekong.core.selector.Selectors;

/** The checks the events share. */
final class Fields {

  private Fields() {}

  /** Rejects a field longer than {@link Selectors#MAX_INPUT_LENGTH}; a reader must refuse it. */
  static String checkLength(String role, String raw) {
    if (raw.length() > Selectors.MAX_INPUT_LENGTH) {
      throw new IllegalArgumentException(
          role
              + " of "
              + raw.length()
              + " characters: at most "
              + Selectors.MAX_INPUT_LENGTH
              + " are accepted");
    }
    return raw;
  }

  /** An optional field: blank is absent ({@code null}), otherwise its length is checked. */
  static @Nullable String optional(String role, @Nullable String raw) {
    return raw == null || raw.isBlank() ? null : checkLength(role, raw);
  }
}
