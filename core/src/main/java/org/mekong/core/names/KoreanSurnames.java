package org.mekong.core.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The common Korean family names with the spellings they are found under (Revised Romanization,
 * McCune–Reischauer and the irregular spellings families keep: 이 is Lee, Yi, Rhee and Ri; 박 is
 * Park, Pak and Bak), written in Hangul or Hanja. Each family name is one bit of a mask: two tokens
 * name the same Korean family when their masks share a bit, and different families when both have a
 * mask and they share none (Choi is not Cho). A spelling may belong to several (Chun: 전 and 천). The
 * table is in docs/names.md.
 */
final class KoreanSurnames {

  /**
   * Hangul, Hanja (traditional and simplified), then the Latin spellings of each family name, the
   * usual one first.
   */
  private static final List<String> TABLE =
      List.of(
          "이 李 lee i yi rhee ri li yee rie",
          "박 朴 park bak bag pak bahk",
          "최 崔 choi choe chwe choy",
          "김 金 kim gim",
          "정 鄭郑 jung jeong chung joung cheong chong",
          "강 姜 kang gang",
          "조 趙赵 cho jo joh",
          "윤 尹 yoon yun youn",
          "신 申 shin sin",
          "임 林 lim im rim yim",
          "노 盧卢 roh no noh ro",
          "장 張张 jang chang",
          "한 韓韩 han",
          "오 吳吴 o oh",
          "서 徐 suh seo seoh",
          "권 權权 kwon gwon",
          "황 黃黄 hwang",
          "안 安 ahn an",
          "송 宋 song",
          "류 柳劉刘 yoo ryu yu ryoo lyu you",
          "홍 洪 hong",
          "전 全 chun jeon jun chon",
          "고 高 ko go koh",
          "문 文 moon mun",
          "양 梁 yang ryang",
          "손 孫孙 sohn son",
          "배 裵 bae pae",
          "백 白 baek baeg paik baik paek",
          "허 許许 hur heo huh",
          "남 南 nam",
          "심 沈 shim sim",
          "하 河 ha",
          "곽 郭 kwak gwak gwag",
          "성 成 sung seong",
          "차 車车 cha",
          "주 朱 joo ju",
          "구 具 koo gu ku",
          "민 閔闵 min",
          "진 陳陈 jin chin",
          "지 池 ji chi",
          "엄 嚴严 uhm eom um",
          "채 蔡 chae",
          "원 元 won",
          "천 千 chun cheon",
          "방 方 bang",
          "공 孔 kong gong",
          "현 玄 hyun hyeon",
          "변 卞 byun byeon pyun",
          "염 廉 yum yeom",
          "여 呂吕 yeo",
          "추 秋 choo chu",
          "도 都 doh do",
          "석 石 suk seok seog",
          "설 薛 sul seol",
          "길 吉 kil gil",
          "표 表 pyo",
          "명 明 myung myeong",
          "기 奇 ki gi",
          "반 潘 ban",
          "왕 王 wang",
          "금 琴 keum geum",
          "육 陸陆 yook yuk");

  private static final String[] USUAL = new String[TABLE.size()];
  private static final Map<String, Long> SCRIPT = new HashMap<>();
  private static final Map<String, Long> LATIN = new HashMap<>();

  static {
    for (int bit = 0; bit < TABLE.size(); bit++) {
      String[] fields = TABLE.get(bit).split(" ");
      long mask = 1L << bit;
      USUAL[bit] = fields[2];
      SCRIPT.merge(fields[0], mask, (a, b) -> a | b);
      fields[1]
          .codePoints()
          .forEach(c -> SCRIPT.merge(Character.toString(c), mask, (a, b) -> a | b));
      for (int i = 2; i < fields.length; i++) {
        LATIN.merge(fields[i], mask, (a, b) -> a | b);
      }
    }
  }

  private KoreanSurnames() {}

  /** The usual spelling of each family in a mask: Park for 박 (Bak, Pak). */
  static List<String> usualSpellings(long mask) {
    if (mask == 0) {
      return List.of();
    }
    List<String> spellings = new ArrayList<>(Long.bitCount(mask));
    for (long m = mask; m != 0; m &= m - 1) {
      spellings.add(USUAL[Long.numberOfTrailingZeros(m)]);
    }
    return spellings;
  }

  /** The families a token may name: by its original when Hangul or Hanja, else by its Latin. */
  static long mask(String original, String latin) {
    Long byScript = SCRIPT.get(original);
    if (byScript != null) {
      return byScript;
    }
    Long byLatin = LATIN.get(latin);
    return byLatin == null ? 0 : byLatin;
  }
}
