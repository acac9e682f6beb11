package org.mekong.core.selector.url;

/**
 * Percent-escaping as the Safe Browsing algorithm defines it, on byte strings: a {@link String}
 * whose every char is one byte (0-255).
 */
final class Escaping {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private Escaping() {}

  /**
   * Unescapes {@code bytes} repeatedly until no {@code %XX} escape is left. Escapes do not overlap
   * ({@code %} is not a hex digit), so the result does not depend on the order of decoding, and a
   * single left-to-right pass that re-examines the tail after each decode reaches it in linear
   * time.
   */
  static String unescapeFully(String bytes) {
    StringBuilder out = new StringBuilder(bytes.length());
    for (int i = 0; i < bytes.length(); i++) {
      out.append(bytes.charAt(i));
      int n = out.length();
      while (n >= 3
          && out.charAt(n - 3) == '%'
          && isHex(out.charAt(n - 2))
          && isHex(out.charAt(n - 1))) {
        char decoded = (char) (hexValue(out.charAt(n - 2)) << 4 | hexValue(out.charAt(n - 1)));
        out.setLength(n - 3);
        out.append(decoded);
        n = out.length();
      }
    }
    return out.toString();
  }

  /** Escapes every byte {@code <= 0x20}, {@code >= 0x7f}, {@code #} and {@code %}, in upper hex. */
  static String escape(String bytes) {
    StringBuilder out = new StringBuilder(bytes.length() + 16);
    for (int i = 0; i < bytes.length(); i++) {
      char c = bytes.charAt(i);
      if (mustEscape(c)) {
        out.append('%').append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Whether {@code s} is in escaped form: no byte that must be escaped, every {@code %} an escape.
   */
  static boolean isEscaped(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%') {
        if (i + 2 >= s.length() || !isUpperHex(s.charAt(i + 1)) || !isUpperHex(s.charAt(i + 2))) {
          return false;
        }
        i += 2;
      } else if (mustEscape(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean mustEscape(char c) {
    return c <= 0x20 || c >= 0x7F || c == '#' || c == '%';
  }

  static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private static boolean isUpperHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F');
  }

  static int hexValue(char c) {
    if (c <= '9') {
      return c - '0';
    }
    return (c | 0x20) - 'a' + 10;
  }
}
