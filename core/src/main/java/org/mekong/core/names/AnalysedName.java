package org.mekong.core.names;

import java.util.List;

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

  AnalysedName(Schema schema, String name, List<Token> tokens) {
    this.schema = schema;
    this.name = name;
    this.tokens = List.copyOf(tokens);
    this.weight = this.tokens.stream().mapToDouble(t -> t.kind().weight).sum();
    this.chinese =
        this.tokens.stream()
            .allMatch(t -> t.kind() == Token.Kind.FORM || t.han() || !t.chinese().isEmpty());
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

  @Override
  public String toString() {
    return schema.label() + " " + name;
  }
}
