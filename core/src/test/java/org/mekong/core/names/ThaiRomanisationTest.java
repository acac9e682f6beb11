package org.mekong.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Thai script read as RTGS, and the key under which informal spellings meet it. */
class ThaiRomanisationTest {

  private static void reads(String thai, String rtgs) {
    assertThat(ThaiRomanisation.rtgs(thai)).as(thai).isEqualTo(rtgs);
  }

  @Test
  void implicitVowelsAreSuppliedBetweenAndBeforeConsonants() {
    reads("สมชาย", "somchai");
    reads("ธนากร", "thanakon");
    reads("นิพนธ์", "niphon"); // ni-phon, not nip-na
    reads("วงศ์สวัสดิ์", "wongsawat");
    reads("สมพร", "somphon");
  }

  @Test
  void leadingVowelsAreReadAfterTheirConsonant() {
    reads("ใจดี", "chaidi");
    reads("แสงทอง", "saengthong");
    reads("รุ่งเรือง", "rungrueang");
    reads("ประเสริฐ", "prasoet");
    reads("เฉลิม", "chaloem");
    reads("เสถียร", "sathian");
  }

  @Test
  void silentLettersAndSilentFinalConsonantsAreDropped() {
    reads("สมศักดิ์", "somsak");
    reads("ยิ่งลักษณ์", "yinglak");
    reads("จันทร์โอชา", "chanocha");
    reads("ประวิตร", "prawit");
    reads("ไทย", "thai");
    reads("สมบัติ", "sombat");
  }

  @Test
  void clustersSilentHoHipAndTheLeadingOAreRead() {
    reads("ศรีสุข", "sisuk");
    reads("ประยุทธ์", "prayut");
    reads("สมหญิง", "somying");
    reads("หมอ", "mo");
    reads("อยู่บำรุง", "yubamrung");
    reads("นฤมล", "naruemon");
    reads("สุวรรณ", "suwan");
  }

  @Test
  void sarAmSplitByNfkcIsReadAsOneVowel() {
    String folded = Transliteration.fold("อำนาจ");
    assertThat(folded).isNotEqualTo("อำนาจ");
    reads(folded, "amnat");
  }

  @Test
  void informalSpellingsShareTheKeyOfTheirRtgsForm() {
    assertThat(ThaiSpelling.key("jaidee")).isEqualTo(ThaiSpelling.key("chaidi"));
    assertThat(ThaiSpelling.key("shinawatra")).isEqualTo(ThaiSpelling.key("chinnawat"));
    assertThat(ThaiSpelling.key("thanakorn")).isEqualTo(ThaiSpelling.key("thanakon"));
    assertThat(ThaiSpelling.key("prasert")).isEqualTo(ThaiSpelling.key("prasoet"));
    assertThat(ThaiSpelling.key("boonmee")).isEqualTo(ThaiSpelling.key("bunmi"));
    assertThat(ThaiSpelling.key("surapol")).isEqualTo(ThaiSpelling.key("suraphon"));
    assertThat(ThaiSpelling.key("wanchai")).isNotEqualTo(ThaiSpelling.key("wanchat"));
    assertThat(ThaiSpelling.sameButImplicitA("cinwat", "cinawat")).isTrue();
    assertThat(ThaiSpelling.sameButImplicitA("cinwat", "cinwata")).isFalse();
  }
}
