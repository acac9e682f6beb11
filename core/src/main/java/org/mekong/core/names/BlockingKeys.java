package org.mekong.core.names;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Coarse keys of a name for finding candidates before comparing them: two names that {@link
 * NameComparator} would match almost always share a key. For each token of the name proper (titles
 * and company forms left out): its Latin form ({@code t}), its romanisation key when it reads as
 * Chinese syllables ({@code r}), its Double Metaphone keys ({@code p}), its first and its last four
 * letters ({@code b}, {@code e}; tokens of six letters or more, for typos), the other spellings it
 * is commonly found under ({@code t}: 陳 also as {@code chan}, 박 and Pak also as {@code park}; see
 * {@link NameKeys.Part#spellings}), and the concatenations of two and three adjacent tokens ({@code
 * t}, {@code r}; so that {@code xiaohong} and {@code xiao hong} meet). Thread-safe; the one
 * definition of blocking keys of the node.
 */
public final class BlockingKeys {

  private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

  /** Receives keys, each with its kind letter. */
  @FunctionalInterface
  public interface Sink {
    /** One key of kind {@code kind}; the same key may come more than once. */
    void key(char kind, String key);
  }

  private BlockingKeys() {}

  /** The keys of {@code name} as {@code kind:key}; empty for a name the comparator refuses. */
  public static Set<String> of(Schema schema, String name) {
    Set<String> keys = new TreeSet<>();
    if (NameAnalyzer.rejection(name).isPresent()) {
      return keys;
    }
    each(schema, name, (kind, key) -> keys.add(kind + ":" + key));
    return keys;
  }

  /**
   * The keys of a name analysed already, as {@link #of(Schema, String)} gives them for its text:
   * the name is not analysed again.
   */
  public static Set<String> of(AnalysedName name) {
    Set<String> keys = new TreeSet<>();
    each(NameKeys.parts(name), (kind, key) -> keys.add(kind + ":" + key));
    return keys;
  }

  /**
   * Emits the keys of {@code name} (possibly repeated); none for a name with nothing to compare.
   * Weak tokens (a leading Burmese honorific) give keys only when the name has nothing else.
   */
  public static void each(Schema schema, String name, Sink sink) {
    each(NameKeys.parts(schema, name), sink);
  }

  private static void each(List<NameKeys.Part> parts, Sink sink) {
    boolean allWeak = parts.stream().allMatch(NameKeys.Part::weak);
    for (int i = 0; i < parts.size(); i++) {
      NameKeys.Part part = parts.get(i);
      if (part.weak() && !allWeak) {
        continue;
      }
      String latin = part.latin();
      sink.key('t', latin);
      part.spellings().forEach(spelling -> sink.key('t', spelling));
      if (!part.thai().isEmpty()) {
        sink.key('k', part.thai());
      }
      if (!part.cantonese().isEmpty()) {
        sink.key('c', part.cantonese());
      }
      part.romanisation().ifPresent(key -> sink.key('r', key));
      if (latin.length() >= 2 && isLetters(latin)) {
        sink.key('p', METAPHONE.doubleMetaphone(latin, false));
        sink.key('p', METAPHONE.doubleMetaphone(latin, true));
      }
      String skeleton = skeleton(latin);
      if (skeleton.length() >= 3) {
        sink.key('s', skeleton);
      }
      if (latin.length() >= 6) {
        sink.key('b', latin.substring(0, 4));
        sink.key('e', latin.substring(latin.length() - 4));
      }
      StringBuilder joined = new StringBuilder(latin);
      for (int k = i + 1; k < Math.min(parts.size(), i + 3); k++) {
        joined.append(parts.get(k).latin());
        String concatenation = joined.toString();
        sink.key('t', concatenation);
        NameKeys.romanisation(concatenation).ifPresent(key -> sink.key('r', key));
      }
    }
  }

  /** The consonants of a token, doubled ones once: Arabic and Hebrew are written without vowels. */
  private static String skeleton(String latin) {
    StringBuilder consonants = new StringBuilder(latin.length());
    for (int i = 0; i < latin.length(); i++) {
      char c = latin.charAt(i);
      boolean repeated = !consonants.isEmpty() && consonants.charAt(consonants.length() - 1) == c;
      if ("aeiou".indexOf(c) < 0 && !repeated) {
        consonants.append(c);
      }
    }
    return consonants.toString();
  }

  private static boolean isLetters(String latin) {
    return latin.chars().allMatch(c -> c >= 'a' && c <= 'z');
  }
}
