package org.mekong.core.selector.extract;

/**
 * Reads the full-width and ideographic full stops ({@code ．} U+FF0E, {@code 。} U+3002, {@code ｡}
 * U+FF61) as dots where they stand between two ASCII letters or digits and the next is no capital
 * letter, as in {@code scam-site。com}: CJK keyboards type them, and senders use them to slip past
 * filters; a capital after one ({@code iPhone。Apple}) starts a sentence. Each is one char, so
 * offsets into the result are offsets into the text.
 */
final class FullWidthDots {

  private FullWidthDots() {}

  static String normalize(String text) {
    char[] chars = null;
    for (int i = 1; i < text.length() - 1; i++) {
      char c = text.charAt(i);
      if ((c == '\uFF0E' || c == '\u3002' || c == '\uFF61')
          && isAsciiAlnum(text.charAt(i - 1))
          && isAsciiAlnum(text.charAt(i + 1))
          && !Character.isUpperCase(text.charAt(i + 1))) {
        if (chars == null) {
          chars = text.toCharArray();
        }
        chars[i] = '.';
      }
    }
    return chars == null ? text : new String(chars);
  }

  private static boolean isAsciiAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
