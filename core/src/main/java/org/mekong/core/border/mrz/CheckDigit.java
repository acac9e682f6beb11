package org.mekong.core.border.mrz;

/** ICAO 9303 check digits: character values weighted 7, 3, 1, repeating; the sum modulo 10. */
final class CheckDigit {

  /** The weights, in order. */
  static final int[] WEIGHTS = {7, 3, 1};

  private static final byte[] VALUES = new byte[128];

  static {
    java.util.Arrays.fill(VALUES, (byte) -1);
    for (char c = '0'; c <= '9'; c++) {
      VALUES[c] = (byte) (c - '0');
    }
    for (char c = 'A'; c <= 'Z'; c++) {
      VALUES[c] = (byte) (c - 'A' + 10);
    }
    VALUES['<'] = 0;
  }

  private CheckDigit() {}

  /** 0–9 for digits, 10–35 for A–Z, 0 for the filler {@code <}, −1 for anything else. */
  static int value(char c) {
    return c < VALUES.length ? VALUES[c] : -1;
  }

  /** The weight of the character at {@code index} (from 0) of the checked sequence. */
  static int weight(int index) {
    return WEIGHTS[index % 3];
  }

  /**
   * The check digit of {@code text}; −1 when it holds a character outside A–Z, 0–9 and {@code <}.
   */
  static int of(CharSequence text) {
    int sum = 0;
    for (int i = 0; i < text.length(); i++) {
      int v = value(text.charAt(i));
      if (v < 0) {
        return -1;
      }
      sum += v * weight(i);
    }
    return sum % 10;
  }
}
