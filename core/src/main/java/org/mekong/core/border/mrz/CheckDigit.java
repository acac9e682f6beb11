package org.mekong.core.border.mrz;

/** ICAO 9303 check digits: character values weighted 7, 3, 1, repeating; the sum modulo 10. */
final class CheckDigit {

  private CheckDigit() {}

  /** 0–9 for digits, 10–35 for A–Z, 0 for the filler {@code <}, −1 for anything else. */
  static int value(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'A' && c <= 'Z') {
      return c - 'A' + 10;
    }
    return c == '<' ? 0 : -1;
  }

  /** The weight of the character at {@code index} (from 0) of the checked sequence. */
  static int weight(int index) {
    return switch (index % 3) {
      case 0 -> 7;
      case 1 -> 3;
      default -> 1;
    };
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
