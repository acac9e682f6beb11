package org.mekong.core.legal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.mekong.core.input.InvalidInputException;

/**
 * A date known fully or in part, as birth dates often are: a year, a year and month, or a day
 * ({@code 1975}, {@code 1975-03}, {@code 1975-03-14}).
 *
 * @param month 1-12, or 0 when unknown
 * @param day 1-31, or 0 when unknown (then the month may be known or not)
 */
public record PartialDate(int year, int month, int day) {

  private static final Pattern SHAPE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  public PartialDate {
    if (year < 1 || year > 9999) {
      throw new IllegalArgumentException("year " + year + " is outside 1-9999");
    }
    if (month < 0 || month > 12 || (month == 0 && day != 0)) {
      throw new IllegalArgumentException("month " + month + " with day " + day);
    }
    if (day != 0) {
      LocalDate.of(year, month, day);
    }
  }

  /** A full date. */
  public static PartialDate of(LocalDate date) {
    return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /**
   * Reads {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
   *
   * @throws InvalidInputException naming {@code field} when the text is no such date
   */
  public static PartialDate parse(String field, String text) {
    Matcher matcher = SHAPE.matcher(text.strip());
    if (!matcher.matches()) {
      throw new InvalidInputException(field, "must be a date YYYY-MM-DD, YYYY-MM or YYYY");
    }
    int year = Integer.parseInt(matcher.group(1));
    int month = number(matcher.group(2));
    int day = number(matcher.group(3));
    try {
      return new PartialDate(year, month, day);
    } catch (IllegalArgumentException | DateTimeException e) {
      throw new InvalidInputException(field, "is not a date that exists: " + text.strip());
    }
  }

  /** Whether the whole date is known. */
  public boolean complete() {
    return day != 0;
  }

  /** Whether {@code other} may be the same day: every part known on both sides is equal. */
  public boolean compatibleWith(PartialDate other) {
    return year == other.year
        && (month == 0 || other.month == 0 || month == other.month)
        && (day == 0 || other.day == 0 || day == other.day);
  }

  @Override
  public String toString() {
    if (month == 0) {
      return "%04d".formatted(year);
    }
    return day == 0
        ? "%04d-%02d".formatted(year, month)
        : "%04d-%02d-%02d".formatted(year, month, day);
  }

  private static int number(@Nullable String digits) {
    return digits == null ? 0 : Integer.parseInt(digits);
  }
}
