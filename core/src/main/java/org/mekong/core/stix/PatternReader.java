package org.mekong.core.stix;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the STIX patterns Mekong imports: one observation of {@code =} comparisons of string
 * literals joined by {@code AND}, e.g. {@code [ipv4-addr:value = '10.0.0.0']}. Anything else is an
 * answer with the reason, never an exception.
 */
final class PatternReader {

  /** One term of the observation's AND. */
  sealed interface Term permits Comparison, OtherTest, Malformed {}

  /** A comparison {@code objectType:property = 'value'}. */
  record Comparison(String objectType, String property, String value) implements Term {}

  /** A test of an object type other than {@code =} of a string (LIKE, MATCHES, !=, ...). */
  record OtherTest(String objectType, String what) implements Term {}

  /** Not a test Mekong can read, for this reason. */
  record Malformed(String reason) implements Term {}

  /** The outcome of reading a pattern. */
  sealed interface Read permits Terms, Unreadable {}

  /** The pattern is one observation of these terms joined by AND. */
  record Terms(List<Term> terms) implements Read {
    Terms {
      terms = List.copyOf(terms);
    }
  }

  /** The pattern is not of the imported form, for this reason. */
  record Unreadable(String reason) implements Read {}

  private static final Set<String> OPERATOR_WORDS =
      Set.of("LIKE", "MATCHES", "IN", "ISSUBSET", "ISSUPERSET", "NOT", "EXISTS");

  private sealed interface Token permits Word, Literal, Symbol {}

  private record Word(String text) implements Token {}

  private record Literal(String text) implements Token {}

  private record Symbol(String text) implements Token {}

  private PatternReader() {}

  static Read read(String pattern) {
    String p = pattern.strip();
    if (!p.startsWith("[")) {
      return new Unreadable("the pattern does not start with an observation '[...]'");
    }
    int end = closingBracket(p);
    if (end < 0) {
      return new Unreadable("the pattern's observation is not closed with ']'");
    }
    if (end != p.length() - 1) {
      return new Unreadable(
          "the pattern combines several observations or adds qualifiers (WITHIN, REPEATS,"
              + " START/STOP); only a single observation is imported");
    }
    List<Token> tokens = new ArrayList<>();
    String problem = tokenize(p.substring(1, end), tokens);
    if (problem != null) {
      return new Unreadable(problem);
    }
    List<List<Token>> parts = new ArrayList<>();
    parts.add(new ArrayList<>());
    for (Token token : tokens) {
      if (token instanceof Word(String text) && text.equals("OR")) {
        return new Unreadable(
            "the pattern compares alternatives with OR; only one selector per indicator is"
                + " imported");
      }
      if (token instanceof Word(String text) && text.equals("AND")) {
        parts.add(new ArrayList<>());
      } else {
        parts.getLast().add(token);
      }
    }
    return new Terms(parts.stream().map(PatternReader::term).toList());
  }

  /** The term these tokens make. */
  private static Term term(List<Token> part) {
    if (part.isEmpty()) {
      return new Malformed("the pattern has an empty comparison");
    }
    if (!(part.getFirst() instanceof Word(String path)) || path.indexOf(':') < 1) {
      return new Malformed("a comparison does not start with an object path (type:property)");
    }
    String objectType = path.substring(0, path.indexOf(':'));
    String property = path.substring(path.indexOf(':') + 1);
    if (part.size() == 3
        && part.get(1) instanceof Symbol(String operator)
        && operator.equals("=")
        && part.get(2) instanceof Literal(String value)) {
      return new Comparison(objectType, property, value);
    }
    for (Token token : part.subList(1, part.size())) {
      if (token instanceof Word(String word) && OPERATOR_WORDS.contains(word)) {
        return new OtherTest(objectType, "operator " + word);
      }
      if (token instanceof Symbol(String symbol) && !symbol.equals("=")) {
        return new OtherTest(objectType, "operator " + symbol);
      }
    }
    return new OtherTest(objectType, "this form of comparison");
  }

  private static int closingBracket(String p) {
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '\'') {
          inString = false;
        }
      } else if (c == '\'') {
        inString = true;
      } else if (c == '[') {
        depth++;
      } else if (c == ']' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** Splits the observation's inside into tokens; the reason when it cannot. */
  private static @Nullable String tokenize(String s, List<Token> tokens) {
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '\'') {
        StringBuilder value = new StringBuilder();
        i++;
        while (true) {
          if (i >= s.length()) {
            return "a string in the pattern is not closed";
          }
          char d = s.charAt(i);
          if (d == '\'') {
            i++;
            break;
          }
          if (d == '\\') {
            if (i + 1 >= s.length() || (s.charAt(i + 1) != '\'' && s.charAt(i + 1) != '\\')) {
              return "a string in the pattern has a backslash that escapes neither ' nor \\";
            }
            value.append(s.charAt(i + 1));
            i += 2;
          } else {
            value.append(d);
            i++;
          }
        }
        tokens.add(new Literal(value.toString()));
      } else if (c == '(' || c == ')') {
        return "the pattern groups comparisons in parentheses; only a plain comparison is"
            + " imported";
      } else if ("=!<>".indexOf(c) >= 0) {
        int start = i;
        while (i < s.length() && "=!<>".indexOf(s.charAt(i)) >= 0) {
          i++;
        }
        tokens.add(new Symbol(s.substring(start, i)));
      } else {
        int start = i;
        while (i < s.length()
            && !Character.isWhitespace(s.charAt(i))
            && "'()=!<>".indexOf(s.charAt(i)) < 0) {
          i++;
        }
        tokens.add(new Word(s.substring(start, i)));
      }
    }
    return null;
  }
}
