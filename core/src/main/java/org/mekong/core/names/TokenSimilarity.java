package org.mekong.core.names;

import java.util.Optional;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/** How alike two Latin tokens are, and by which rule: the best of the rules below. */
final class TokenSimilarity {

  /** How two tokens were found alike, with the similarity that rule gives. */
  enum Method {
    EXACT("exact", 1.0),
    TRANSLITERATED("transliterated", 1.0),
    ROMANISATION("romanisation", 0.95),
    THAI("Thai romanisation", 0.9),
    KOREAN("Korean family name", 0.9),
    NICKNAME("nickname", 0.9),
    CONSONANTS("consonants", 0.85),
    PHONETIC("phonetic", 0.85),
    EDIT("edit distance", 0.0),
    INITIAL("initial", 0.7);

    final String label;
    final double similarity;

    Method(String label, double similarity) {
      this.label = label;
      this.similarity = similarity;
    }
  }

  /** A rule that matched and the similarity it gives. */
  record Match(Method method, double similarity) {}

  /** Below this Jaro–Winkler similarity two tokens are not alike by spelling. */
  static final double EDIT_FLOOR = 0.88;

  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

  private TokenSimilarity() {}

  /**
   * How alike two tokens are, by their Latin forms and precomputed keys. Between Chinese names
   * ({@code chinese}: every token of both reads as Chinese syllables) or with a token written in
   * Chinese characters, two tokens of different syllables are different names (Wei is not Wen,
   * Xiaohong is not Xiaoming), never a typo or a sound-alike.
   */
  static Optional<Match> compare(Token x, Token y, boolean chinese) {
    return compare(x, y, chinese, false);
  }

  /**
   * As {@link #compare(Token, Token, boolean)}; {@code leading}: both tokens open their names,
   * where a Korean family name stands, so that two different Korean family names there never align
   * (Choi is not Cho) while given-name syllables keep their looser rules (Sung and Song).
   */
  static Optional<Match> compare(Token x, Token y, boolean chinese, boolean leading) {
    String a = x.latin();
    String b = y.latin();
    boolean transliterated = x.transliterated() || y.transliterated();
    if (a.equals(b)) {
      return Optional.of(new Match(transliterated ? Method.TRANSLITERATED : Method.EXACT, 1.0));
    }
    if (isDigits(a) || isDigits(b)) {
      return Optional.empty();
    }
    if (x.korean() != 0 && y.korean() != 0) {
      Optional<Match> korean = korean(x, y, chinese);
      boolean sameChinese = chinese && !x.chinese().isEmpty() && x.chinese().equals(y.chinese());
      if (korean.isPresent() || leading && !x.han() && !y.han() && !sameChinese) {
        return korean; // Sung and Song are one Chinese name (宋), two Korean ones (성, 송)
      }
    }
    if (a.length() == 1 || b.length() == 1) {
      boolean initial = a.length() != b.length() && a.charAt(0) == b.charAt(0);
      return initial
          ? Optional.of(new Match(Method.INITIAL, Method.INITIAL.similarity))
          : Optional.empty();
    }
    if (!x.chinese().isEmpty() && x.chinese().equals(y.chinese())) {
      return Optional.of(new Match(Method.ROMANISATION, Method.ROMANISATION.similarity));
    }
    if (Math.min(a.length(), b.length()) >= 4
        && (hasLongVowel(a) || hasLongVowel(b))
        && longVowelsFolded(a).equals(longVowelsFolded(b))) {
      return Optional.of(new Match(Method.ROMANISATION, Method.ROMANISATION.similarity));
    }
    if (otherSex(a, b)) {
      return Optional.empty();
    }
    boolean syllables = !x.chinese().isEmpty() && !y.chinese().isEmpty();
    if (syllables && (chinese || x.han() || y.han())) {
      return Optional.empty();
    }
    if (!x.thai().isEmpty() && x.thai().equals(y.thai())) {
      return Optional.of(new Match(Method.THAI, Method.THAI.similarity));
    }
    if (!x.thai().isEmpty() && ThaiSpelling.sameButImplicitA(x.thai(), y.thai())) {
      return Optional.of(new Match(Method.THAI, Method.THAI.similarity - 0.05));
    }
    if (x.thaiScript() || y.thaiScript()) {
      return Optional.empty(); // Thai names are compounds of words: Wanchai is not Wanchat
    }
    if (sameConsonants(x, y) || sameConsonants(y, x)) {
      return Optional.of(new Match(Method.CONSONANTS, Method.CONSONANTS.similarity));
    }
    if (!x.consonants().isEmpty() || !y.consonants().isEmpty()) {
      return Optional.empty(); // sound keys of a script without vowels mean nothing
    }
    if (Nicknames.sameName(a, b)) {
      return Optional.of(new Match(Method.NICKNAME, Method.NICKNAME.similarity));
    }
    // Jaro–Winkler is the costly part: computed only when a rule below can still hold
    boolean sound = soundAlike(x, y);
    int shorter = Math.min(a.length(), b.length());
    int longer = Math.max(a.length(), b.length());
    boolean editable = shorter >= 4 && shorter * 4 >= longer * 3;
    if (!sound && !editable) {
      return Optional.empty();
    }
    boolean shortPair = longer <= 3;
    if (sound && shortPair && (a.charAt(0) == b.charAt(0) || a.endsWith(b) || b.endsWith(a))) {
      return Optional.of(new Match(Method.PHONETIC, Method.PHONETIC.similarity));
    }
    double jw = JARO_WINKLER.apply(a, b);
    if (sound && jw >= 0.75) {
      return Optional.of(new Match(Method.PHONETIC, Method.PHONETIC.similarity));
    }
    if (editable && jw >= EDIT_FLOOR) {
      return Optional.of(new Match(Method.EDIT, jw * 0.9));
    }
    return Optional.empty();
  }

  /**
   * Two spellings of Korean family names: the same family (Park = 박 = Pak), or different ones (Choi
   * is not Cho, Jung is not Jang). Between Latin spellings of a name that reads as Chinese (Chung,
   * Jung), and between Hanja and a spelling that reads as pinyin (李 and Yi, a Chinese name), the
   * Korean reading is not assumed.
   */
  private static Optional<Match> korean(Token x, Token y, boolean chinese) {
    boolean same = (x.korean() & y.korean()) != 0;
    boolean hangul = hangul(x) || hangul(y);
    boolean hanja = x.han() ? y.chinese().isEmpty() : y.han() && x.chinese().isEmpty();
    if (same && (hangul || hanja || !chinese && !x.han() && !y.han())) {
      return Optional.of(new Match(Method.KOREAN, Method.KOREAN.similarity));
    }
    return Optional.empty();
  }

  private static boolean hangul(Token t) {
    return Character.UnicodeScript.of(t.original().codePointAt(0))
        == Character.UnicodeScript.HANGUL;
  }

  /** Whether any Double Metaphone key (primary or alternate) of one is a key of the other. */
  private static boolean soundAlike(Token x, Token y) {
    String pa = x.sound();
    String aa = x.soundAlternate();
    String pb = y.sound();
    String ab = y.soundAlternate();
    return !pa.isEmpty() && (pa.equals(pb) || pa.equals(ab) || aa.equals(pb) || aa.equals(ab));
  }

  /** A token written without short vowels against the consonants of the other (محمد = Mohammed). */
  private static boolean sameConsonants(Token abjad, Token other) {
    return !abjad.consonants().isEmpty()
        && other.consonants().isEmpty()
        && abjad.consonants().equals(Token.skeleton(other.latin()));
  }

  /** Maria and Mario, Paula and Paulo: the same stem with another final vowel names another sex. */
  private static boolean otherSex(String a, String b) {
    int n = a.length();
    return n >= 4
        && n == b.length()
        && a.regionMatches(0, b, 0, n - 1)
        && "aeio".indexOf(a.charAt(n - 1)) >= 0
        && "aeio".indexOf(b.charAt(n - 1)) >= 0;
  }

  private static boolean hasLongVowel(String s) {
    return s.contains("ou") || s.contains("oo") || s.contains("uu") || s.contains("ee");
  }

  /** Long vowels written double or with u (Hepburn tarou, taroo = taro; Burmese htoo = htu). */
  private static String longVowelsFolded(String s) {
    return s.replace("ou", "o").replace("oo", "o").replace("uu", "u").replace("ee", "i");
  }

  private static boolean isDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
