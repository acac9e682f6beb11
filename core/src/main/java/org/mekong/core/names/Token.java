package org.mekong.core.names;

/**
 * One token of an analysed name: its Latin, lower-case ASCII form, the text it came from, and its
 * kind.
 *
 * @param latin lower-case ASCII letters and digits (or, for scripts ICU cannot transliterate, the
 *     normalised original)
 * @param original the normalised text before transliteration
 * @param kind how much the token counts
 */
record Token(String latin, String original, Kind kind) {

  /** How a token counts in a comparison. */
  enum Kind {
    /** A part of the name proper. */
    NAME(1.0),
    /** An honorific that is also used as a name element (Burmese U, Saw, Daw, Ko, Ma, Naw). */
    WEAK(0.3),
    /** A company form (Ltd, GmbH, 有限公司): compared separately, with a low weight. */
    FORM(0.15);

    final double weight;

    Kind(double weight) {
      this.weight = weight;
    }
  }

  Token {
    if (latin.isEmpty()) {
      throw new IllegalArgumentException("a token is never empty");
    }
  }

  boolean transliterated() {
    return !original.equals(latin);
  }

  /** The token for an explanation: {@code 小红→xiaohong}, or just {@code wang}. */
  String display() {
    return transliterated() ? original + "→" + latin : latin;
  }
}
