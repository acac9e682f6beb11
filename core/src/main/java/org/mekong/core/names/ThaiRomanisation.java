package org.mekong.core.names;

import java.util.Map;

/**
 * Thai script to the Royal Thai General System (RTGS), the romanisation of Thai passports and
 * official lists, syllable by syllable: consonants have one value as initial and another as final,
 * vowels are read around their consonant, silent letters (under ์) are dropped and the implicit
 * vowels o (between two consonants) and a (before another syllable) are supplied. Without a
 * dictionary some syllable breaks stay ambiguous (สุรชัย reads sunchai, RTGS Surachai);
 * docs/names.md lists the rules and what they miss. ICU's Thai-Latin transform is letter by letter
 * (ISO 11940) and no library here writes RTGS.
 */
final class ThaiRomanisation {

  private static final String INITIALS =
      "k,kh,kh,kh,kh,kh,ng,ch,ch,ch,s,ch,y,d,t,th,th,th,n,d,t,th,th,th,n,b,p,ph,f,ph,f,ph,m,y,r,rue,"
          + "l,lue,w,s,s,s,h,l,,h";
  private static final String FINALS =
      "k,k,k,k,k,k,ng,t,t,t,t,t,n,t,t,t,t,t,n,t,t,t,t,t,n,p,p,p,p,p,p,p,m,i,n,,n,,o,t,t,t,,n,,";
  private static final String[] INITIAL = INITIALS.split(",", -1);
  private static final String[] FINAL = FINALS.split(",", -1);

  /** Words whose spelling the rules below cannot read. */
  private static final Map<String, String> IRREGULAR =
      Map.of("พรหม", "phrom", "พระ", "phra", "เกียรติ", "kiat");

  private static final String FOLLOWING_VOWELS = "ะัาำิีึืุู็";
  private static final String LEADING_VOWELS = "เแโใไ";
  private static final String SONORANTS = "งญนมยรลว";
  private static final String CLUSTER_FIRST = "กขคตปผพ";

  private final String text;
  private final StringBuilder out = new StringBuilder();
  private int i;

  private ThaiRomanisation(String text) {
    this.text = text;
  }

  /** The RTGS spelling of a Thai word, lower case; Thai digits and signs are dropped. */
  static String rtgs(String thai) {
    // NFKC splits ำ into ํ and า; tone marks, repetition and abbreviation signs are not read
    String word = silentLettersDropped(thai.replace("ํา", "ำ").replaceAll("[่-๋ๆฯ]", ""));
    for (Map.Entry<String, String> irregular : IRREGULAR.entrySet()) {
      word = word.replace(irregular.getKey(), irregular.getValue());
    }
    ThaiRomanisation reader = new ThaiRomanisation(word);
    reader.read();
    return reader.out.toString();
  }

  /** A consonant (with a vowel after it, ิ or ุ) under the mark ์ is not read: ศักดิ์ → ศัก. */
  private static String silentLettersDropped(String word) {
    return word.replaceAll("[ทตด]ร์", "").replaceAll("[ก-ฮ][ิุ]?์", "");
  }

  private void read() {
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c < 'ก' || c > '๛') { // already romanised (an irregular word) or not Thai
        out.append(c);
        i++;
      } else if (LEADING_VOWELS.indexOf(c) >= 0) {
        i++;
        syllable(c);
      } else if (consonant(c)) {
        syllable('\0');
      } else {
        i++; // a vowel sign without its consonant
      }
    }
  }

  /** Reads one syllable from its initial consonant, after an optional leading vowel. */
  private void syllable(char leading) {
    if (i >= text.length() || !consonant(text.charAt(i))) {
      return;
    }
    if (i == text.length() - 1 && leading == '\0' && out.length() > 0) {
      i++; // a lone consonant closing the word after a full syllable: ไทย, ชินวัตร, ลักษณ์
      return;
    }
    if (leading != '\0'
        && leading != 'ใ'
        && leading != 'ไ'
        && carriesA(i)) { // เฉลิม: ฉ reads cha, the vowel is ล's
      out.append(INITIAL[text.charAt(i++) - 'ก']).append('a');
    }
    out.append(onset(leading != '\0'));
    if ("ฤฦ".indexOf(text.charAt(i - 1)) >= 0) {
      return; // ฤ and ฦ carry their own vowel
    }
    String vowel = vowel(leading);
    boolean mayClose = !vowel.endsWith("!");
    boolean mustClose = vowel.endsWith("?");
    vowel = vowel.replace("!", "").replace("?", "");
    if (vowel.isEmpty()) {
      vowel = closes(i) ? "o" : "a";
    }
    out.append(vowel);
    if (mayClose && (closes(i) || mustClose && consonant(at(i)) && at(i) != 'อ')) {
      out.append(FINAL[text.charAt(i) - 'ก']);
      i++;
    }
  }

  /** The initial consonant or cluster, with a silent ห or a silent ร of ศร/สร/ทร dropped. */
  private String onset(boolean leading) {
    char c = text.charAt(i++);
    char next = i < text.length() ? text.charAt(i) : '\0';
    boolean vowelAfterNext =
        vowelSign(at(i + 1)) || at(i + 1) == 'อ' && !vowelSign(at(i + 2)); // หมอ, กลอง
    if (c == 'ห' && SONORANTS.indexOf(next) >= 0 && (leading || vowelAfterNext)) {
      i++;
      return INITIAL[next - 'ก'];
    }
    if (c == 'อ' && next == 'ย' && vowelAfterNext) {
      i++;
      return "y"; // อยู่, อย่าง: อ only carries the tone
    }
    if (next == 'ร' && "ศสซ".indexOf(c) >= 0 && (leading || vowelAfterNext)) {
      i++;
      return "s";
    }
    if (next == 'ร' && c == 'ท' && (leading || vowelAfterNext)) {
      i++;
      return "s";
    }
    boolean cluster =
        CLUSTER_FIRST.indexOf(c) >= 0
            && (next == 'ร' || next == 'ล' || (next == 'ว' && "กขค".indexOf(c) >= 0));
    if (cluster && (leading || vowelAfterNext)) {
      i++;
      return INITIAL[c - 'ก'] + INITIAL[next - 'ก'];
    }
    return INITIAL[c - 'ก'];
  }

  /**
   * The vowel after the onset, consuming its signs; empty for none written, and ending in {@code !}
   * when the syllable takes no final consonant.
   */
  private String vowel(char leading) {
    char v = at(i);
    char w = at(i + 1);
    switch (leading) {
      case 'เ' -> {
        if (v == 'ี' && w == 'ย') {
          i += 2;
          return "ia";
        } else if (v == 'ื' && w == 'อ') {
          i += 2;
          return "uea";
        } else if (v == 'ิ') {
          i++;
          return "oe";
        } else if (v == 'า' && w == 'ะ') {
          i += 2;
          return "o!";
        } else if (v == 'า') {
          i++;
          return "ao!";
        } else if (v == 'ะ') {
          i++;
          return "e!";
        } else if (v == 'อ') {
          i++;
          return "oe";
        } else if (v == '็') {
          i++;
        }
        return "e";
      }
      case 'แ' -> {
        if (v == 'ะ' || v == '็') {
          i++;
          return v == 'ะ' ? "ae!" : "ae";
        }
        return "ae";
      }
      case 'โ' -> {
        if (v == 'ะ') {
          i++;
          return "o!";
        }
        return "o";
      }
      case 'ใ', 'ไ' -> {
        return "ai!";
      }
      default -> {
        return unled(v, w);
      }
    }
  }

  /** A vowel written after its consonant only (or not at all). */
  private String unled(char v, char w) {
    switch (v) {
      case 'ั' -> {
        i++;
        if (w == 'ว') {
          i++;
          return "ua";
        }
        if (consonant(at(i)) && "ิุ".indexOf(at(i + 1)) >= 0 && i + 2 == text.length()) {
          String fin = FINAL[text.charAt(i) - 'ก']; // สมบัติ: the final vowel is not read
          i += 2;
          return "a" + fin + "!";
        }
        return "a?"; // ั is always closed: ลักษณ์ reads lak
      }
      case 'ฤ', 'ฦ' -> {
        return "a!"; // นฤมล: na-rue-mon
      }
      case 'ะ' -> {
        i++;
        return "a!";
      }
      case 'า' -> {
        i++;
        return "a";
      }
      case 'ำ' -> {
        i++;
        return "am!";
      }
      case 'ิ', 'ี' -> {
        i++;
        return "i";
      }
      case 'ึ' -> {
        i++;
        return "ue";
      }
      case 'ื' -> {
        i += w == 'อ' ? 2 : 1;
        return "ue";
      }
      case 'ุ', 'ู' -> {
        i++;
        return "u";
      }
      case 'อ' -> {
        if (!vowelSign(w)) {
          i++;
          return "o";
        }
        return "";
      }
      case 'ว' -> {
        if (consonant(w) && !vowelSign(at(i + 2)) && w != 'อ') {
          i++;
          return "ua";
        }
        return "";
      }
      case 'ร' -> {
        if (w == 'ร') {
          i += 2;
          return consonant(at(i)) && !vowelSign(at(i + 1)) ? "a" : "an!";
        }
        return "";
      }
      default -> {
        return "";
      }
    }
  }

  /**
   * Whether the consonant at {@code j} closes the syllable being read: it is not followed by a
   * vowel of its own, and taking it does not leave the word's last consonant alone (นิพนธ์ reads
   * ni-phon, not nip-na).
   */
  private boolean closes(int j) {
    char c = at(j);
    if (!consonant(c) || c == 'ห' || c == 'อ') {
      return false;
    }
    char next = at(j + 1);
    if (vowelSign(next) || next == 'อ' && j + 2 < text.length() && !vowelSign(at(j + 2))) {
      return false;
    }
    if (next == 'ร' && at(j + 2) == 'ร') {
      return false; // สุวรรณ: ว opens the syllable of รร
    }
    if (c == 'ร' && consonant(next) && "ิีุูา".indexOf(at(j - 1)) >= 0) {
      return false; // สุรชัย, วีรกูล: ร after a written vowel opens a syllable (su-ra-chai)
    }
    if ((next == 'ร' || next == 'ล') && CLUSTER_FIRST.indexOf(c) >= 0 && vowelSign(at(j + 2))) {
      return false;
    }
    boolean silentR = next == 'ร' && "ตทด".indexOf(c) >= 0; // ประวิตร, มิตร: the ร is not read
    boolean strands = j + 2 == text.length() && consonant(next) && !silentR;
    return !strands;
  }

  /**
   * Whether, after a leading เ, the consonant at {@code j} only carries an a and the vowel belongs
   * to the consonant after it (เฉลิม cha-loem, เสถียร sa-thian; not a cluster or a silent ห).
   */
  private boolean carriesA(int j) {
    char c = at(j);
    char next = at(j + 1);
    boolean cluster = CLUSTER_FIRST.indexOf(c) >= 0 && (next == 'ร' || next == 'ล' || next == 'ว');
    return consonant(c)
        && c != 'ห'
        && c != 'อ'
        && !cluster
        && !(next == 'ร' && "ศสซท".indexOf(c) >= 0)
        && consonant(next)
        && "ิีื็".indexOf(at(j + 2)) >= 0;
  }

  private char at(int j) {
    return j >= 0 && j < text.length() ? text.charAt(j) : '\0';
  }

  private static boolean consonant(char c) {
    return c >= 'ก' && c <= 'ฮ';
  }

  private static boolean vowelSign(char c) {
    return FOLLOWING_VOWELS.indexOf(c) >= 0;
  }
}
