package org.mekong.core.screening.event;

import java.util.ArrayList;
import java.util.List;
import org.mekong.core.screening.ScreeningHit;
import org.mekong.core.screening.scoring.Score;

/**
 * The outcome of screening one event: each checked field, and the score of all their hits.
 *
 * @param fields one result per checked field, in the event's field order
 * @param score the score of the event's hits, each indicator counted once
 */
public record EventResult(List<FieldResult> fields, Score score) {

  public EventResult {
    fields = List.copyOf(fields);
  }

  /** Every field's hits, in field order (an indicator hit by two fields appears twice). */
  public List<ScreeningHit> hits() {
    List<ScreeningHit> hits = new ArrayList<>();
    fields.forEach(field -> hits.addAll(field.hits()));
    return List.copyOf(hits);
  }

  /** Whether any field hit the watch list. */
  public boolean hit() {
    return fields.stream().anyMatch(field -> !field.hits().isEmpty());
  }
}
