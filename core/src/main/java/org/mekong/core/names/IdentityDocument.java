package org.mekong.core.names;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An identity document of a person: its type, the issuing country and its number, compared after
 * removing spaces, dashes and case ({@code AB 123-456} = {@code ab123456}).
 *
 * @param type passport, national identity card or another document
 * @param country ISO 3166-1 alpha-2 or alpha-3 code of the issuing state, upper case
 * @param number the number as written
 */
public record IdentityDocument(Type type, String country, String number) {

  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2,3}");
  private static final Pattern NOT_ALNUM = Pattern.compile("[^A-Z0-9]");

  /** The kinds of document told apart: numbers only compare within one type. */
  public enum Type {
    PASSPORT,
    NATIONAL_ID,
    OTHER
  }

  public IdentityDocument {
    if (!COUNTRY.matcher(country).matches()) {
      throw new IllegalArgumentException(
          "country '%s' is not an upper-case ISO 3166-1 code".formatted(country));
    }
    if (number.length() > 64 || normalise(number).isEmpty()) {
      throw new IllegalArgumentException(
          "document number must have 1-64 characters with at least one letter or digit");
    }
  }

  /** The number without separators, upper case: what is compared. */
  public String canonicalNumber() {
    return normalise(number);
  }

  private static String normalise(String number) {
    return NOT_ALNUM.matcher(number.toUpperCase(Locale.ROOT)).replaceAll("");
  }
}
