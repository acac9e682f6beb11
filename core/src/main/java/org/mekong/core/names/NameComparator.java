package org.mekong.core.names;

import java.util.List;
import java.util.Optional;

/**
 * Compares two names of one schema across scripts: a score in 0..1, {@code match} at {@link
 * #THRESHOLD}, and an explanation of how the tokens aligned. Thread-safe.
 *
 * <p>For persons, other evidence ({@link PersonEvidence}: birth date, nationality, sex, identity
 * documents) adjusts the names' score afterwards; it never changes how names are aligned. Names
 * compared many times are best {@link #analyse analysed} once and compared as {@link
 * AnalysedName}s.
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
   * Analyses a name once, for comparing it many times.
   *
   * @throws IllegalArgumentException if the name has a {@link #rejection}
   */
  public static AnalysedName analyse(Schema schema, String name) {
    return analyse(schema, name, "name");
  }

  /**
   * Compares two names.
   *
   * @throws IllegalArgumentException if either name has a {@link #rejection}
   */
  public static Comparison compare(Schema schema, String name1, String name2) {
    return compare(analyse(schema, name1, "name1"), analyse(schema, name2, "name2"));
  }

  /**
   * Compares two names of persons and then weighs what else is known of them; for other schemas the
   * evidence is ignored.
   *
   * @throws IllegalArgumentException if either name has a {@link #rejection}
   */
  public static Comparison compare(
      Schema schema,
      String name1,
      PersonEvidence evidence1,
      String name2,
      PersonEvidence evidence2) {
    return compare(
        analyse(schema, name1, "name1"), evidence1, analyse(schema, name2, "name2"), evidence2);
  }

  /**
   * Compares two analysed names.
   *
   * @throws IllegalArgumentException if they were analysed for different schemas
   */
  public static Comparison compare(AnalysedName name1, AnalysedName name2) {
    return compare(name1, name2, true);
  }

  /**
   * The score {@link #compare(AnalysedName, AnalysedName)} gives, without building its explanation:
   * for picking the best of many comparisons, then explaining only that one.
   */
  public static double score(AnalysedName name1, AnalysedName name2) {
    return compare(name1, name2, false).score();
  }

  /**
   * Analyses a name once, for comparing it many times, or empty when the name has a {@link
   * #rejection}: the one analysis both for checking a name and for comparing it.
   */
  public static Optional<AnalysedName> analysed(Schema schema, String name) {
    if (NameAnalyzer.rejection(name).isPresent()) {
      return Optional.empty();
    }
    List<Token> tokens = NameAnalyzer.analyse(schema, name);
    if (tokens.stream().allMatch(t -> t.kind() == Token.Kind.FORM)) {
      return Optional.empty();
    }
    return Optional.of(new AnalysedName(schema, name, tokens));
  }

  private static Comparison compare(AnalysedName name1, AnalysedName name2, boolean explained) {
    if (name1.schema() != name2.schema()) {
      throw new IllegalArgumentException(
          "a %s name cannot be compared with a %s name"
              .formatted(name1.schema().label(), name2.schema().label()));
    }
    Comparison mandarin = Alignment.align(name1, name2, THRESHOLD, explained);
    if (mandarin.match() || name1.han() == name2.han()) {
      return mandarin;
    }
    Optional<AnalysedName> cantonese1 = name1.cantonese();
    Optional<AnalysedName> cantonese2 = name2.cantonese();
    if (cantonese1.isEmpty()
        || cantonese2.isEmpty()
        || !sharesACharacterReading(
            name1.han() ? cantonese1.get() : cantonese2.get(),
            name1.han() ? cantonese2.get() : cantonese1.get())) {
      return mandarin;
    }
    Comparison cantonese =
        Alignment.align(cantonese1.get(), cantonese2.get(), THRESHOLD, explained);
    return cantonese.score() > mandarin.score()
        ? new Comparison(
            cantonese.score(),
            cantonese.match(),
            explained ? cantonese.explanation() + "; characters read in Cantonese" : "")
        : mandarin;
  }

  /**
   * Compares two analysed names of persons, then weighs the evidence; for other schemas the
   * evidence is ignored.
   */
  public static Comparison compare(
      AnalysedName name1, PersonEvidence evidence1, AnalysedName name2, PersonEvidence evidence2) {
    Comparison names = compare(name1, name2);
    return name1.schema() == Schema.PERSON ? Evidence.apply(names, evidence1, evidence2) : names;
  }

  /**
   * Whether a one-character token of a name read in Cantonese (a family name, or a character of an
   * organisation's name) is a token of the other name, or the name has no such token: without it a
   * Cantonese reading cannot reach the threshold (陳 unmatched leaves Tai Man at 0.57), so the
   * second alignment is skipped for the many candidates that share nothing.
   */
  private static boolean sharesACharacterReading(AnalysedName han, AnalysedName other) {
    boolean single = false;
    for (Token t : han.tokens()) {
      if (t.han() && t.original().codePointCount(0, t.original().length()) == 1) {
        single = true;
        for (Token o : other.tokens()) {
          if (o.latin().equals(t.latin())) {
            return true;
          }
        }
      }
    }
    return !single;
  }

  private static AnalysedName analyse(Schema schema, String name, String field) {
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
    return new AnalysedName(schema, name, tokens);
  }
}
