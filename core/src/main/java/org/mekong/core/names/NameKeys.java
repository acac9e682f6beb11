package org.mekong.core.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The parts of a name as the comparator sees it, from which {@link BlockingKeys} derives the keys
 * that let a store or an index find the few names worth comparing with {@link NameComparator}.
 */
public final class NameKeys {

  /**
   * One token: its Latin form, its romanisation key (empty when it is not Chinese), whether it is
   * weak, and other spellings it is commonly found under (the Hong Kong spelling of characters read
   * in Cantonese, the usual spelling of a Korean family name), without its Latin form; its key
   * among Thai romanisations and its key among Hong Kong spellings, each empty when it is the Latin
   * form or does not apply.
   */
  public record Part(
      String latin,
      Optional<String> romanisation,
      boolean weak,
      List<String> spellings,
      String thai,
      String cantonese) {

    public Part {
      spellings = List.copyOf(spellings);
    }
  }

  /** Latin tokens up to this length get a Cantonese key: Hong Kong syllables are short. */
  private static final int CANTONESE_SYLLABLE = 5;

  private NameKeys() {}

  /**
   * The parts of a name that {@link NameComparator#rejection} accepts, in order; an empty list for
   * a name with nothing but titles and forms.
   */
  public static List<Part> parts(Schema schema, String name) {
    return parts(NameAnalyzer.analyse(schema, name));
  }

  /** The parts of a name analysed already: the same as {@link #parts(Schema, String)} gives. */
  public static List<Part> parts(AnalysedName name) {
    return parts(name.tokens());
  }

  private static List<Part> parts(List<Token> tokens) {
    List<Part> parts = new ArrayList<>();
    for (Token token : tokens) {
      if (token.kind() != Token.Kind.FORM) {
        List<String> spellings = new ArrayList<>(KoreanSurnames.usualSpellings(token.korean()));
        String cantonese = "";
        if (token.han()) {
          CantoneseReadings.spelling(token.original(), false).ifPresent(spellings::add);
          cantonese = CantoneseReadings.spelling(token.original(), true).orElse("");
        } else if (token.latin().length() <= CANTONESE_SYLLABLE && !token.thai().isEmpty()) {
          cantonese = CantoneseReadings.key(token.latin());
        }
        spellings.remove(token.latin());
        String thai = token.thai().equals(token.latin()) ? "" : token.thai();
        parts.add(
            new Part(
                token.latin(),
                ChineseSyllables.key(token.latin()),
                token.kind() == Token.Kind.WEAK,
                spellings,
                thai,
                cantonese.equals(token.latin()) ? "" : cantonese));
      }
    }
    return parts;
  }

  /** The romanisation key of Latin letters that read entirely as Chinese syllables, else empty. */
  public static Optional<String> romanisation(String latin) {
    return ChineseSyllables.key(latin);
  }
}
