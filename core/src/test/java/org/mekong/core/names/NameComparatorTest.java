package org.mekong.core.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameComparatorTest {

  private static Comparison person(String a, String b) {
    return NameComparator.compare(Schema.PERSON, a, b);
  }

  private static Comparison company(String a, String b) {
    return NameComparator.compare(Schema.COMPANY, a, b);
  }

  @Test
  void theChineseVictimsFiveSpellingsAllMatchEachOther() {
    List<String> spellings =
        List.of(
            "王小红", "WANG XIAOHONG", "Wang Hsiao-hung", "Xiao Hong Wang", "王小紅", "Wang Xiao-hong");
    for (String a : spellings) {
      for (String b : spellings) {
        assertThat(person(a, b).match()).as("%s ~ %s: %s", a, b, person(a, b)).isTrue();
      }
    }
  }

  @Test
  void explanationsSayHowTokensAligned() {
    assertThat(person("王小红", "Xiao Hong Wang").explanation())
        .isEqualTo("王→wang=wang transliterated; 小红→xiaohong=xiao+hong fused; order differs");
    assertThat(person("Wang Xiaohong", "Wang Hsiao-hung").explanation())
        .isEqualTo("wang=wang exact; xiaohong=hsiao+hung fused, romanisation");
    assertThat(person("Mr. John Smith", "J. Smith").explanation())
        .isEqualTo("john=j initial; smith=smith exact");
  }

  @Test
  void theKarenBossMatchesInLatinThaiAndBurmeseScript() {
    assertThat(person("Saw Chit Thu", "SAW CHIT THU").score()).isEqualTo(1.0);
    Comparison thai = person("Saw Chit Thu", "ซอ ชิต ตู");
    assertThat(thai.match()).as("%s", thai).isTrue();
    Comparison burmese = person("Saw Chit Thu", "စောချစ်သူ");
    assertThat(burmese.match()).as("%s", burmese).isTrue();
    assertThat(person("ซอ ชิต ตู", "စောချစ်သူ").match()).isTrue();
  }

  @Test
  void thaiScriptMatchesRtgsAndInformalSpellingsButNotAnotherCompoundName() {
    assertThat(person("สมชาย ใจดี", "Somchay Jaidee").match()).isTrue();
    assertThat(person("ยิ่งลักษณ์ ชินวัตร", "Yingluck Shinawatra").match()).isTrue();
    assertThat(person("นายธนากร มีสุข", "THANAKON MISUK").match()).isTrue();
    assertThat(person("Arun Chinnawat", "Arun Shinawatra").explanation())
        .contains("chinnawat=shinawatra Thai romanisation");
    assertThat(person("วันชัย ศรีวงศ์", "Wanchat Siwong").match()).isFalse();
    assertThat(person("สมพร ทองดี", "Somphong Thongdi").match()).isFalse();
  }

  @Test
  void hongKongSpellingsMatchTheCharactersReadInCantonese() {
    Comparison chan = person("陳大文", "Chan Tai Man");
    assertThat(chan.match()).as("%s", chan).isTrue();
    assertThat(chan.explanation()).endsWith("characters read in Cantonese");
    assertThat(person("陈大文", "CHAN, Tai-man").match()).isTrue();
    assertThat(person("周潤發", "Chow Yun-fat").match()).isTrue();
    assertThat(person("吳志強", "Ng Chi Keung").match()).isTrue();
    assertThat(person("陳大文", "Chan Tai Ming").match()).isFalse();
    // one reading for the whole name: a Mandarin family name with a Cantonese given name is another
    assertThat(person("王文", "Wong Man").match()).isTrue();
    assertThat(person("王文", "Wang Man").match()).isFalse();
  }

  @Test
  void aHanFamilyNameMaIsNotTheBurmeseHonorific() {
    assertThat(person("马时亨", "Ma Si-hang").explanation()).doesNotContain("honorific");
  }

  @Test
  void koreanFamilyNamesMatchTheirIrregularSpellingsAndNoOtherFamily() {
    for (String[] pair :
        new String[][] {
          {"이민호", "Lee Min-ho"},
          {"Lee Min-ho", "Yi Min-ho"},
          {"Rhee Syng-man", "Yi Seung-man"},
          {"박지성", "Park Ji-sung"},
          {"Park Geun-hye", "Bak Geun-hye"},
          {"최민수", "Choi Min-su"},
          {"Choi Min-su", "Choe Min-su"},
          {"Kim Yu-na", "Gim Yu-na"},
          {"Jung Woo-sung", "Jeong Woo-sung"},
          {"Kang Ho-dong", "Gang Ho-dong"},
          {"Cho Yong-pil", "Jo Yong-pil"},
          {"Yoon Suk-yeol", "Yun Suk-yeol"},
          {"임종석", "Lim Jong-seok"},
          {"Lim Soo-jung", "Rim Soo-jung"}
        }) {
      assertThat(person(pair[0], pair[1]).match()).as("%s", List.of(pair)).isTrue();
    }
    assertThat(person("Choi Ji-woo", "Cho Ji-woo").match()).isFalse();
    assertThat(person("Jung Ho-yeon", "Jang Ho-yeon").match()).isFalse();
    assertThat(person("Song Hye-kyo", "Sung Hye-kyo").match()).isFalse();
    // Sung and Song are one Chinese family name (宋) in Wade-Giles and pinyin
    assertThat(person("Sung Mei-ling", "Song Meiling").match()).isTrue();
  }

  @Test
  void burmeseHonorificsWeighLittleButStillCount() {
    assertThat(person("Saw Chit Thu", "Chit Thu").match()).isTrue();
    assertThat(person("Saw Chit Thu", "Chit Thu").score())
        .isLessThan(person("Saw Chit Thu", "Saw Chit Thu").score());
    assertThat(person("U Win Myint", "Daw Win Myint").explanation()).contains("(honorific)");
  }

  @Test
  void aBurmeseSyllableWithADotBelowBeforeItsAsatStaysWhole() {
    assertThat(person("U Win Myint", "ဦးဝင်းမြင့်").explanation())
        .contains("win=ဝင်း→win transliterated", "မြင့်→myang unmatched in name 2");
  }

  @Test
  void titlesAreIgnored() {
    assertThat(person("Mr. John Smith", "John Smith").score()).isEqualTo(1.0);
    assertThat(person("Dr John Smith", "Mrs. John Smith").score()).isEqualTo(1.0);
    assertThat(person("นายสมชาย ใจดี", "สมชาย ใจดี").score()).isEqualTo(1.0);
    assertThat(person("王先生", "王").score()).isEqualTo(1.0);
  }

  @Test
  void companyFormsAreComparedApartWithALowWeight() {
    Comparison yatai =
        company("Yatai International Holding Group Co., Ltd.", "Yatai International Holding Group");
    assertThat(yatai.match()).as("%s", yatai).isTrue();
    assertThat(yatai.explanation()).contains("co (form) unmatched in name 1");
    assertThat(company("Alpha Co., Ltd.", "Beta Co., Ltd.").match()).isFalse();
    assertThat(company("亚太集团有限公司", "亚太").match()).isTrue();
    assertThat(company("บริษัท ไทย จำกัด", "Thai Co Ltd").explanation()).contains("(form)");
  }

  @Test
  void clearNonMatches() {
    assertThat(person("王小红", "李小红").match()).isFalse();
    assertThat(person("John Smith", "Jane Smithson").match()).isFalse();
    assertThat(person("Wang Wei", "Wang Wen").match()).isFalse();
  }

  @Test
  void typosAndInitials() {
    assertThat(person("Jonh Smith", "John Smith").match()).isTrue();
    assertThat(person("J. Smith", "John Smith").match()).isTrue();
  }

  @Test
  void otherScriptsAreTransliterated() {
    assertThat(person("Иван Петров", "Ivan Petrov").score()).isEqualTo(1.0);
    assertThat(person("Nguyễn Văn Đức", "NGUYEN VAN DUC").score()).isEqualTo(1.0);
    assertThat(person("ＷＡＮＧ　Ｗｅｉ", "wang wei").score()).isEqualTo(1.0);
  }

  @Test
  void badNamesAreRejectedWithAReason() {
    assertThat(NameComparator.rejection(Schema.PERSON, " ")).contains("the name is empty");
    assertThat(NameComparator.rejection(Schema.PERSON, "Mr. Dr."))
        .contains("the name has nothing to compare once titles and company forms are set aside");
    assertThat(NameComparator.rejection(Schema.COMPANY, "Co., Ltd.")).isPresent();
    assertThat(NameComparator.rejection(Schema.PERSON, "a\u0000b"))
        .contains("the name contains control characters");
    assertThat(NameComparator.rejection(Schema.PERSON, "x".repeat(1001))).isPresent();
    assertThat(NameComparator.rejection(Schema.PERSON, "王小红")).isEmpty();
    assertThatThrownBy(() -> person("", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name1: the name is empty");
  }
}
