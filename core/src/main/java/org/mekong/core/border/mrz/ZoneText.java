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

  private final char[] input;
  private final int[] start = new int[3];
  private final int[] length = new int[3];
  private int lines;
  private boolean extraSpaces;

  /** Splits {@code input} (trimmed of white space at both ends) at its spaces. */
  ZoneText(String text) {
    char[] input = text.toCharArray();
    this.input = input;
    int begin = 0;
    int end = input.length;
    while (begin < end && Character.isWhitespace(input[begin])) {
      begin++;
    }
    while (end > begin && Character.isWhitespace(input[end - 1])) {
      end--;
    }
    int i = begin;
    while (i < end) {
      int j = i;
      while (j < end && input[j] != ' ') {
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
        while (i < end && input[i] == ' ') {
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
    return input[start[line] + pos];
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
    return new String(input, start[line] + from, end - from);
  }

  /** The characters {@code [from, to)} of a line as they are. */
  String raw(int line, int from, int to) {
    return new String(input, start[line] + from, to - from);
  }

  /**
   * The characters {@code [from, to)} of a name: runs of fillers become one space, fillers at
   * either end are dropped.
   */
  String spaced(int line, int from, int to) {
    char[] chars = input;
    int begin = start[line] + from;
    int end = start[line] + to;
    while (begin < end && chars[begin] == '<') {
      begin++;
    }
    while (end > begin && chars[end - 1] == '<') {
      end--;
    }
    int p = begin;
    while (p < end && chars[p] != '<') {
      p++;
    }
    if (p == end) {
      return begin == end ? "" : new String(chars, begin, end - begin);
    }
    char[] out = new char[end - begin];
    int n = p - begin;
    System.arraycopy(chars, begin, out, 0, n);
    boolean afterFiller = false;
    for (; p < end; p++) {
      char c = chars[p];
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
    char[] chars = input;
    int base = start[line];
    int sum = 0;
    int weight = offset % 3;
    for (int p = base + from; p < base + to; p++) {
      int v = CheckDigit.value(chars[p]);
      if (v < 0) {
        return -1;
      }
      sum += v * CheckDigit.WEIGHTS[weight];
      if (++weight == 3) {
        weight = 0;
      }
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
