package org.mekong.core.exchange;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.mekong.core.category.Category;
import org.mekong.core.marking.Marking;
import org.mekong.core.selector.SelectorType;

/**
 * The per-file values an import applies wherever a line does not give its own: selector type and
 * region hint (both optional), categories (may be empty when every line names its own), marking,
 * confidence and validity window.
 *
 * @param type the selector type of every line without one; null detects the type per line
 * @param region the ISO 3166 alpha-2 hint for national phone numbers, stored upper case
 * @param validFrom null means "now" at publication
 */
public record ImportDefaults(
    @Nullable SelectorType type,
    @Nullable String region,
    Set<Category> categories,
    Marking marking,
    int confidence,
    @Nullable Instant validFrom,
    @Nullable Instant validUntil) {

  /** The confidence of {@link #of(Set, Marking)}. */
  public static final int DEFAULT_CONFIDENCE = 50;

  private static final Pattern REGION = Pattern.compile("[A-Z]{2}");

  public ImportDefaults {
    requireNonNull(marking, "marking");
    categories =
        categories.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(categories));
    if (region != null) {
      region = region.strip().toUpperCase(Locale.ROOT);
      if (!REGION.matcher(region).matches()) {
        throw new IllegalArgumentException("a region hint is an ISO 3166 alpha-2 code: " + region);
      }
    }
    if (confidence < 0 || confidence > 100) {
      throw new IllegalArgumentException("confidence is 0-100, was " + confidence);
    }
    if (validFrom != null) {
      validFrom = validFrom.truncatedTo(ChronoUnit.MICROS);
    }
    if (validUntil != null) {
      validUntil = validUntil.truncatedTo(ChronoUnit.MICROS);
      if (validFrom != null && !validUntil.isAfter(validFrom)) {
        throw new IllegalArgumentException("validUntil must be after validFrom");
      }
    }
  }

  /** Defaults with these categories and marking, confidence 50, no type, region or window. */
  public static ImportDefaults of(Set<Category> categories, Marking marking) {
    return new ImportDefaults(null, null, categories, marking, DEFAULT_CONFIDENCE, null, null);
  }

  /** These defaults with every line of unspecified type read as {@code type}. */
  public ImportDefaults withType(@Nullable SelectorType type) {
    return new ImportDefaults(type, region, categories, marking, confidence, validFrom, validUntil);
  }

  /** These defaults with this region hint (e.g. {@code TH}). */
  public ImportDefaults withRegion(@Nullable String region) {
    return new ImportDefaults(type, region, categories, marking, confidence, validFrom, validUntil);
  }

  /** These defaults with this confidence (0-100). */
  public ImportDefaults withConfidence(int confidence) {
    return new ImportDefaults(type, region, categories, marking, confidence, validFrom, validUntil);
  }

  /** These defaults with this validity window. */
  public ImportDefaults withValidity(@Nullable Instant validFrom, @Nullable Instant validUntil) {
    return new ImportDefaults(type, region, categories, marking, confidence, validFrom, validUntil);
  }
}
