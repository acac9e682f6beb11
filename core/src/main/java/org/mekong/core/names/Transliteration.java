package org.mekong.core.names;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * ICU transforms to Latin, one instance per thread (ICU's transliterators are not thread-safe),
 * plus the few rewrites of ICU's Burmese and Hangul output toward the usual romanisation of names
 * (Thai is read by {@link ThaiRomanisation}). A transform's output depends on its input alone, and
 * the words of names repeat (family names, the characters of given names), so each transform keeps
 * the outputs of its last {@link #KEPT_CHARACTERS} characters of input: ICU's rules cost
 * microseconds a word, a hit a hash lookup.
 */
final class Transliteration {

  /**
   * How many characters of input each transform keeps the outputs of (about 150,000 words of
   * names), the least recently used dropped first: a bound in characters, since a caller may pass
   * long text.
   */
  static final int KEPT_CHARACTERS = 1_000_000;

  private static final Cache<String, String> SIMPLIFIED = cache();
  private static final Cache<String, List<String>> PINYIN = cache();
  private static final Cache<String, String> LATIN = cache();

  private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
  private static final ThreadLocal<Transliterator> TO_SIMPLIFIED =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));
  private static final ThreadLocal<Transliterator> HAN =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Han-Latin; Latin-ASCII"));
  private static final ThreadLocal<Transliterator> ANY =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

  private static final Pattern MODIFIER_LETTERS = Pattern.compile("[\\p{Lm}\\p{Sk}]");

  private Transliteration() {}

  /** NFKC with case folding: full-width letters, ligatures and case collapse. */
  static String fold(String text) {
    return NFKC_CASEFOLD.normalize(text);
  }

  static String simplified(String han) {
    return kept(SIMPLIFIED, han, text -> TO_SIMPLIFIED.get().transliterate(text));
  }

  /** Pinyin syllables without tones, one per character: 小红 → [xiao, hong]. Unmodifiable. */
  static List<String> pinyin(String han) {
    return kept(
        PINYIN,
        han,
        text -> {
          List<String> syllables = new ArrayList<>();
          for (String s : HAN.get().transliterate(text).split("[^a-z0-9]+")) {
            if (!s.isEmpty()) {
              syllables.add(s);
            }
          }
          return List.copyOf(syllables);
        });
  }

  /** Any script ICU knows to Latin, then to ASCII (diacritics dropped), lower case. */
  static String latin(String text) {
    return kept(
        LATIN,
        text,
        t -> {
          String latin = ANY.get().transliterate(t).toLowerCase(Locale.ROOT);
          return MODIFIER_LETTERS.matcher(latin).replaceAll(""); // ʿ ʾ of Arabic, ʹ of Cyrillic
        });
  }

  private static <V> Cache<String, V> cache() {
    return CacheBuilder.newBuilder()
        .maximumWeight(KEPT_CHARACTERS)
        .<String, V>weigher((input, output) -> input.length())
        .build();
  }

  private static <V> V kept(Cache<String, V> cache, String input, Function<String, V> transform) {
    V known = cache.getIfPresent(input);
    if (known != null) {
      return known;
    }
    V made = transform.apply(input);
    cache.put(input, made);
    return made;
  }

  /**
   * A Hangul syllable as the Revised Romanization writes it: ICU transliterates letter by letter
   * and writes a final ㄱ, ㄷ, ㅂ as g, d, b (국 gug, 석 seog); the romanisation writes k, t, p (Guk,
   * Seok), as do the other usual spellings (Kuk, Suk).
   */
  static String revisedRomanizationFinal(String latin) {
    if (latin.length() < 2) {
      return latin;
    }
    char last = latin.charAt(latin.length() - 1);
    char written =
        switch (last) {
          case 'g' -> latin.endsWith("ng") ? 'g' : 'k';
          case 'd' -> 't';
          case 'b' -> 'p';
          default -> last;
        };
    return latin.substring(0, latin.length() - 1) + written;
  }

  /**
   * One Burmese syllable: ICU's transliteration is letter by letter (စော → hcaw, ချစ် → hkyit, သူ →
   * suu, ဝင်း → wainn); names are usually written Saw, Chit, Thu. The rewrites below cover the
   * common initials and long vowels and are documented in docs/names.md.
   */
  static String burmeseSyllable(String syllable) {
    String latin = latin(syllable);
    if (syllable.startsWith("သ") && latin.startsWith("s")) {
      latin = "th" + latin.substring(1);
    } else if (latin.startsWith("hc")) {
      latin = "s" + latin.substring(2);
    } else if (latin.startsWith("hky")) {
      latin = "ch" + latin.substring(3);
    } else if (latin.startsWith("hk")) {
      latin = "kh" + latin.substring(2);
    }
    latin =
        latin
            .replace("uu", "u")
            .replace("aa", "a")
            .replace("nn", "n")
            .replace("ii", "i")
            .replace("ain", "in")
            .replace("yy", "ye");
    boolean vowel = latin.chars().anyMatch(c -> "aeiou".indexOf(c) >= 0);
    return vowel || latin.isEmpty() ? latin : latin + "a"; // the inherent vowel: မ → ma
  }

  /**
   * Burmese syllables: a new syllable starts at each consonant or independent vowel that is not
   * killed by an asat (U+103A, possibly after a dot below U+1037) and not stacked under a virama
   * (U+1039).
   */
  static List<String> burmeseSyllables(String text) {
    List<String> syllables = new ArrayList<>();
    int start = 0;
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean starter = (c >= 'က' && c <= 'ဪ') || c == 'ဿ';
      int next = i + 1 < text.length() && text.charAt(i + 1) == '့' ? i + 2 : i + 1;
      boolean killed = next < text.length() && text.charAt(next) == '်';
      boolean stacked = text.charAt(i - 1) == '္';
      if (starter && !killed && !stacked) {
        syllables.add(text.substring(start, i));
        start = i;
      }
    }
    syllables.add(text.substring(start));
    return syllables;
  }
}
