package org.mekong.core.border.mrz;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Reads the machine-readable zone of a travel document (ICAO Doc 9303: TD1, TD2, TD3, MRV-A and
 * MRV-B) into a {@link MrzDocument}: every field it can read, every check that fails named in its
 * errors. Nothing is corrected: a lower-case letter or an O for a 0 is reported, never changed.
 * Two-digit years take their century from the clock's today. Thread-safe.
 */
public final class MrzParser {

  private final Clock clock;
  private volatile Today today;

  /** A parser whose today (for the century of two-digit years) is {@code clock}'s date. */
  public MrzParser(Clock clock) {
    this.clock = clock;
    this.today = Today.at(clock);
  }

  /** A parser on the system clock in the default time zone. */
  public static MrzParser withSystemClock() {
    return new MrzParser(Clock.systemDefaultZone());
  }

  /**
   * Parses one zone, its lines separated by single spaces (white space at both ends is ignored).
   * Never throws on bad input: what is wrong is in the document's errors.
   */
  public MrzDocument parse(String zone) {
    return new MrzReading(zone, today()).read();
  }

  private Today today() {
    Today current = today;
    long now = clock.millis();
    if (now < current.from() || now >= current.until()) {
      current = Today.at(clock);
      today = current;
    }
    return current;
  }

  /** Today's date and the instants it lasts, {@code [from, until)}, in the clock's zone. */
  record Today(int year, int month, int day, long from, long until) {

    static Today at(Clock clock) {
      LocalDate date = LocalDate.now(clock);
      ZoneId zone = clock.getZone();
      return new Today(
          date.getYear(),
          date.getMonthValue(),
          date.getDayOfMonth(),
          date.atStartOfDay(zone).toInstant().toEpochMilli(),
          date.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli());
    }

    /** The year of a birth date: the latest one with these two digits that is not after today. */
    int birthYear(int yy, int month, int day) {
      int candidate = year - Math.floorMod(year, 100) + yy;
      boolean future =
          candidate > year
              || (candidate == year
                  && (month > this.month || (month == this.month && day > this.day)));
      return future ? candidate - 100 : candidate;
    }

    /** The year of an expiry date: the one with these two digits within −49 to +50 years. */
    int expiryYear(int yy) {
      int candidate = year - Math.floorMod(year, 100) + yy;
      if (candidate > year + 50) {
        return candidate - 100;
      }
      return candidate <= year - 50 ? candidate + 100 : candidate;
    }
  }
}
