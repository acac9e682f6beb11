package org.mekong.core.names;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Cantonese readings of the Chinese characters common in Hong Kong and Macau names, in Jyutping
 * (the Linguistic Society of Hong Kong's romanisation, tones left out), and the spelling Hong Kong
 * registries derive from them (陳大文 can daai man → Chan Tai Man). A key then absorbs the usual
 * variants of that spelling: Tsang = Chang, Sze = Si, Tsz = Chi, Chow = Chau, Lee = Lei = Li, Yee =
 * Yi, Kar = Ka, Wah = Wa, Law = Lo, Lum = Lam, Yuen = Yun, Ip = Yip. The table covers about 100
 * family names and 300 characters of given names; a name with a character outside it is not read in
 * Cantonese. Readings and rules are in docs/names.md.
 */
final class CantoneseReadings {

  /** Traditional characters, each followed by its Jyutping reading without tone. */
  private static final String TABLE =
      """
      陳can 李lei 張zoeng 黃wong 王wong 梁loeng 林lam 劉lau 吳ng 何ho 郭gwok 鄭zeng 馬maa 羅lo
      謝ze 麥mak 蔡coi 葉jip 胡wu 楊joeng 朱zyu 周zau 鄧dang 許heoi 曾zang 彭paang 蕭siu 潘pun
      袁jyun 余jyu 盧lou 呂leoi 蘇sou 鍾zung 鄺kwong 區au 歐au 莫mok 杜dou 廖liu 江gong 洪hung
      曹cou 方fong 范faan 湯tong 嚴jim 石sek 姚jiu 譚taam 伍ng 施si 關gwaan 趙ziu 孫syun 馮fung
      龔gung 高gou 阮jyun 顧gu 崔ceoi 程cing 戴daai 溫wan 韓hon 雷leoi 簡gaan 梅mui 文man 岑sam
      侯hau 邱jau 丘jau 姜goeng 秦ceon 賴laai 龍lung 萬maan 傅fu 駱lok 黎lai 任jam 鄒zau 田tin
      易ji 翁jung 魏ngai 宋sung 白baak 尹wan 徐ceoi 霍fok 邵siu 鮑baau 甘gam 凌ling 聶nip 古gu
      柯o 游jau 卓coek 冼sin 植zik 湛zaam 車ce 容jung 翟zaak 薛sit 尤jau 倪ngai 殷jan 紀gei
      金gam 利lei 唐tong 董dung 毛mou 汪wong 夏haa 費fai 賀ho 熊hung 孔hung 包baau 陸luk 葛got
      韋wai 史si 顏ngaan 沈sam 饒jiu 祝zuk 勞lou 莊zong 童tung 蒙mung 苗miu 藍laam 連lin 練lin
      柳lau 司si 徒tou 招ziu 蔣zoeng 鄔wu 談taam 邢jing 樊faan 戚cik 祁kei 左zo 盛sing
      大daai 小siu 明ming 偉wai 國gwok 華waa 志zi 強koeng 家gaa 嘉gaa 俊zeon 健gin 建gin 德dak
      輝fai 豪hou 傑git 杰git 兒ji 美mei 玲ling 麗lai 芬fan 珍zan 儀ji 欣jan 穎wing 詩si 慧wai
      敏man 婷ting 雅ngaa 淑suk 秀sau 英jing 燕jin 鳳fung 霞haa 紅hung 少siu 子zi 永wing 榮wing
      耀jiu 光gwong 成sing 誠sing 興hing 發faat 達daat 銘ming 鳴ming 昌coeng 祥coeng 雄hung
      鴻hung 雲wan 潤jeon 倫leon 麟leon 峰fung 鋒fung 暉fai 海hoi 浩hou 忠zung 中zung 宗zung
      東dung 冬dung 南naam 天tin 添tim 智zi 世sai 仁jan 人jan 心sam 深sam 森sam 新san 信seon
      順seon 進zeon 振zan 真zan 貞zing 正zing 晶zing 靜zing 清cing 青cing 慶hing 玉juk 如jyu
      宇jyu 雨jyu 裕jyu 兆siu 詠wing 泳wing 坤kwan 群kwan 君gwan 軍gwan 均gwan 佳gaai 加gaa
      基gei 琪kei 琦kei 淇kei 其kei 棋kei 麒kei 啟kai 潔git 芷zi 芝zi 梓zi 姿zi 思si 斯si 時si
      樹syu 書syu 舒syu 修sau 壽sau 寶bou 保bou 邦bong 彬ban 斌ban 賓ban 炳bing 冰bing 兵bing
      碧bik 波bo 博bok 柏paak 佩pui 沛pui 培pui 鵬paang 萍ping 平ping 莉lei 琳lam 霖lam 蓮lin
      良loeng 亮loeng 樂lok 朗long 力lik 立lap 禮lai 來loi 蘭laan 嵐laam 露lou 路lou 倩sin
      善sin 仙sin 先sin 笑siu 瑞seoi 翠ceoi 聰cung 松cung 頌zung 長coeng 翔coeng 彩coi 才coi
      財coi 迪dik 定ding 丁ding 鼎ding 多do 敦deon 棟dung 芳fong 飛fei 菲fei 富fu 福fuk 恆hang
      姬gei 希hei 喜hei 熙hei 康hong 好hou 皓hou 可ho 河ho 俠hap 孝haau 漢hon 翰hon 行hang
      衡hang 開hoi 凱hoi 愷hoi 顯hin 軒hin 賢jin 然jin 妍jin 艷jim 恩jan 因jan 茵jan 盈jing
      瑩jing 影jing 迎jing 若joek 瑤jiu 堯jiu 友jau 有jau 佑jau 祐jau 悠jau 允wan 韻wan 芸wan
      運wan 雯man 民man 聞man 曼maan 媚mei 薇mei 微mei 妙miu 茂mau 妹mui 慕mou 木muk 穆muk
      寧ning 妮nei 娜naa 年nin 念nim 愛oi 安on 婉jyun 媛wun 遠jyun 源jyun 元jyun 原jyun 圓jyun
      苑jyun 宣syun 雪syut 珊saan 山saan 生sang 勝sing 星sing 聲sing 承sing 城sing 錫sek 燊san
      申san 宏wang 弘wang 威wai 維wai 惠wai 蕙wai 煒wai 瑋wai 衛wai 懷waai 環waan 煥wun 和wo
      活wut 旺wong 煌wong 鑫jam 音jam 蔭jam 逸jat 一jat 悅jyut 月jyut 越jyut 澤zaak 則zak
      哲zit 捷zit 仔zai 祖zou 爵zoek 駿zeon 展zin 昭ciu 超ciu 朝ciu 秋cau 創cong 暢coeng 楚co
      初co 川cyun 泉cyun 全cyun 傳cyun 春ceon 純seon 叔suk 素sou 燦caan 桂gwai 貴gwai 季gwai
      昆kwan 堅gin 劍gim 錦gam 敬ging 景ging 京ging 經ging 勁ging 嬌giu 橋kiu 喬kiu 權kyun
      娟gyun 嬋sim 秉bing 鈺juk 育juk 旭juk 豐fung 風fung 楓fung 逢fung 藝ngai 毅ngai 岸ngon
      昂ngong 傲ngou 五ng 午ng 娥ngo 霆ting 學hok 彥jin 厚hau 鏵waa 亨hang 馳ci 曉hiu 沖cung
      """;

  /** Jyutping initials, two-letter ones first, each with its Hong Kong spelling. */
  private static final String[][] INITIALS = {
    {"gw", "kw"}, {"kw", "kw"}, {"ng", "ng"}, {"b", "p"}, {"p", "p"}, {"m", "m"}, {"f", "f"},
    {"d", "t"}, {"t", "t"}, {"n", "n"}, {"l", "l"}, {"g", "k"}, {"k", "k"}, {"h", "h"},
    {"w", "w"}, {"z", "ch"}, {"c", "ch"}, {"s", "s"}, {"j", "y"}
  };

  /** Jyutping finals whose Hong Kong spelling differs. */
  private static final Map<String, String> FINALS =
      Map.ofEntries(
          Map.entry("aa", "a"),
          Map.entry("aai", "ai"),
          Map.entry("aau", "au"),
          Map.entry("aam", "am"),
          Map.entry("aan", "an"),
          Map.entry("aang", "ang"),
          Map.entry("aap", "ap"),
          Map.entry("aat", "at"),
          Map.entry("aak", "ak"),
          Map.entry("ou", "o"),
          Map.entry("oeng", "eung"),
          Map.entry("oek", "euk"),
          Map.entry("eoi", "ui"),
          Map.entry("eon", "un"),
          Map.entry("eot", "ut"),
          Map.entry("yu", "u"),
          Map.entry("yun", "uen"),
          Map.entry("yut", "uet"));

  private static final Map<String, String> SPELLING = new HashMap<>();

  static {
    for (String entry : TABLE.strip().split("\\s+")) {
      int split = entry.offsetByCodePoints(0, 1);
      String character = entry.substring(0, split);
      String spelling = spelling(entry.substring(split));
      SPELLING.putIfAbsent(Transliteration.simplified(character), spelling);
      SPELLING.putIfAbsent(character, spelling);
    }
  }

  private CantoneseReadings() {}

  /** The Hong Kong spelling of every character of {@code han}, joined; empty if one is unknown. */
  static Optional<String> spelling(CharSequence han, boolean keyed) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < han.length(); i = Character.offsetByCodePoints(han, i, 1)) {
      String c = han.subSequence(i, Character.offsetByCodePoints(han, i, 1)).toString();
      String spelling = SPELLING.get(c);
      if (spelling == null) {
        return Optional.empty();
      }
      out.append(keyed ? key(spelling) : spelling);
    }
    return out.isEmpty() ? Optional.empty() : Optional.of(out.toString());
  }

  /** The Hong Kong spelling of one Jyutping syllable: daai → tai, zoeng → cheung, jyun → yuen. */
  static String spelling(String jyutping) {
    if (jyutping.equals("ng") || jyutping.equals("m")) {
      return jyutping; // a syllable of its own: 吳 Ng
    }
    for (String[] initial : INITIALS) {
      if (jyutping.startsWith(initial[0]) && jyutping.length() > initial[0].length()) {
        String fin = jyutping.substring(initial[0].length());
        return initial[1] + FINALS.getOrDefault(fin, fin);
      }
    }
    return FINALS.getOrDefault(jyutping, jyutping);
  }

  /** The key of a Hong Kong or Macau spelling (lower-case letters), in which variants meet. */
  static String key(String latin) {
    String s = latin.replace("tsz", "chi").replace("tze", "chi").replace("sze", "si");
    s = s.replace("sz", "si").replace("ts", "ch").replace("tz", "ch").replace("j", "ch");
    s = s.replace("sh", "s").replace("ow", "au").replace("oo", "u").replace("ee", "i");
    s = s.replace("ei", "i").replace("eong", "eung").replace("yue", "yu").replace("uen", "un");
    s = s.replace("uet", "ut").replace("eui", "ui").replace("yi", "i").replace("yu", "u");
    s = s.replace("ou", "o").replace("aw", "o").replace("um", "am");
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean afterVowel = i > 0 && "aeiou".indexOf(s.charAt(i - 1)) >= 0;
      boolean beforeVowel = i + 1 < s.length() && "aeiouy".indexOf(s.charAt(i + 1)) >= 0;
      if ((c == 'h' || c == 'r') && afterVowel && !beforeVowel) {
        continue; // Wah = Wa, Kar = Ka, Ngor = Ngo
      }
      out.append(c);
    }
    return out.toString();
  }
}
