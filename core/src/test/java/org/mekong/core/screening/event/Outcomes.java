package org.mekong.core.screening.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.mekong.core.screening.MatchKind;
import org.mekong.core.screening.ScreeningEntry;

/** Assertions on field results. */
final class Outcomes {

  private Outcomes() {}

  static FieldOutcome.Screened screened(FieldResult field) {
    assertThat(field.outcome()).as(field.toString()).isInstanceOf(FieldOutcome.Screened.class);
    return (FieldOutcome.Screened) field.outcome();
  }

  static void assertHit(FieldResult field, ScreeningEntry entry, MatchKind kind) {
    assertThat(screened(field).hits())
        .as(field.toString())
        .singleElement()
        .satisfies(
            hit -> {
              assertThat(hit.entry()).isEqualTo(entry);
              assertThat(hit.kind()).isEqualTo(kind);
            });
  }

  static void assertClean(FieldResult field) {
    assertThat(screened(field).hits()).as(field.toString()).isEmpty();
  }

  static String invalidReason(FieldResult field) {
    assertThat(field.outcome()).as(field.toString()).isInstanceOf(FieldOutcome.Invalid.class);
    return ((FieldOutcome.Invalid) field.outcome()).reason();
  }
}
