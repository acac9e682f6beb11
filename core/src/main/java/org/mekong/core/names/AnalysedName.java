package org.mekong.core.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A name analysed once for a schema (normalised, transliterated, tokens and their keys computed),
 * to be compared many times with {@link NameComparator#compare(AnalysedName, AnalysedName)}.
 * Immutable and thread-safe.
 */
public final class AnalysedName {

  private final Schema schema;
  private final String name;
  private final List<Token> tokens;
  private final double weight;
  private final boolean chinese;
  private final boolean han;

  /** The name read in Cantonese, made on first use (a benign race: every thread makes the same). */
  private @Nullable Optional<AnalysedName> cantonese;

  /**
   * Adjacent tokens joined, {@code [j][k - j - 1]} for tokens j..k (k at most j + 2), made on first
   * use (a benign race, as {@link #cantonese}): a name compared many times joins them once.
   */
  private Joined @Nullable [][] joined;

  /** Tokens j..k joined: their Latin forms, and its romanisation key ("" when it has none). */
  record Joined(String latin, String romanisation) {}

  AnalysedName(Schema schema, String name, List<Token> tokens) {
    this.schema = schema;
    this.name = name;
    this.tokens = List.copyOf(tokens);
    this.weight = this.tokens.stream().mapToDouble(t -> t.kind().weight).sum();
    this.chinese =
        this.tokens.stream()
            .allMatch(t -> t.kind() == Token.Kind.FORM || t.han() || !t.chinese().isEmpty());
    this.han = this.tokens.stream().anyMatch(Token::han);
  }

  /** The schema the name was analysed for. */
  public Schema schema() {
    return schema;
  }

  /** The name as given. */
  public String name() {
    return name;
  }

  /** The Latin forms of its tokens, in order (titles left out, forms canonical). */
  public List<String> latinTokens() {
    return tokens.stream().map(Token::latin).toList();
  }

  List<Token> tokens() {
    return tokens;
  }

  /** The sum of the tokens' weights. */
  double weight() {
    return weight;
  }

  /** Whether every part of the name reads as Chinese syllables (characters, pinyin, Wade–Giles). */
  boolean chinese() {
    return chinese;
  }

  /** Whether a token is written in Chinese characters. */
  boolean han() {
    return han;
  }

  /**
   * The name as a Hong Kong or Macau registry would spell it, each token under its {@link
   * CantoneseReadings#key}: characters by their Cantonese readings, Latin tokens as they are
   * written; empty when a character has no reading in the table.
   */
  Optional<AnalysedName> cantonese() {
    Optional<AnalysedName> read = cantonese;
    if (read == null) {
      read = readInCantonese();
      cantonese = read;
    }
    return read;
  }

  /** Tokens {@code j..k} joined, {@code j < k <= j + 2}. */
  Joined joined(int j, int k) {
    Joined[][] done = joined;
    if (done == null) {
      done = new Joined[tokens.size()][];
      for (int a = 0; a < tokens.size(); a++) {
        int last = Math.min(tokens.size() - 1, a + 2);
        done[a] = new Joined[Math.max(0, last - a)];
        StringBuilder latin = new StringBuilder(tokens.get(a).latin());
        for (int b = a + 1; b <= last; b++) {
          latin.append(tokens.get(b).latin());
          String concatenation = latin.toString();
          done[a][b - a - 1] =
              new Joined(concatenation, ChineseSyllables.key(concatenation).orElse(""));
        }
      }
      joined = done;
    }
    return done[j][k - j - 1];
  }

  private Optional<AnalysedName> readInCantonese() {
    List<Token> read = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      if (t.kind() == Token.Kind.FORM) {
        read.add(t);
        continue;
      }
      Optional<String> key =
          t.han()
              ? CantoneseReadings.spelling(t.original(), true)
              : Optional.of(t.latin())
                  .filter(l -> l.chars().allMatch(c -> c >= 'a' && c <= 'z'))
                  .map(CantoneseReadings::key);
      if (t.han() && key.isEmpty()) {
        return Optional.empty();
      }
      String latin = key.orElse(t.latin());
      // the key stands as the token's Chinese key too, so that only equal readings align
      read.add(new Token(latin, t.original(), t.kind(), "", "", latin, t.han(), "", "", 0));
    }
    return Optional.of(new AnalysedName(schema, name, read));
  }

  @Override
  public String toString() {
    return schema.label() + " " + name;
  }
}
