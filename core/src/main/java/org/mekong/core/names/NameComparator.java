package org.mekong.core.names;

import java.util.List;
import java.util.Optional;

/**
 * Compares two names of one schema across scripts: a score in 0..1, {@code match} at {@link
 * #THRESHOLD}, and an explanation of how the tokens aligned. Thread-safe.
 *
 * <p>Only the names are compared. Other evidence about a person (birth date, nationality,
 * documents) is meant to adjust this comparison's score afterwards, not to change how names are
 * aligned.
 */
public final class NameComparator {

  /** The score from which two names are reported as a match. */
  public static final double THRESHOLD = 0.8;

  private NameComparator() {}

  /**
   * Why a name cannot be compared under a schema (empty, too long, control characters, only titles
   * or forms), or empty when it can.
   */
  public static Optional<String> rejection(Schema schema, String name) {
    Optional<String> plain = NameAnalyzer.rejection(name);
    if (plain.isPresent()) {
      return plain;
    }
    boolean nothing =
        NameAnalyzer.analyse(schema, name).stream().noneMatch(t -> t.kind() != Token.Kind.FORM);
    return nothing
        ? Optional.of("the name has nothing to compare once titles and company forms are set aside")
        : Optional.empty();
  }

  /**
   * Compares two names.
   *
   * @throws IllegalArgumentException if either name has a {@link #rejection}
   */
  public static Comparison compare(Schema schema, String name1, String name2) {
    List<Token> a = tokens(schema, name1, "name1");
    List<Token> b = tokens(schema, name2, "name2");
    return Alignment.align(a, b, THRESHOLD);
  }

  private static List<Token> tokens(Schema schema, String name, String field) {
    NameAnalyzer.rejection(name)
        .ifPresent(
            why -> {
              throw new IllegalArgumentException(field + ": " + why);
            });
    List<Token> tokens = NameAnalyzer.analyse(schema, name);
    if (tokens.stream().allMatch(t -> t.kind() == Token.Kind.FORM)) {
      throw new IllegalArgumentException(
          field + ": the name has nothing to compare once titles and company forms are set aside");
    }
    return tokens;
  }
}
