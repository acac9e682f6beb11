package org.mekong.core.names;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Titles (dropped), honorifics that are also name elements (kept as weak tokens) and company forms
 * (kept as form tokens under a canonical Latin spelling, so that 有限公司, จำกัด and Ltd agree).
 */
final class Affixes {

  /** Latin-script titles, after case folding and transliteration; never compared. */
  static final Set<String> TITLES =
      Set.of(
          "mr",
          "mrs",
          "ms",
          "miss",
          "mx",
          "dr",
          "prof",
          "sir",
          "dame",
          "madam",
          "mme",
          "mlle",
          "herr",
          "frau",
          "rev",
          "hon",
          "capt",
          "col",
          "gen",
          "lt",
          "maj",
          "sgt",
          "khun",
          "nai",
          "nangsao",
          "xiansheng",
          "nushi",
          "xiaojie");

  /** Burmese honorifics (and Karen Saw/Naw) that are also used as parts of a full name. */
  static final Set<String> WEAK = Set.of("u", "daw", "ko", "ma", "saw", "naw", "mg", "maung");

  /** Latin company forms and their canonical spelling. */
  static final Map<String, String> LATIN_FORMS =
      Map.ofEntries(
          Map.entry("co", "co"),
          Map.entry("company", "co"),
          Map.entry("ltd", "ltd"),
          Map.entry("limited", "ltd"),
          Map.entry("inc", "inc"),
          Map.entry("incorporated", "inc"),
          Map.entry("corp", "corp"),
          Map.entry("corporation", "corp"),
          Map.entry("llc", "llc"),
          Map.entry("plc", "plc"),
          Map.entry("public", "plc"),
          Map.entry("pcl", "plc"),
          Map.entry("ag", "ag"),
          Map.entry("gmbh", "gmbh"),
          Map.entry("pte", "pte"),
          Map.entry("pty", "pty"),
          Map.entry("sdn", "sdn"),
          Map.entry("bhd", "bhd"),
          Map.entry("jsc", "jsc"),
          Map.entry("sa", "sa"),
          Map.entry("bv", "bv"),
          Map.entry("nv", "nv"),
          Map.entry("llp", "llp"),
          Map.entry("lp", "lp"),
          Map.entry("group", "group"),
          Map.entry("jituan", "group"),
          Map.entry("gongsi", "co"),
          Map.entry("youxian", "ltd"),
          Map.entry("youxiangongsi", "ltd"));

  /** Han titles, written after the name (王先生) or, rarely, before it. */
  static final List<String> HAN_TITLES = List.of("先生", "女士", "小姐", "太太", "夫人", "博士");

  /** Han company forms (simplified), longest first, with their canonical Latin form. */
  static final List<Map.Entry<String, String>> HAN_FORMS =
      List.of(
          Map.entry("股份有限公司", "ltd"),
          Map.entry("有限责任公司", "ltd"),
          Map.entry("有限公司", "ltd"),
          Map.entry("集团", "group"),
          Map.entry("公司", "co"));

  /** Thai titles written before the name, without a space (นายสมชาย). */
  static final List<String> THAI_TITLES =
      List.of("นางสาว", "นาย", "นาง", "ด.ช.", "ด.ญ.", "คุณ", "ดร.");

  /** Thai company forms: บริษัท … จำกัด (มหาชน). */
  static final Map<String, String> THAI_FORMS =
      Map.of("บริษัท", "co", "จำกัด", "ltd", "มหาชน", "plc", "ห้างหุ้นส่วน", "lp");

  /**
   * Chinese places (simplified, then pinyin) that open many company names (深圳华信科技 = Huaxin
   * Technology of Shenzhen): weak tokens at the start of an organisation's name, since lists often
   * leave them out.
   */
  static final Map<String, String> HAN_PLACES =
      Map.ofEntries(
          Map.entry("北京", "beijing"),
          Map.entry("上海", "shanghai"),
          Map.entry("天津", "tianjin"),
          Map.entry("重庆", "chongqing"),
          Map.entry("深圳", "shenzhen"),
          Map.entry("广州", "guangzhou"),
          Map.entry("杭州", "hangzhou"),
          Map.entry("南京", "nanjing"),
          Map.entry("厦门", "xiamen"),
          Map.entry("福州", "fuzhou"),
          Map.entry("昆明", "kunming"),
          Map.entry("南宁", "nanning"),
          Map.entry("成都", "chengdu"),
          Map.entry("武汉", "wuhan"),
          Map.entry("西安", "xian"),
          Map.entry("香港", "xianggang"),
          Map.entry("澳门", "aomen"),
          Map.entry("广东", "guangdong"),
          Map.entry("广西", "guangxi"),
          Map.entry("云南", "yunnan"),
          Map.entry("福建", "fujian"),
          Map.entry("浙江", "zhejiang"),
          Map.entry("江苏", "jiangsu"));

  /** Known two-character Chinese family names (simplified). */
  static final Set<String> COMPOUND_SURNAMES =
      Set.of(
          "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "轩辕", "令狐",
          "端木", "独孤", "南宫", "西门", "澹台", "申屠", "太史");

  private Affixes() {}

  static Optional<String> latinForm(String latin) {
    return Optional.ofNullable(LATIN_FORMS.get(latin));
  }
}
