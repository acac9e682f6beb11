package org.mekong.core.names;

import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns a name into tokens: normalised, split into words and scripts, transliterated to Latin, with
 * titles dropped, leading Burmese honorifics weakened and company forms set apart.
 */
final class NameAnalyzer {

  /** Longest name accepted, in characters. */
  static final int MAX_LENGTH = 1000;

  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{P}\\p{S}&&[^'ʼʻ‘’.]]+");
  private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");

  private NameAnalyzer() {}

  /** Why a name cannot be compared, or empty when it can. */
  static Optional<String> rejection(String name) {
    if (name.isBlank()) {
      return Optional.of("the name is empty");
    }
    if (name.length() > MAX_LENGTH) {
      return Optional.of(
          "the name has %d characters, more than %d".formatted(name.length(), MAX_LENGTH));
    }
    if (name.chars().anyMatch(Character::isISOControl)) {
      return Optional.of("the name contains control characters");
    }
    return Optional.empty();
  }

  /** The tokens of a name that {@link #rejection} accepted; may hold no NAME token. */
  static List<Token> analyse(Schema schema, String name) {
    List<Token> tokens = new ArrayList<>();
    String folded = Transliteration.fold(name);
    List<String> words = new ArrayList<>();
    for (String word : SEPARATORS.split(folded)) {
      words.addAll(scriptRuns(word.replace(".", " ").strip()));
    }
    long hanWords = words.stream().filter(NameAnalyzer::isHan).count();
    for (String word : words) {
      if (word.isBlank()) {
        continue;
      }
      int script = script(word);
      if (script == UScript.HAN) {
        han(schema, word, hanWords == 1, tokens);
      } else if (script == UScript.THAI) {
        thai(schema, word, tokens);
      } else if (script == UScript.HANGUL) {
        // one token per syllable block: Korean names are written syllable by syllable (Kim Jong Un)
        for (int i = 0; i < word.length(); i = word.offsetByCodePoints(i, 1)) {
          String block = word.substring(i, word.offsetByCodePoints(i, 1));
          String latin = NOT_ALNUM.matcher(Transliteration.latin(block)).replaceAll("");
          add(tokens, block, Transliteration.revisedRomanizationFinal(latin), schema);
        }
      } else if (script == UScript.MYANMAR) {
        for (String syllable : Transliteration.burmeseSyllables(word)) {
          add(tokens, syllable, Transliteration.burmeseSyllable(syllable), schema);
        }
      } else {
        String latin = Transliteration.latin(word.replaceAll("['ʼʻ‘’]", ""));
        if (latin.chars().anyMatch(c -> c > 0x7f && Character.isLetter(c))) {
          tokens.add(new Token(word.strip(), word.strip(), Token.Kind.NAME)); // no ICU transform
        } else {
          String[] parts = NOT_ALNUM.split(latin);
          boolean keep = parts.length == 1 && script != UScript.LATIN && script != UScript.COMMON;
          for (String part : parts) {
            add(tokens, keep ? word.strip() : part, part, schema); // محمد→mhmd keeps its script
          }
        }
      }
    }
    weakenLeadingHonorifics(schema, tokens);
    return tokens;
  }

  private static void han(Schema schema, String word, boolean alone, List<Token> out) {
    String han = Transliteration.simplified(word);
    for (String title : Affixes.HAN_TITLES) {
      if (han.length() > title.length()) {
        han = han.endsWith(title) ? han.substring(0, han.length() - title.length()) : han;
      }
    }
    List<Token> forms = new ArrayList<>();
    boolean stripped = schema.hasCompanyForms();
    while (stripped) {
      stripped = false;
      for (Map.Entry<String, String> form : Affixes.HAN_FORMS) {
        if (han.length() > form.getKey().length() && han.endsWith(form.getKey())) {
          forms.addFirst(new Token(form.getValue(), form.getKey(), Token.Kind.FORM));
          han = han.substring(0, han.length() - form.getKey().length());
          stripped = true;
          break;
        }
      }
    }
    if (schema == Schema.PERSON && alone && han.length() >= 2 && han.length() <= 4) {
      int family =
          han.length() >= 3 && Affixes.COMPOUND_SURNAMES.contains(han.substring(0, 2)) ? 2 : 1;
      hanToken(han.substring(0, family), out);
      hanToken(han.substring(family), out);
    } else if (schema == Schema.PERSON) {
      hanToken(han, out);
    } else {
      int start = out.size();
      String place = han.length() > 2 ? han.substring(0, 2) : "";
      boolean placed = Affixes.HAN_PLACES.containsKey(place);
      if (placed && han.length() > 3 && (han.charAt(2) == '市' || han.charAt(2) == '省')) {
        han = han.substring(0, 2) + han.substring(3);
      }
      for (int i = 0; i < han.length(); i = han.offsetByCodePoints(i, 1)) {
        hanToken(han.substring(i, han.offsetByCodePoints(i, 1)), out);
      }
      for (int i = start; placed && i < Math.min(out.size(), start + 2); i++) {
        out.set(i, out.get(i).withKind(Token.Kind.WEAK));
      }
    }
    out.addAll(forms);
  }

  private static void hanToken(String han, List<Token> out) {
    String latin = String.join("", Transliteration.pinyin(han));
    if (!latin.isEmpty()) {
      out.add(new Token(latin, han, Token.Kind.NAME));
    }
  }

  private static void thai(Schema schema, String word, List<Token> out) {
    String thai = word;
    for (String title : Affixes.THAI_TITLES) {
      String folded = Transliteration.fold(title);
      if (thai.equals(folded)) {
        return;
      }
      if (thai.startsWith(folded)) {
        thai = thai.substring(folded.length());
        break;
      }
    }
    for (Map.Entry<String, String> form : Affixes.THAI_FORMS.entrySet()) {
      if (schema.hasCompanyForms() && thai.equals(Transliteration.fold(form.getKey()))) {
        out.add(new Token(form.getValue(), thai, Token.Kind.FORM));
        return;
      }
    }
    add(out, thai, NOT_ALNUM.matcher(ThaiRomanisation.rtgs(thai)).replaceAll(""), schema);
  }

  private static void add(List<Token> out, String original, String latin, Schema schema) {
    boolean latinTitle =
        schema == Schema.PERSON
            && Affixes.TITLES.contains(latin)
            && original.chars().allMatch(c -> c < 0x250); // عمر → mr is Omar, not Mr
    if (latin.isEmpty() || latinTitle) {
      return;
    }
    Optional<String> form = schema.hasCompanyForms() ? Affixes.latinForm(latin) : Optional.empty();
    if (form.isPresent()) {
      out.add(new Token(form.get(), original, Token.Kind.FORM));
    } else {
      out.add(new Token(latin, original, Token.Kind.NAME));
    }
  }

  /**
   * U, Daw, Saw… at the start of a person's name, and a Chinese place at the start of an
   * organisation's, weigh little but still count.
   */
  private static void weakenLeadingHonorifics(Schema schema, List<Token> tokens) {
    if (schema != Schema.PERSON) {
      Token first = tokens.isEmpty() ? null : tokens.getFirst();
      if (first != null
          && tokens.size() > 1
          && first.kind() == Token.Kind.NAME
          && !first.han()
          && Affixes.HAN_PLACES.containsValue(first.latin())) {
        tokens.set(0, first.withKind(Token.Kind.WEAK));
      }
      return;
    }
    for (int i = 0;
        i < tokens.size() - 1
            && !tokens.get(i).han() // 马 is the family name Ma, not the Burmese honorific
            && Affixes.WEAK.contains(tokens.get(i).latin());
        i++) {
      Token t = tokens.get(i);
      tokens.set(i, t.withKind(Token.Kind.WEAK));
    }
  }

  private static boolean isHan(String word) {
    return script(word) == UScript.HAN;
  }

  /** The script of a run: that of its first character with a specific script. */
  private static int script(String word) {
    return word.codePoints()
        .map(UScript::getScript)
        .filter(s -> s != UScript.COMMON && s != UScript.INHERITED)
        .findFirst()
        .orElse(UScript.COMMON);
  }

  /** Splits a word where its script changes (王Xiaohong → 王, Xiaohong). */
  private static List<String> scriptRuns(String word) {
    List<String> runs = new ArrayList<>();
    int start = 0;
    int current = UScript.COMMON;
    for (int i = 0; i < word.length(); i = word.offsetByCodePoints(i, 1)) {
      int s = UScript.getScript(word.codePointAt(i));
      if (s == UScript.COMMON || s == UScript.INHERITED) {
        continue;
      }
      if (current != UScript.COMMON && s != current) {
        runs.add(word.substring(start, i));
        start = i;
      }
      current = s;
    }
    runs.add(word.substring(start));
    return runs;
  }
}
