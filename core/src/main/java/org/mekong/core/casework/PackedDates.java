package org.mekong.core.casework;

import org.jspecify.annotations.Nullable;
import org.mekong.core.input.PartialDate;

/** Birth dates packed in an int as {@code yyyymmdd} (unknown parts 0; 0 for none) for the index. */
final class PackedDates {

  private PackedDates() {}

  /** A birth date as {@code yyyymmdd}, unknown parts 0; 0 for none. */
  static int packed(@Nullable PartialDate date) {
    return date == null ? 0 : date.year() * 10_000 + date.month() * 100 + date.day();
  }

  /** {@link PartialDate#compatibleWith} on packed dates; an unknown date is compatible. */
  static boolean compatible(int a, int b) {
    if (a == 0 || b == 0) {
      return true;
    }
    int ma = a / 100 % 100;
    int mb = b / 100 % 100;
    int da = a % 100;
    int db = b % 100;
    return a / 10_000 == b / 10_000
        && (ma == 0 || mb == 0 || ma == mb)
        && (da == 0 || db == 0 || da == db);
  }
}
