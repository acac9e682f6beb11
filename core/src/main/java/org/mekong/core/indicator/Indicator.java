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
 * One version of what an agency asserts about a selector: that it is scam infrastructure of these
 * categories, with this confidence, under these markings, for this time. A change is a new version
 * with a later {@code modified}; a withdrawal is a version with {@code revoked} set. Times are kept
 * to the microsecond, as PostgreSQL stores them.
 */
public record Indicator(
    IndicatorId id,
    Selector selector,
    Set<Category> categories,
    int confidence,
    Marking marking,
    AgencyId originator,
    Instant validFrom,
    @Nullable Instant validUntil,
    @Nullable String description,
    List<ExternalReference> externalReferences,
    Instant created,
    Instant modified,
    int version,
    boolean revoked) {

  /** The longest description accepted. */
  public static final int MAX_DESCRIPTION = 4_000;

  /** The most external references an indicator carries. */
  public static final int MAX_REFERENCES = 50;

  public Indicator {
    requireNonNull(id, "id");
    requireNonNull(selector, "selector");
    requireNonNull(marking, "marking");
    requireNonNull(originator, "originator");
    if (categories.isEmpty()) {
      throw new IllegalArgumentException("an indicator has at least one category");
    }
    categories = Collections.unmodifiableSet(EnumSet.copyOf(categories));
    if (confidence < 0 || confidence > 100) {
      throw new IllegalArgumentException("confidence is 0-100, was " + confidence);
    }
    validFrom = validFrom.truncatedTo(ChronoUnit.MICROS);
    Timestamps.require("validFrom", validFrom);
    if (validUntil != null) {
      validUntil = validUntil.truncatedTo(ChronoUnit.MICROS);
      Timestamps.require("validUntil", validUntil);
      if (!validUntil.isAfter(validFrom)) {
        throw new IllegalArgumentException("validUntil must be after validFrom");
      }
    }
    if (description != null && description.length() > MAX_DESCRIPTION) {
      throw new IllegalArgumentException(
          "a description is at most " + MAX_DESCRIPTION + " characters");
    }
    FreeText.require("the description", description);
    externalReferences = List.copyOf(externalReferences);
    if (externalReferences.size() > MAX_REFERENCES) {
      throw new IllegalArgumentException("at most " + MAX_REFERENCES + " external references");
    }
    created = created.truncatedTo(ChronoUnit.MICROS);
    modified = modified.truncatedTo(ChronoUnit.MICROS);
    Timestamps.require("created", created);
    Timestamps.require("modified", modified);
    if (modified.isBefore(created)) {
      throw new IllegalArgumentException("modified must not be before created");
    }
    if (version < 1) {
      throw new IllegalArgumentException("versions count from 1, was " + version);
    }
  }

  /** Whether the indicator applies at {@code instant}: not revoked and inside its window. */
  public boolean activeAt(Instant instant) {
    return !revoked
        && !instant.isBefore(validFrom)
        && (validUntil == null || instant.isBefore(validUntil));
  }
}
