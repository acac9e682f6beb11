package org.mekong.core.border.mrz;

import java.util.BitSet;
import java.util.Objects;

/**
 * Which characters of a composed zone a check digit covers, and which of those are digits only
 * (dates and check digits), by offset in the zone string (lines and their separating spaces).
 */
final class CheckedPositions {

  private final BitSet checked = new BitSet();
  private final BitSet numeric = new BitSet();
  private int emptyPersonalNumberCheck = -1;
  private int ambiguousNumberCheck = -1;

  static CheckedPositions of(MrzDocument document, String zone) {
    CheckedPositions positions = new CheckedPositions();
    MrzFormat format = Objects.requireNonNull(document.format());
    int line2 = format.length() + 1;
    switch (format) {
      case TD1 -> {
        boolean overflow = zone.charAt(14) == '<';
        positions.range(5, 30, false);
        positions.ambiguous(zone, 13, 14, 15);
        if (!overflow) {
          positions.range(14, 15, true);
        }
        positions.range(line2, line2 + 7, true);
        positions.range(line2 + 8, line2 + 15, true);
        positions.range(line2 + 18, line2 + 29, false);
        positions.range(line2 + 29, line2 + 30, true);
      }
      case TD2, TD3 -> {
        boolean overflow = zone.charAt(line2 + 9) == '<';
        positions.range(line2, line2 + 9, false);
        positions.range(line2 + 9, line2 + 10, !overflow);
        if (format == MrzFormat.TD2 && !document.visa()) {
          positions.ambiguous(zone, line2 + 8, line2 + 9, line2 + 28);
        }
        positions.range(line2 + 13, line2 + 20, true);
        positions.range(line2 + 21, line2 + 28, true);
        if (!document.visa()) {
          positions.range(line2 + 28, line2 + format.length() - 1, false);
          positions.range(line2 + format.length() - 1, line2 + format.length(), true);
          if (format == MrzFormat.TD3) {
            positions.range(line2 + 42, line2 + 43, true);
            if (zone.charAt(line2 + 42) == '<') {
              positions.emptyPersonalNumberCheck = line2 + 42;
            }
          }
        }
      }
    }
    return positions;
  }

  /**
   * Doc 9303's one ambiguity: a full nine-character number whose check digit 0 is misread as a
   * filler, optional data after it, reads as a long number that overflows into the optional data;
   * its check digit then passes one time in ten.
   */
  private void ambiguous(String zone, int lastOfNumber, int check, int optional) {
    if (zone.charAt(lastOfNumber) != '<'
        && zone.charAt(check) == '0'
        && zone.charAt(optional) != '<') {
      ambiguousNumberCheck = check;
    }
  }

  private void range(int from, int to, boolean digitsOnly) {
    checked.set(from, to);
    numeric.clear(from, to);
    if (digitsOnly) {
      numeric.set(from, to);
    }
  }

  boolean checked(int position) {
    return checked.get(position);
  }

  /** Whether replacing {@code original} by {@code replacement} at {@code position} is invisible. */
  boolean invisible(int position, char original, char replacement) {
    if (position == ambiguousNumberCheck && replacement == '<') {
      return true;
    }
    if (position == emptyPersonalNumberCheck) {
      return replacement == '0'; // an empty personal number's check digit is < or 0
    }
    return !numeric.get(position)
        && (CheckDigit.value(original) - CheckDigit.value(replacement)) % 10 == 0;
  }
}
