package org.mekong.core.exchange;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mekong.core.category.Category;
import org.mekong.core.indicator.ExternalReference;
import org.mekong.core.marking.Evaluation;
import org.mekong.core.marking.Handling;
import org.mekong.core.marking.Tlp;
import org.mekong.core.selector.SelectorType;

/** What one line says, already parsed; a null field falls back to the file defaults. */
record LineFields(
    @Nullable SelectorType type,
    String value,
    @Nullable String region,
    @Nullable Set<Category> categories,
    @Nullable Integer confidence,
    @Nullable Tlp tlp,
    @Nullable Handling handling,
    @Nullable Evaluation evaluation,
    @Nullable Instant validFrom,
    @Nullable Instant validUntil,
    @Nullable String description,
    List<ExternalReference> externalReferences) {

  LineFields {
    externalReferences = List.copyOf(externalReferences);
  }

  /** A line that gives only a value (and maybe a type). */
  static LineFields value(@Nullable SelectorType type, String value) {
    return new LineFields(
        type, value, null, null, null, null, null, null, null, null, null, List.of());
  }
}
