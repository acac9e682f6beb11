package org.mekong.core.selector.phone;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the subset of regular-expression syntax that libphonenumber's metadata uses into a tree,
 * over an alphabet of the ten ASCII digits. Input other than digits never reaches these patterns,
 * so a literal that is not a digit matches nothing.
 */
final class DigitRegex {

  /** A node of the parsed expression. */
  sealed interface Node permits Chars, Seq, Alt, Repeat {}

  /** One digit out of {@code mask} (bit {@code d} set means digit {@code d} matches). */
  record Chars(int mask) implements Node {}

  /** A concatenation. */
  record Seq(List<Node> items) implements Node {}

  /** An alternation. */
  record Alt(List<Node> options) implements Node {}

  /** {@code node{min,max}}; {@code max == -1} means unbounded. */
  record Repeat(Node node, int min, int max) implements Node {}

  /** Thrown for syntax outside the supported subset; callers fall back to libphonenumber. */
  static final class UnsupportedSyntax extends Exception {
    private static final long serialVersionUID = 1L;

    UnsupportedSyntax(String regex, int position) {
      super("unsupported syntax at " + position + " in " + regex);
    }
  }

  private static final int ALL_DIGITS = 0x3FF;

  private final String regex;
  private int pos;

  private DigitRegex(String regex) {
    this.regex = regex;
  }

  static Node parse(String regex) throws UnsupportedSyntax {
    DigitRegex parser = new DigitRegex(regex);
    Node node = parser.alternation();
    if (parser.pos != regex.length()) {
      throw new UnsupportedSyntax(regex, parser.pos);
    }
    return node;
  }

  private Node alternation() throws UnsupportedSyntax {
    List<Node> options = new ArrayList<>();
    options.add(sequence());
    while (pos < regex.length() && regex.charAt(pos) == '|') {
      pos++;
      options.add(sequence());
    }
    return options.size() == 1 ? options.get(0) : new Alt(List.copyOf(options));
  }

  private Node sequence() throws UnsupportedSyntax {
    List<Node> items = new ArrayList<>();
    while (pos < regex.length() && regex.charAt(pos) != '|' && regex.charAt(pos) != ')') {
      items.add(repeat());
    }
    return items.size() == 1 ? items.get(0) : new Seq(List.copyOf(items));
  }

  private Node repeat() throws UnsupportedSyntax {
    Node node = atom();
    while (pos < regex.length()) {
      char c = regex.charAt(pos);
      if (c == '?') {
        pos++;
        node = new Repeat(node, 0, 1);
      } else if (c == '*') {
        pos++;
        node = new Repeat(node, 0, -1);
      } else if (c == '+') {
        pos++;
        node = new Repeat(node, 1, -1);
      } else if (c == '{') {
        pos++;
        int min = number();
        int max = min;
        if (peek() == ',') {
          pos++;
          max = peek() == '}' ? -1 : number();
        }
        expect('}');
        if (max != -1 && max < min) {
          throw new UnsupportedSyntax(regex, pos);
        }
        node = new Repeat(node, min, max);
      } else {
        break;
      }
      if (pos < regex.length() && (regex.charAt(pos) == '?' || regex.charAt(pos) == '+')) {
        // lazy or possessive quantifiers: not used by the metadata, not supported here
        throw new UnsupportedSyntax(regex, pos);
      }
    }
    return node;
  }

  private Node atom() throws UnsupportedSyntax {
    if (pos >= regex.length()) {
      throw new UnsupportedSyntax(regex, pos);
    }
    char c = regex.charAt(pos++);
    switch (c) {
      case '(' -> {
        if (regex.startsWith("?:", pos)) {
          pos += 2;
        } else if (peek() == '?') {
          throw new UnsupportedSyntax(regex, pos);
        }
        Node inner = alternation();
        expect(')');
        return inner;
      }
      case '[' -> {
        return new Chars(characterClass());
      }
      case '\\' -> {
        return new Chars(escape());
      }
      case '.' -> {
        return new Chars(ALL_DIGITS);
      }
      case '^', '$', ')', '|', '?', '*', '+', '{', '}', ']' ->
          throw new UnsupportedSyntax(regex, pos);
      default -> {
        return new Chars(c >= '0' && c <= '9' ? 1 << (c - '0') : 0);
      }
    }
  }

  private int characterClass() throws UnsupportedSyntax {
    boolean negated = peek() == '^';
    if (negated) {
      pos++;
    }
    int mask = 0;
    boolean first = true;
    while (first || peek() != ']') {
      first = false;
      if (pos >= regex.length()) {
        throw new UnsupportedSyntax(regex, pos);
      }
      char c = regex.charAt(pos++);
      if (c == '\\') {
        mask |= escape();
      } else if (c == '[' || c == '&') {
        throw new UnsupportedSyntax(regex, pos);
      } else if (peek() == '-' && pos + 1 < regex.length() && regex.charAt(pos + 1) != ']') {
        char to = regex.charAt(pos + 1);
        pos += 2;
        for (char d = '0'; d <= '9'; d++) {
          if (d >= c && d <= to) {
            mask |= 1 << (d - '0');
          }
        }
      } else if (c >= '0' && c <= '9') {
        mask |= 1 << (c - '0');
      }
    }
    pos++;
    return negated ? ~mask & ALL_DIGITS : mask;
  }

  private int escape() throws UnsupportedSyntax {
    if (pos >= regex.length()) {
      throw new UnsupportedSyntax(regex, pos);
    }
    char c = regex.charAt(pos++);
    if (c == 'd') {
      return ALL_DIGITS;
    }
    if (c == 'D') {
      return 0;
    }
    if (Character.isLetterOrDigit(c)) {
      throw new UnsupportedSyntax(regex, pos);
    }
    return 0; // an escaped punctuation character: matches no digit
  }

  private int number() throws UnsupportedSyntax {
    int start = pos;
    while (pos < regex.length() && Character.isDigit(regex.charAt(pos))) {
      pos++;
    }
    if (start == pos || pos - start > 4) {
      throw new UnsupportedSyntax(regex, pos);
    }
    return Integer.parseInt(regex.substring(start, pos));
  }

  private char peek() {
    return pos < regex.length() ? regex.charAt(pos) : '\0';
  }

  private void expect(char c) throws UnsupportedSyntax {
    if (peek() != c) {
      throw new UnsupportedSyntax(regex, pos);
    }
    pos++;
  }
}
