package org.mekong.core.selector;

/** The Luhn (mod 10) check digit, as IMEIs use it. */
final class Luhn {

  private Luhn() {}

  /** The check digit for the ASCII digits {@code body}. */
  static int checkDigit(CharSequence body) {
    int sum = 0;
    boolean twice = true;
    for (int i = body.length() - 1; i >= 0; i--) {
      int d = body.charAt(i) - '0';
      if (d < 0 || d > 9) {
        throw new IllegalArgumentException("not a digit string: " + body);
      }
      if (twice) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      twice = !twice;
    }
    return (10 - sum % 10) % 10;
  }
}
