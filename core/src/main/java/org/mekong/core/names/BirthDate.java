package org.mekong.core.names;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A birth date as far as it is known: a whole date, or only its year (as lists often publish it).
 *
 * @param year the year, 1800..9999
 * @param month 1..12, or 0 when only the year is known
 * @param day 1..31 (valid for the month), or 0 when only the year is known
 */
public record BirthDate(int year, int month, int day) {

  private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})-(\\d{2}))?");

  public BirthDate {
    if (year < 1800 || year > 9999) {
      throw new IllegalArgumentException("year %d is outside 1800..9999".formatted(year));
    }
    if ((month == 0) != (day == 0)) {
      throw new IllegalArgumentException("give both month and day, or neither");
    }
    if (month != 0) {
      try {
        LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        throw new IllegalArgumentException(
            "%04d-%02d-%02d is not a date".formatted(year, month, day), e);
      }
    }
  }

  /** A whole date. */
  public static BirthDate of(LocalDate date) {
    return new BirthDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /** Only the year. */
  public static BirthDate year(int year) {
    return new BirthDate(year, 0, 0);
  }

  /**
   * Reads {@code YYYY} or {@code YYYY-MM-DD}.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  public static BirthDate parse(String text) {
    Matcher m = ISO.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("'%s' is neither YYYY nor YYYY-MM-DD".formatted(text));
    }
    int year = Integer.parseInt(m.group(1));
    @Nullable String month = m.group(2);
    @Nullable String day = m.group(3);
    return month == null || day == null
        ? year(year)
        : new BirthDate(year, Integer.parseInt(month), Integer.parseInt(day));
  }

  /** Whether month and day are known. */
  public boolean exact() {
    return month != 0;
  }

  @Override
  public String toString() {
    return exact() ? "%04d-%02d-%02d".formatted(year, month, day) : "%04d".formatted(year);
  }
}
