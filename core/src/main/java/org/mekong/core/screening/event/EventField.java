package org.mekong.core.screening.event;

import org.jspecify.annotations.Nullable;
import org.mekong.core.selector.SelectorType;

/**
 * One field of an event to check.
 *
 * @param role the field's name in the traffic formats, e.g. {@code a_number} or {@code body}
 * @param type the selector type to parse it as, or {@code null} to detect it
 * @param raw the field as written (for a selector found in a text, its canonical form)
 */
public record EventField(String role, @Nullable SelectorType type, String raw) {

  public EventField {
    if (role.isBlank()) {
      throw new IllegalArgumentException("a field needs a role");
    }
    Fields.checkLength(role, raw);
  }
}
