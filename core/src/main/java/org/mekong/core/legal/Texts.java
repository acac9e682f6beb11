package org.mekong.core.legal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.mekong.core.border.mrz.IcaoCodes;
import org.mekong.core.input.FreeText;
import org.mekong.core.input.InvalidInputException;

/** The checks the records of this package share, each refusal naming the field. */
final class Texts {

  /** The longest short text (a reference, an authority, a name). */
  static final int SHORT = 200;

  /** The longest long text (a legal basis, a note, a summary). */
  static final int LONG = 4_000;

  private static final Pattern REFERENCE = Pattern.compile("[\\p{L}\\p{M}\\p{N} ./:#()_-]{1,200}");

  private Texts() {}

  /** {@code value} stripped, required and at most {@code max} characters of free text. */
  static String required(String field, @Nullable String value, int max) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field, "is required");
    }
    return optional(field, value, max);
  }

  /** {@code value} stripped, or empty; at most {@code max} characters of free text. */
  static String optional(String field, @Nullable String value, int max) {
    if (value == null) {
      return "";
    }
    FreeText.require(field, value);
    String stripped = value.strip();
    if (stripped.length() > max) {
      throw new InvalidInputException(field, "must be at most " + max + " characters");
    }
    return stripped;
  }

  /** A reference such as a case or decision number: letters, digits and {@code ./:#()_-}. */
  static String reference(String field, @Nullable String value) {
    String text = required(field, value, SHORT);
    if (!REFERENCE.matcher(text).matches()) {
      throw new InvalidInputException(
          field, "may hold letters, digits, spaces and . / : # ( ) _ - only");
    }
    return text;
  }

  /** An ICAO 9303 state code (ISO 3166-1 alpha-3 or ICAO's own, e.g. {@code THA}, {@code D}). */
  static String state(String field, @Nullable String value) {
    String code = required(field, value, 3).toUpperCase(Locale.ROOT);
    if (!IcaoCodes.isKnown(code)) {
      throw new InvalidInputException(
          field,
          "is not a known state: '"
              + FreeText.printable(code)
              + "'; give an ICAO 9303 / ISO 3166-1 alpha-3 code such as THA");
    }
    return code;
  }

  /**
   * What {@code check} returns; a refusal it throws is thrown again with its field put under {@code
   * prefix} ({@code number} → {@code subject.documents[0].number}).
   */
  static <T> T within(String prefix, java.util.function.Supplier<T> check) {
    try {
      return check.get();
    } catch (InvalidInputException e) {
      String message = String.valueOf(e.getMessage());
      String problem = message.substring(Math.min(message.length(), e.field().length() + 1));
      throw new InvalidInputException(prefix + "." + e.field(), problem);
    }
  }

  /** An immutable copy of {@code values}, each checked by {@code check}, at most {@code max}. */
  static <T> List<T> list(String field, @Nullable List<T> values, int max) {
    if (values == null) {
      return List.of();
    }
    if (values.size() > max) {
      throw new InvalidInputException(field, "holds more than " + max + " entries");
    }
    for (T value : values) {
      if (value == null) {
        throw new InvalidInputException(field, "holds an empty entry");
      }
    }
    return List.copyOf(values);
  }
}
