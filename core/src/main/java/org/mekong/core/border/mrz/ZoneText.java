package org.mekong.core.border.mrz;

/**
 * The input split into its lines, read in place: offsets into the input instead of copies, so that
 * a valid zone costs no more strings than the fields it yields.
 */
final class ZoneText {

  /**
   * One-character strings, so that the usual codes ({@code P}, {@code I}, {@code V}) are shared.
   */
  private static final String[] SINGLE = new String[128];

  static {
    for (char c = 0; c < SINGLE.length; c++) {
      SINGLE[c] = String.valueOf(c);
    }
  }

  private final String input;
  private final int[] start = new int[3];
  private final int[] length = new int[3];
  private int lines;
  private boolean extraSpaces;

  /** Splits {@code input} (trimmed of white space at both ends) at its spaces. */
  ZoneText(String input) {
    this.input = input;
    int begin = 0;
    int end = input.length();
    while (begin < end && Character.isWhitespace(input.charAt(begin))) {
      begin++;
    }
    while (end > begin && Character.isWhitespace(input.charAt(end - 1))) {
      end--;
    }
    int i = begin;
    while (i < end) {
      int j = i;
      while (j < end && input.charAt(j) != ' ') {
        j++;
      }
      if (lines < 3) {
        start[lines] = i;
        length[lines] = j - i;
      }
      lines++;
      i = j;
      if (i < end) {
        i++;
        while (i < end && input.charAt(i) == ' ') {
          i++;
          extraSpaces = true;
        }
      }
    }
  }

  /** How many lines the input has (it may be more than three). */
  int lines() {
    return lines;
  }

  /** Whether lines were separated by more than one space somewhere. */
  boolean extraSpaces() {
    return extraSpaces;
  }

  /** The length of line {@code line} (from 0; one of the first three). */
  int length(int line) {
    return length[line];
  }

  char at(int line, int pos) {
    return input.charAt(start[line] + pos);
  }

  /** The characters {@code [from, to)} of a line without their trailing fillers. */
  String text(int line, int from, int to) {
    int end = to;
    while (end > from && at(line, end - 1) == '<') {
      end--;
    }
    if (end == from) {
      return "";
    }
    if (end - from == 1 && at(line, from) < SINGLE.length) {
      return SINGLE[at(line, from)];
    }
    return input.substring(start[line] + from, start[line] + end);
  }

  /** The characters {@code [from, to)} of a line as they are. */
  String raw(int line, int from, int to) {
    return input.substring(start[line] + from, start[line] + to);
  }

  /**
   * The characters {@code [from, to)} of a name: runs of fillers become one space, fillers at
   * either end are dropped.
   */
  String spaced(int line, int from, int to) {
    while (from < to && at(line, from) == '<') {
      from++;
    }
    while (to > from && at(line, to - 1) == '<') {
      to--;
    }
    boolean fillers = false;
    for (int p = from; p < to && !fillers; p++) {
      fillers = at(line, p) == '<';
    }
    if (!fillers) {
      return text(line, from, to);
    }
    char[] out = new char[to - from];
    int n = 0;
    boolean afterFiller = false;
    for (int p = from; p < to; p++) {
      char c = at(line, p);
      if (c != '<') {
        out[n++] = c;
        afterFiller = false;
      } else if (!afterFiller) {
        out[n++] = ' ';
        afterFiller = true;
      }
    }
    return new String(out, 0, n);
  }

  /**
   * The weighted sum of the characters {@code [from, to)} of a line, their weights starting at
   * index {@code offset} of the 7, 3, 1 sequence; −1 when one of them has no value.
   */
  int weighted(int line, int from, int to, int offset) {
    int sum = 0;
    for (int p = from; p < to; p++) {
      int v = CheckDigit.value(at(line, p));
      if (v < 0) {
        return -1;
      }
      sum += v * CheckDigit.weight(offset + p - from);
    }
    return sum;
  }

  /** Two weighted sums together; −1 when either is. */
  static int plus(int a, int b) {
    return a < 0 || b < 0 ? -1 : a + b;
  }

  /** A character for a message: {@code 'a'}, or {@code U+0009} for an invisible one. */
  static String describe(char c) {
    return c <= ' ' || c == 0x7f || Character.isWhitespace(c)
        ? String.format("U+%04X", (int) c)
        : "'" + c + "'";
  }

  private static final String DIGITS = "012586";
  private static final String LOOKALIKES = "OIZSBG";

  /** A hint when {@code c}, found where a digit belongs, is a letter OCR confuses with one. */
  static String digitExpected(char c) {
    int i = LOOKALIKES.indexOf(c);
    return i < 0 ? "" : " (OCR confusion of " + DIGITS.charAt(i) + " and " + c + "?)";
  }

  /** A hint when {@code c}, found where a letter belongs, is a digit OCR confuses with one. */
  static String letterExpected(char c) {
    int i = DIGITS.indexOf(c);
    return i < 0 ? "" : " (OCR confusion of " + LOOKALIKES.charAt(i) + " and " + c + "?)";
  }
}
