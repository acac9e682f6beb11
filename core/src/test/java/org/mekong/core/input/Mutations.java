package org.mekong.core.input;

import java.util.List;
import java.util.Random;

/**
 * Seeded mutations of valid inputs into the inputs attackers and broken tools send: NUL and other
 * controls, lone surrogates, years out of range, huge numbers, broken structure, deep nesting.
 */
final class Mutations {

  /** Tokens that have broken parsers before, inserted or substituted anywhere. */
  static final List<String> NASTY =
      List.of(
          "\u0000",
          "\u0001",
          "\u001b[2J",
          "\u007f",
          "\u0085",
          "\u009f",
          "\uD800",
          "\uDC00",
          "\uD83D\uDE00",
          "\uFEFF",
          "\u202E",
          "\u3002",
          "\"",
          "\\",
          "\\u0000",
          "\\ud800",
          ",",
          ";",
          "|",
          "\n",
          "\r\n",
          "\t",
          "{",
          "}",
          "[",
          "]",
          ":",
          "#",
          "+99999",
          "-0001",
          "0000",
          "+99999-01-01T00:00:00Z",
          "-0001-01-01T00:00:00Z",
          "9999-12-31T23:59:60Z",
          "1e400",
          "50.5",
          "-1",
          "99999999999999999999999999",
          "null",
          "true",
          "[]",
          "{}",
          "\"60\"",
          "%",
          "%zz",
          "%00",
          "H3:",
          "TLP:",
          "tlp:amber",
          "indicator--",
          "0x",
          "xn--");

  private static final String ALPHABET = "aZ09.-_@:/+ ,;\"'\\{}[]\u0E01\u4E2D\u00FC";

  private Mutations() {}

  /** One to three mutations of {@code seed}. */
  static String mutate(String seed, Random random) {
    StringBuilder text = new StringBuilder(seed);
    int rounds = 1 + random.nextInt(3);
    for (int round = 0; round < rounds; round++) {
      int at = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
      switch (random.nextInt(9)) {
        case 0, 1 -> text.insert(at, NASTY.get(random.nextInt(NASTY.size())));
        case 2 -> text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(8)));
        case 3 -> {
          if (at < text.length()) {
            text.setCharAt(at, (char) random.nextInt(0x10000));
          }
        }
        case 4 -> {
          int end = Math.min(text.length(), at + 1 + random.nextInt(16));
          text.insert(at, text.substring(at, end));
        }
        case 5 -> text.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        case 6 -> text.setLength(at);
        case 7 -> replaceDigits(text, at, random);
        default -> {
          if (text.length() > 1) {
            int other = random.nextInt(text.length());
            int here = Math.min(at, text.length() - 1);
            char c = text.charAt(here);
            text.setCharAt(here, text.charAt(other));
            text.setCharAt(other, c);
          }
        }
      }
    }
    return text.toString();
  }

  /** {@code depth} levels of nested JSON arrays or objects around {@code inner}. */
  static String nested(int depth, String inner, boolean objects) {
    StringBuilder text = new StringBuilder(depth * 6 + inner.length());
    text.append((objects ? "{\"a\":" : "[").repeat(depth));
    text.append(inner);
    text.append((objects ? "}" : "]").repeat(depth));
    return text.toString();
  }

  private static void replaceDigits(StringBuilder text, int from, Random random) {
    for (int i = from; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        int end = i;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
          end++;
        }
        String replacement =
            switch (random.nextInt(4)) {
              case 0 -> "+99999";
              case 1 -> "-0001";
              case 2 -> "99999999999999999999";
              default -> "50.5";
            };
        text.replace(i, end, replacement);
        return;
      }
    }
  }
}
