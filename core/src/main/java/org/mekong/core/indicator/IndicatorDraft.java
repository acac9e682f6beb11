package org.mekong.core.indicator;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.category.Category;
import org.mekong.core.input.FreeText;
import org.mekong.core.input.Timestamps;
import org.mekong.core.marking.Marking;
import org.mekong.core.selector.Selector;

/**
 * What an agency asks to publish about a selector, before the registry gives it an id, times and a
 * version: from the API, an imported line, or a partner's STIX object.
 *
 * @param validFrom when it starts to apply; null means "now" at publication
 */
public record IndicatorDraft(
    Selector selector,
    Set<Category> categories,
    int confidence,
    Marking marking,
    @Nullable Instant validFrom,
    @Nullable Instant validUntil,
    @Nullable String description,
    List<ExternalReference> externalReferences) {

  public IndicatorDraft {
    requireNonNull(selector, "selector");
    requireNonNull(marking, "marking");
    if (categories.isEmpty()) {
      throw new IllegalArgumentException("an indicator has at least one category");
    }
    categories = Collections.unmodifiableSet(EnumSet.copyOf(categories));
    if (confidence < 0 || confidence > 100) {
      throw new IllegalArgumentException("confidence is 0-100, was " + confidence);
    }
    if (validFrom != null) {
      validFrom = validFrom.truncatedTo(ChronoUnit.MICROS);
      Timestamps.require("validFrom", validFrom);
    }
    if (validUntil != null) {
      validUntil = validUntil.truncatedTo(ChronoUnit.MICROS);
      Timestamps.require("validUntil", validUntil);
      if (validFrom != null && !validUntil.isAfter(validFrom)) {
        throw new IllegalArgumentException("validUntil must be after validFrom");
      }
    }
    if (description != null && description.length() > Indicator.MAX_DESCRIPTION) {
      throw new IllegalArgumentException(
          "a description is at most " + Indicator.MAX_DESCRIPTION + " characters");
    }
    FreeText.require("the description", description);
    externalReferences = List.copyOf(externalReferences);
    if (externalReferences.size() > Indicator.MAX_REFERENCES) {
      throw new IllegalArgumentException(
          "at most " + Indicator.MAX_REFERENCES + " external references");
    }
  }

  /**
   * The version this draft makes when {@code originator} publishes it as {@code id}: not revoked,
   * valid from {@code validFrom} (the draft's own, or the one the caller keeps).
   */
  public Indicator asVersion(
      IndicatorId id,
      AgencyId originator,
      Instant validFrom,
      Instant created,
      Instant modified,
      int version) {
    return new Indicator(
        id,
        selector,
        categories,
        confidence,
        marking,
        originator,
        validFrom,
        validUntil,
        description,
        externalReferences,
        created,
        modified,
        version,
        false);
  }
}
