package org.mekong.core.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Blocking keys of a name as the comparator sees it, so that a store or an index can find the few
 * names worth comparing with {@link NameComparator} without comparing against every name it holds.
 */
public final class NameKeys {

  /** How many leading characters of a token make its key in {@link #of}. */
  public static final int LENGTH = 3;

  /** One token: its Latin form, and its romanisation key (empty when it is not Chinese). */
  public record Part(String latin, Optional<String> romanisation, boolean weak) {}

  private NameKeys() {}

  /**
   * The first three letters of each Latin token of {@code name} (after transliteration, titles and
   * forms set aside), sorted; empty when it has a {@link NameComparator#rejection}.
   */
  public static Set<String> of(Schema schema, String name) {
    Set<String> keys = new TreeSet<>();
    if (NameAnalyzer.rejection(name).isPresent()) {
      return keys;
    }
    for (Token token : NameAnalyzer.analyse(schema, name)) {
      if (token.kind() != Token.Kind.FORM) {
        String latin = token.latin();
        keys.add(latin.length() <= LENGTH ? latin : latin.substring(0, LENGTH));
      }
    }
    return keys;
  }

  /**
   * The parts of a name that {@link NameComparator#rejection} accepts, in order; an empty list for
   * a name with nothing but titles and forms.
   */
  public static List<Part> parts(Schema schema, String name) {
    List<Part> parts = new ArrayList<>();
    for (Token token : NameAnalyzer.analyse(schema, name)) {
      if (token.kind() != Token.Kind.FORM) {
        parts.add(
            new Part(
                token.latin(),
                ChineseSyllables.key(token.latin()),
                token.kind() == Token.Kind.WEAK));
      }
    }
    return parts;
  }

  /** The romanisation key of Latin letters that read entirely as Chinese syllables, else empty. */
  public static Optional<String> romanisation(String latin) {
    return ChineseSyllables.key(latin);
  }
}
