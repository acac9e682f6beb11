package org.mekong.core.border.mrz;

import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** The shape of a zone: its format from its lines, their lengths and their characters. */
final class ZoneShape {

  private static final int CHARACTER_ERRORS_PER_LINE = 3;

  private ZoneShape() {}

  /** The format the lines' count and lengths point to; null when there is none. */
  static @Nullable MrzFormat format(ZoneText zone, Consumer<String> error) {
    int lines = zone.lines();
    if (lines == 0) {
      error.accept("empty line: no machine-readable zone");
      return null;
    }
    if (zone.extraSpaces()) {
      error.accept("MRZ lines must be separated by single spaces");
    }
    if (lines == 1) {
      int length = zone.length(0);
      error.accept(
          length == 90 || length == 72 || length == 88
              ? "found one line of " + length + " characters: separate the MRZ lines with spaces"
              : "found 1 line, expected 2 (TD2, TD3) or 3 (TD1) separated by single spaces");
      return null;
    }
    if (lines > 3) {
      error.accept("found " + lines + " lines, expected 2 (TD2, TD3) or 3 (TD1)");
      return null;
    }
    if (lines == 3) {
      return MrzFormat.TD1;
    }
    int first = zone.length(0);
    int second = zone.length(1);
    if (first == 44 || second == 44) {
      return MrzFormat.TD3;
    }
    if (first == 36 || second == 36) {
      return MrzFormat.TD2;
    }
    return first + second > 36 + 44 ? MrzFormat.TD3 : MrzFormat.TD2;
  }

  /**
   * Checks line lengths and characters; marks in {@code usable} the lines of the right length, the
   * only ones whose fields can be read.
   */
  static void checkLines(
      ZoneText zone, MrzFormat format, boolean[] usable, Consumer<String> error) {
    for (int line = 0; line < format.lines(); line++) {
      int length = zone.length(line);
      usable[line] = length == format.length();
      if (!usable[line]) {
        error.accept(
            "line " + (line + 1) + " has " + length + " characters, expected " + format.length());
      }
      int bad = 0;
      for (int pos = 0; pos < length; pos++) {
        char c = zone.at(line, pos);
        if (CheckDigit.value(c) < 0 && ++bad <= CHARACTER_ERRORS_PER_LINE) {
          error.accept(
              "character "
                  + ZoneText.describe(c)
                  + " at line "
                  + (line + 1)
                  + " position "
                  + (pos + 1)
                  + " is not A-Z, 0-9 or <");
        }
      }
      if (bad > CHARACTER_ERRORS_PER_LINE) {
        error.accept(
            "line "
                + (line + 1)
                + " has "
                + (bad - CHARACTER_ERRORS_PER_LINE)
                + " more characters that are not A-Z, 0-9 or <");
      }
    }
  }
}
