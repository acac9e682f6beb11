package org.mekong.core.casework;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mekong.core.input.InvalidInputException;

/**
 * A full or partial birth date: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; {@code month}
 * and {@code day} are 0 when unknown. Lists from the field often know only the year.
 */
public record BirthDate(int year, int month, int day) {

  /** The earliest year accepted. */
  public static final int EARLIEST_YEAR = 1900;

  private static final Pattern SHAPE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  public BirthDate {
    if (year < EARLIEST_YEAR || year > 9999) {
      throw new IllegalArgumentException(
          "a birth year lies in " + EARLIEST_YEAR + "-9999: " + year);
    }
    if (month < 0 || month > 12 || (month == 0 && day != 0)) {
      throw new IllegalArgumentException("no month " + month + " with day " + day);
    }
    if (day != 0 && !YearMonth.of(year, month).isValidDay(day)) {
      throw new IllegalArgumentException("%04d-%02d has no day %d".formatted(year, month, day));
    }
  }

  /**
   * The birth date spelled {@code text}, which must not lie after {@code today}.
   *
   * @throws InvalidInputException naming {@code field} for another shape, an impossible date
   *     (2001-02-30), a year before 1900 or a date in the future
   */
  public static BirthDate parse(String field, String text, LocalDate today) {
    Matcher m = SHAPE.matcher(text);
    if (!m.matches()) {
      throw new InvalidInputException(
          field, "must be YYYY, YYYY-MM or YYYY-MM-DD, was '" + Codes.clip(text) + "'");
    }
    int year = Integer.parseInt(m.group(1));
    int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    if (year < EARLIEST_YEAR) {
      throw new InvalidInputException(field, "lies before " + EARLIEST_YEAR + ": " + text);
    }
    if (month > 12 || (m.group(2) != null && month == 0)) {
      throw new InvalidInputException(field, "has no month " + m.group(2) + ": " + text);
    }
    if (m.group(3) != null && (day == 0 || !YearMonth.of(year, month).isValidDay(day))) {
      throw new InvalidInputException(field, "is not a date of the calendar: " + text);
    }
    BirthDate date = new BirthDate(year, month, day);
    if (date.earliest().isAfter(today)) {
      throw new InvalidInputException(field, "lies in the future: " + text);
    }
    return date;
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
    return Math.max(0, java.time.Period.between(born, on).getYears());
  }

  /** Whether the two dates can be the same day: they agree on every part both know. */
  public boolean compatibleWith(BirthDate other) {
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
}
