package org.mekong.core.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The parts of a name as the comparator sees it, from which {@link BlockingKeys} derives the keys
 * that let a store or an index find the few names worth comparing with {@link NameComparator}.
 */
public final class NameKeys {

  /** One token: its Latin form, and its romanisation key (empty when it is not Chinese). */
  public record Part(String latin, Optional<String> romanisation, boolean weak) {}

  private NameKeys() {}

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
