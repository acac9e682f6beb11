package org.mekong.core.exchange;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.category.Category;
import org.mekong.core.indicator.Indicator;
import org.mekong.core.indicator.IndicatorDraft;
import org.mekong.core.input.FreeText;
import org.mekong.core.marking.Evaluation;
import org.mekong.core.marking.Handling;
import org.mekong.core.marking.Marking;
import org.mekong.core.marking.MarkingCheck;
import org.mekong.core.marking.Tlp;
import org.mekong.core.selector.Parsed;
import org.mekong.core.selector.Selector;
import org.mekong.core.selector.SelectorType;
import org.mekong.core.selector.Selectors;

/** Turns what a line says, with the file defaults, into an accepted draft or a rejection. */
final class Drafts {

  /** How much of a rejected value a reason quotes. */
  static final int QUOTED_VALUE = 100;

  private Drafts() {}

  static ImportResult build(long line, LineFields fields, ImportDefaults defaults) {
    if (fields.value().isBlank()) {
      return new ImportResult.Rejected(line, "no value");
    }
    SelectorType type = fields.type() != null ? fields.type() : defaults.type();
    String region = fields.region() != null ? fields.region() : defaults.region();
    Selector selector;
    switch (Selectors.parse(fields.value(), type, region)) {
      case Parsed.Valid valid -> selector = valid.selector();
      case Parsed.Invalid invalid -> {
        return rejected(line, fields.value(), invalid.reason());
      }
      case Parsed.Ambiguous ambiguous -> {
        return rejected(line, fields.value(), ambiguous.reason());
      }
    }
    Set<Category> categories =
        fields.categories() != null ? fields.categories() : defaults.categories();
    if (categories.isEmpty()) {
      return new ImportResult.Rejected(
          line, "no category: give categories on the line or as a file default");
    }
    Marking marking;
    switch (marking(fields, defaults.marking())) {
      case MarkingCheck.Valid valid -> marking = valid.marking();
      case MarkingCheck.Invalid invalid -> {
        return new ImportResult.Rejected(line, invalid.reason());
      }
    }
    Instant validFrom = fields.validFrom() != null ? fields.validFrom() : defaults.validFrom();
    Instant validUntil = fields.validUntil() != null ? fields.validUntil() : defaults.validUntil();
    if (validFrom != null && validUntil != null && !validUntil.isAfter(validFrom)) {
      return new ImportResult.Rejected(line, "valid_until must be after valid_from");
    }
    String description = fields.description();
    if (description != null && description.length() > Indicator.MAX_DESCRIPTION) {
      return new ImportResult.Rejected(
          line, "a description is at most " + Indicator.MAX_DESCRIPTION + " characters");
    }
    String badText = FreeText.problem(description == null ? "" : description);
    if (badText != null) {
      return new ImportResult.Rejected(line, "the description " + badText);
    }
    int confidence = fields.confidence() != null ? fields.confidence() : defaults.confidence();
    return new ImportResult.Accepted(
        line,
        new IndicatorDraft(
            selector,
            categories,
            confidence,
            marking,
            validFrom,
            validUntil,
            description,
            fields.externalReferences()));
  }

  /**
   * The line's TLP, handling and evaluation over the defaults'. The default recipients are kept
   * where the level allows them: a line at {@code clear} or {@code green} names nobody.
   */
  private static MarkingCheck marking(LineFields fields, Marking defaults) {
    Tlp tlp = fields.tlp() != null ? fields.tlp() : defaults.tlp();
    Handling handling = fields.handling() != null ? fields.handling() : defaults.handling();
    Evaluation evaluation =
        fields.evaluation() != null ? fields.evaluation() : defaults.evaluation();
    Set<AgencyId> recipients =
        switch (tlp) {
          case CLEAR, GREEN -> Set.of();
          case AMBER, AMBER_STRICT, RED -> defaults.recipients();
        };
    return Marking.check(tlp, handling, evaluation, recipients);
  }

  static ImportResult.Rejected rejected(long line, String value, String reason) {
    return new ImportResult.Rejected(line, quote(value) + ": " + reason);
  }

  /** The value as a reason quotes it: stripped, cut to {@value #QUOTED_VALUE} characters. */
  static String quote(@Nullable String value) {
    String s = value == null ? "" : value.strip();
    return FreeText.printable(s.length() > QUOTED_VALUE ? s.substring(0, QUOTED_VALUE) + "..." : s);
  }
}
