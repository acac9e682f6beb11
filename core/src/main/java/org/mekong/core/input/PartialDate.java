package org.mekong.core.input;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A date known fully or in part, as birth dates often are: a year, a year and month, or a day
 * ({@code 1975}, {@code 1975-03}, {@code 1975-03-14}).
 *
 * @param month 1-12, or 0 when unknown
 * @param day 1-31, or 0 when unknown (then the month may be known or not)
 */
public record PartialDate(int year, int month, int day) {

  /** The earliest year {@link #parseBirthDate} accepts. */
  public static final int EARLIEST_BIRTH_YEAR = 1900;

  private static final Pattern SHAPE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  public PartialDate {
    if (year < 1 || year > 9999) {
      throw new IllegalArgumentException("year " + year + " is outside 1-9999");
    }
    if (month < 0 || month > 12 || (month == 0 && day != 0)) {
      throw new IllegalArgumentException("month " + month + " with day " + day);
    }
    if (day != 0 && !YearMonth.of(year, month).isValidDay(day)) {
      throw new IllegalArgumentException("%04d-%02d has no day %d".formatted(year, month, day));
    }
  }

  /** A full date. */
  public static PartialDate of(LocalDate date) {
    return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /**
   * Reads {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, surrounding blanks ignored.
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

  /**
   * The birth date spelled exactly {@code text}, which must not lie after {@code today}.
   *
   * @throws InvalidInputException naming {@code field} for another shape, an impossible date
   *     (2001-02-30), a year before 1900 or a date in the future
   */
  public static PartialDate parseBirthDate(String field, String text, LocalDate today) {
    Matcher m = SHAPE.matcher(text);
    if (!m.matches()) {
      throw new InvalidInputException(
          field, "must be YYYY, YYYY-MM or YYYY-MM-DD, was '" + clip(text) + "'");
    }
    int year = Integer.parseInt(m.group(1));
    int month = number(m.group(2));
    int day = number(m.group(3));
    if (year < EARLIEST_BIRTH_YEAR) {
      throw new InvalidInputException(field, "lies before " + EARLIEST_BIRTH_YEAR + ": " + text);
    }
    if (month > 12 || (m.group(2) != null && month == 0)) {
      throw new InvalidInputException(field, "has no month " + m.group(2) + ": " + text);
    }
    if (m.group(3) != null && (day == 0 || !YearMonth.of(year, month).isValidDay(day))) {
      throw new InvalidInputException(field, "is not a date of the calendar: " + text);
    }
    PartialDate date = new PartialDate(year, month, day);
    if (date.earliest().isAfter(today)) {
      throw new InvalidInputException(field, "lies in the future: " + text);
    }
    return date;
  }

  /** Whether the whole date is known. */
  public boolean complete() {
    return day != 0;
  }

  /** The first day the date can stand for. */
  public LocalDate earliest() {
    return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
  }

  /**
   * The age in whole years on {@code on}, taking an unknown month or day as the middle of the
   * period: 1 July for a year alone, the 15th for a month.
   */
  public int ageOn(LocalDate on) {
    LocalDate born =
        LocalDate.of(year, month == 0 ? 7 : month, day != 0 ? day : month == 0 ? 1 : 15);
    return Math.max(0, Period.between(born, on).getYears());
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

  private static String clip(String text) {
    return text.length() <= 60 ? text : text.substring(0, 59) + "…";
  }
}
