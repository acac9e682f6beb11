package org.mekong.server.screening;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.mekong.core.selector.SelectorType;
import org.mekong.server.web.BadRequestException;

/** Checks of the small request fields every screening endpoint shares. */
final class Regions {

  private static final Pattern REGION = Pattern.compile("[A-Za-z]{2}");

  private Regions() {}

  /** The region in upper case, or null; refuses anything but two letters. */
  static @Nullable String check(String field, @Nullable String region) {
    if (region == null || region.isBlank()) {
      return null;
    }
    if (!REGION.matcher(region).matches()) {
      throw new BadRequestException(field, "must be an ISO 3166 country code such as TH");
    }
    return region.toUpperCase(Locale.ROOT);
  }

  /** The selector type of a code, or null when none is given. */
  static @Nullable SelectorType type(String field, @Nullable String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    return SelectorType.fromCode(code)
        .orElseThrow(
            () ->
                new BadRequestException(
                    field,
                    "is not a selector type; one of "
                        + java.util.Arrays.stream(SelectorType.values())
                            .map(SelectorType::code)
                            .toList()));
  }
}
