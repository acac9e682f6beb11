package org.mekong.core.screening.event;

import java.util.List;
import org.mekong.core.screening.ScreeningHit;

/**
 * The outcome of screening one field of an event.
 *
 * @param role the field's role, e.g. {@code b_number}
 * @param raw the field as it was checked
 * @param outcome invalid with its reason, or the canonical selector and its hits
 */
public record FieldResult(String role, String raw, FieldOutcome outcome) {

  /** The field's hits; none when it is invalid or clean. */
  public List<ScreeningHit> hits() {
    return switch (outcome) {
      case FieldOutcome.Invalid invalid -> List.of();
      case FieldOutcome.Screened screened -> screened.hits();
    };
  }
}
