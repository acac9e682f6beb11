package org.mekong.server.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.CountryCode;
import org.mekong.core.category.Category;
import org.mekong.core.category.CategoryLookup;
import org.mekong.core.input.FreeText;
import org.mekong.core.input.Timestamps;
import org.mekong.core.selector.SelectorType;

/**
 * Reads query parameters and free text that every API spells the same way, so that one value is
 * accepted or refused alike on every endpoint; a bad one is a 400 naming the parameter.
 */
public final class Parameters {

  private Parameters() {}

  /** An optional ISO-8601 instant, e.g. {@code since}, inside the STIX range of years. */
  public static @Nullable Instant instant(String field, @Nullable String value) {
    if (value == null) {
      return null;
    }
    Instant instant;
    try {
      instant = Instant.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new BadRequestException(
          field, "is not an ISO-8601 instant such as 2026-11-28T00:00:00Z");
    }
    return instant(field, instant);
  }

  /** {@code instant} if it lies in the years 0001-9999 (a STIX timestamp), else a 400. */
  public static @Nullable Instant instant(String field, @Nullable Instant instant) {
    if (instant != null) {
      String problem = Timestamps.problem(instant);
      if (problem != null) {
        throw new BadRequestException(field, problem);
      }
    }
    return instant;
  }

  /** Free text (a note, a name, a search): no NUL, lone surrogate or control but tab and breaks. */
  public static @Nullable String text(String field, @Nullable String value) {
    if (value != null) {
      String problem = FreeText.problem(value);
      if (problem != null) {
        throw new BadRequestException(field, problem);
      }
    }
    return value;
  }

  /** Free text of at most {@code max} characters. */
  public static @Nullable String text(String field, @Nullable String value, int max) {
    if (value != null && value.length() > max) {
      throw new BadRequestException(field, "must be at most " + max + " characters");
    }
    return text(field, value);
  }

  /** A page size from 1 to {@code max}. */
  public static int limit(int limit, int max) {
    if (limit < 1 || limit > max) {
      throw new BadRequestException("limit", "must be 1-" + max);
    }
    return limit;
  }

  /** An optional ISO 3166-1 alpha-2 region, upper-cased; null or blank for none. */
  public static @Nullable String region(@Nullable String region) {
    if (region == null || region.isBlank()) {
      return null;
    }
    String upper = region.strip().toUpperCase(Locale.ROOT);
    if (!CountryCode.isValid(upper)) {
      throw new BadRequestException(
          "region",
          "is not a country: '" + shown(region) + "'; give an ISO 3166-1 alpha-2 code such as TH");
    }
    return upper;
  }

  /** An optional category code of the taxonomy; null or blank for none. */
  public static @Nullable Category category(@Nullable String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    return switch (Category.fromCode(code.strip())) {
      case CategoryLookup.Found found -> found.category();
      case CategoryLookup.Unknown unknown ->
          throw new BadRequestException("category", unknown.message());
    };
  }

  /** An optional selector type code; null or blank for none. */
  public static @Nullable SelectorType type(@Nullable String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    return SelectorType.fromCode(code.strip())
        .orElseThrow(
            () ->
                new BadRequestException(
                    "type",
                    "is not a selector type: '"
                        + shown(code)
                        + "'; the types are "
                        + String.join(
                            ", ",
                            Arrays.stream(SelectorType.values())
                                .map(SelectorType::code)
                                .toList())));
  }

  /** A value as an error message quotes it: short, and without characters a reader cannot see. */
  public static String shown(String value) {
    String cut = value.length() > 40 ? value.substring(0, 40) + "..." : value;
    return FreeText.problem(cut) == null ? cut : "(unreadable characters)";
  }
}
