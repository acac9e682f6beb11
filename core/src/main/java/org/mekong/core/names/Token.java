package org.mekong.core.names;

import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * One token of an analysed name: its Latin, lower-case ASCII form, the text it came from, and its
 * kind.
 *
 * @param latin lower-case ASCII letters and digits (or, for scripts ICU cannot transliterate, the
 *     normalised original)
 * @param original the normalised text before transliteration
 * @param kind how much the token counts
 * @param sound the primary Double Metaphone key of {@code latin}, empty for digits
 * @param soundAlternate its alternate key
 * @param chinese the Chinese-syllable key of {@code latin}, empty when it does not read as pinyin
 *     or Wade–Giles
 * @param han whether the token was transliterated from Chinese characters
 * @param consonants for a token written in Arabic or Hebrew script (without short vowels), its
 *     consonant skeleton; else empty
 * @param thai the {@link ThaiSpelling} key of {@code latin}, empty for a token that is not letters
 * @param korean the {@link KoreanSurnames} the token may name, as a mask; 0 for none
 */
record Token(
    String latin,
    String original,
    Kind kind,
    String sound,
    String soundAlternate,
    String chinese,
    boolean han,
    String consonants,
    String thai,
    long korean) {

  private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

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

  /** A token with its keys computed once, so that comparisons only read them. */
  Token(String latin, String original, Kind kind) {
    this(
        latin,
        original,
        kind,
        METAPHONE.doubleMetaphone(latin, false),
        METAPHONE.doubleMetaphone(latin, true),
        ChineseSyllables.key(latin).orElse(""),
        Character.UnicodeScript.of(original.codePointAt(0)) == Character.UnicodeScript.HAN,
        abjad(original) ? skeleton(latin) : "",
        ThaiSpelling.key(latin),
        KoreanSurnames.mask(original, latin));
  }

  /** The same token of another kind. */
  Token withKind(Kind other) {
    return new Token(
        latin, original, other, sound, soundAlternate, chinese, han, consonants, thai, korean);
  }

  /** Whether the text is written in a script that leaves short vowels out (Arabic, Hebrew). */
  private static boolean abjad(String text) {
    Character.UnicodeScript script = Character.UnicodeScript.of(text.codePointAt(0));
    return script == Character.UnicodeScript.ARABIC || script == Character.UnicodeScript.HEBREW;
  }

  /**
   * The consonants of a Latin token: long vowels written as w or y, other vowels left out, doubles
   * single, a final y or w dropped: mohammed → mhmd, mahmoud → mhmwd, ali → l.
   */
  static String skeleton(String latin) {
    // long vowels are written as letters in Arabic and Hebrew: Mahmoud = محمود, not محمد
    String letters = latin.replace("ou", "w").replace("oo", "w").replace("uu", "w");
    letters = letters.replace("ee", "y").replace("ii", "y");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < letters.length(); i++) {
      char c = letters.charAt(i);
      if ("aeiou".indexOf(c) < 0 && (out.isEmpty() || out.charAt(out.length() - 1) != c)) {
        out.append(c);
      }
    }
    while (out.length() > 1 && "yw".indexOf(out.charAt(out.length() - 1)) >= 0) {
      out.setLength(out.length() - 1);
    }
    return out.toString();
  }

  /** Whether the token was written in Thai script. */
  boolean thaiScript() {
    return Character.UnicodeScript.of(original.codePointAt(0)) == Character.UnicodeScript.THAI;
  }

  boolean transliterated() {
    return !original.equals(latin);
  }

  /** The token for an explanation: {@code 小红→xiaohong}, or just {@code wang}. */
  String display() {
    return transliterated() ? original + "→" + latin : latin;
  }
}
