package org.mekong.server.selector;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.CountryCode;
import org.mekong.core.selector.Parsed;
import org.mekong.core.selector.SelectorType;
import org.mekong.core.selector.Selectors;

/** Parses one raw value with an optional type code and region, validating both first. */
public final class SelectorRequests {

  private SelectorRequests() {}

  /** A type code or region that is not valid; the message says which and what is allowed. */
  public static final class InvalidHint extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InvalidHint(String message) {
      super(message);
    }
  }

  /** The type for a code, or null for none; an unknown code is an {@link InvalidHint}. */
  public static @Nullable SelectorType type(@Nullable String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    return SelectorType.fromCode(code)
        .orElseThrow(
            () ->
                new InvalidHint(
                    "unknown selector type '"
                        + code
                        + "'; the types are "
                        + String.join(
                            ", ",
                            java.util.Arrays.stream(SelectorType.values())
                                .map(SelectorType::code)
                                .toList())));
  }

  /** The region in upper case, or null for none; a code that is no country is an error. */
  public static @Nullable String region(@Nullable String region) {
    if (region == null || region.isBlank()) {
      return null;
    }
    String upper = region.strip().toUpperCase(Locale.ROOT);
    if (!CountryCode.isValid(upper)) {
      throw new InvalidHint(
          "unknown region '" + region + "'; give an ISO 3166-1 alpha-2 code such as TH");
    }
    return upper;
  }

  /** Parses {@code value} with already validated hints. */
  public static NormalizedSelector normalize(
      String value, @Nullable SelectorType type, @Nullable String region) {
    Parsed parsed = Selectors.parse(value, type, region);
    return NormalizedSelector.of(value, parsed);
  }
}
