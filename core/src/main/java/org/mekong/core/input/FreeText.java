package org.mekong.core.input;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The rule for free text from outside (descriptions, notes, names, search text, imported cells):
 * well-formed UTF-16 with no control character but tab, line feed and carriage return. PostgreSQL
 * refuses NUL in text, lone surrogates cannot be encoded as UTF-8, and the other C0 and C1 controls
 * (and DEL) only ever hide or corrupt what a reader sees.
 */
public final class FreeText {

  private FreeText() {}

  /** Why {@code text} is not acceptable free text, or null when it is. */
  public static @Nullable String problem(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7F) {
        continue;
      }
      if (c == 0) {
        return "holds a NUL character (U+0000) at position " + (i + 1);
      }
      if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
        return "holds the control character " + codePoint(c) + " at position " + (i + 1);
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        return "holds a lone surrogate " + codePoint(c) + " at position " + (i + 1);
      }
      if (Character.isLowSurrogate(c)) {
        return "holds a lone surrogate " + codePoint(c) + " at position " + (i + 1);
      }
    }
    return null;
  }

  /** Whether {@code text} is acceptable free text; null is (absence is checked elsewhere). */
  public static boolean isClean(@Nullable String text) {
    return text == null || problem(text) == null;
  }

  /**
   * {@code text} itself when it is acceptable, for the compact constructors of records.
   *
   * @throws InvalidInputException naming {@code field} when it is not
   */
  public static @Nullable String require(String field, @Nullable String text) {
    if (text != null) {
      String problem = problem(text);
      if (problem != null) {
        throw new InvalidInputException(field, problem);
      }
    }
    return text;
  }

  /**
   * {@code text} with every character the rule refuses replaced by U+FFFD, for quoting outside
   * input back in a message or a stored report.
   */
  public static String printable(String text) {
    if (problem(text) == null) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if (Character.isSurrogate(c)
          || (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')) {
        out.append('\uFFFD');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String codePoint(char c) {
    return String.format(Locale.ROOT, "U+%04X", (int) c);
  }
}
