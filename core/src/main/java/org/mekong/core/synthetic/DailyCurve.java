package org.mekong.core.synthetic;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.random.RandomGenerator;

/**
 * How activity spreads over a Thai day (UTC+7): hourly weights, and the start time of record {@code
 * i} of {@code n} such that records come in time order and follow the curve. Record {@code i} lies
 * in the {@code i}-th of {@code n} equal slices of the curve's distribution, so which records fall
 * in given hours is known before any is drawn.
 */
final class DailyCurve {

  /** Thailand's offset from UTC all year. */
  static final ZoneOffset THAILAND = ZoneOffset.ofHours(7);

  /** Calls: quiet at night, busy from 8:00, a lunch and an evening peak. */
  static final DailyCurve CALLS =
      new DailyCurve(
          2, 1, 1, 1, 1, 2, 4, 7, 9, 10, 10, 10, 11, 10, 9, 9, 9, 10, 11, 12, 11, 9, 6, 4);

  /** Bank transfers: salaries and bills in office hours, shopping in the evening. */
  static final DailyCurve TRANSFERS =
      new DailyCurve(
          1, 1, 1, 1, 1, 2, 3, 6, 9, 11, 12, 12, 13, 12, 11, 10, 10, 11, 12, 12, 10, 7, 4, 2);

  /** Web visits: late evenings most. */
  static final DailyCurve WEB =
      new DailyCurve(5, 3, 2, 1, 1, 1, 2, 4, 6, 7, 7, 7, 8, 7, 7, 7, 7, 8, 9, 11, 12, 12, 10, 8);

  private final double[] cumulative = new double[25];

  private DailyCurve(int... hourly) {
    if (hourly.length != 24) {
      throw new IllegalArgumentException("24 hourly weights, not " + hourly.length);
    }
    double total = 0;
    for (int weight : hourly) {
      total += weight;
    }
    double sum = 0;
    for (int h = 0; h < 24; h++) {
      cumulative[h] = sum / total;
      sum += hourly[h];
    }
    cumulative[24] = 1.0;
  }

  /** The first record of {@code rows} that starts at or after {@code hour}:00 local time. */
  int firstRowFrom(int hour, int rows) {
    return (int) Math.ceil(cumulative[hour] * rows);
  }

  /** The first record of {@code rows} that may start at or after {@code hour}:00 local time. */
  int endRowBefore(int hour, int rows) {
    return (int) Math.floor(cumulative[hour] * rows);
  }

  /** The start of record {@code row} of {@code rows} on {@code day}, Thai time. */
  Instant at(LocalDate day, int row, int rows, RandomGenerator random) {
    double q = Math.min((row + random.nextDouble()) / rows, Math.nextDown(1.0));
    int hour = 0;
    while (cumulative[hour + 1] <= q) {
      hour++;
    }
    double within = (q - cumulative[hour]) / (cumulative[hour + 1] - cumulative[hour]);
    long second = hour * 3600L + Math.min(3599, (long) (within * 3600));
    return day.atStartOfDay().toInstant(THAILAND).plusSeconds(second);
  }
}
