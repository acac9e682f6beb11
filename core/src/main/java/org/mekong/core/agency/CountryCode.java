package org.mekong.core.agency;

import java.util.Locale;
import java.util.Set;

/** An ISO 3166-1 alpha-2 country code, upper case, e.g. {@code TH}. */
public record CountryCode(String value) {

  private static final Set<String> ISO_COUNTRIES =
      Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

  public CountryCode {
    if (!ISO_COUNTRIES.contains(value)) {
      throw new IllegalArgumentException(
          "not an ISO 3166-1 alpha-2 country code (two upper-case letters such as TH): " + value);
    }
  }

  /** Whether {@code candidate} is an ISO 3166-1 alpha-2 code as this record requires. */
  public static boolean isValid(String candidate) {
    return ISO_COUNTRIES.contains(candidate);
  }

  @Override
  public String toString() {
    return value;
  }
}
