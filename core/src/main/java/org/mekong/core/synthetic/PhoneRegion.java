package org.mekong.core.synthetic;

import java.util.List;

/** A country whose mobile numbers the synthetic world generates, with its numbering plan. */
public enum PhoneRegion {
  CN(
      "86",
      8,
      List.of(
          "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155",
          "156", "157", "158", "159", "166", "175", "176", "177", "178", "180", "181", "182", "183",
          "185", "186", "187", "188", "189", "191", "193", "195", "198", "199")),
  TH(
      "66",
      7,
      List.of(
          "61", "62", "63", "64", "65", "80", "81", "82", "83", "84", "85", "86", "87", "88", "89",
          "90", "91", "92", "93", "94", "95", "96", "97", "98", "99")),
  MM(
      "95",
      7,
      List.of(
          "925", "926", "940", "942", "944", "945", "975", "976", "977", "978", "979", "996",
          "997")),
  KH(
      "855",
      6,
      List.of(
          "10", "11", "12", "15", "16", "17", "61", "69", "70", "77", "78", "81", "85", "86", "87",
          "89", "92", "93", "95", "97", "98", "99")),
  LA("856", 7, List.of("202", "205", "207", "209")),
  VN(
      "84",
      7,
      List.of(
          "32", "33", "34", "35", "36", "37", "38", "39", "56", "58", "59", "70", "76", "77", "78",
          "79", "81", "82", "83", "84", "85", "86", "88", "90", "91", "93", "94", "96", "97",
          "98")),
  PH(
      "63",
      7,
      List.of(
          "905", "906", "915", "916", "917", "926", "927", "935", "936", "945", "953", "954", "955",
          "956", "965", "966", "967", "975", "977", "995", "997")),
  MY("60", 7, List.of("12", "16", "19"));

  private final String callingCode;
  private final int subscriberDigits;
  private final List<String> mobilePrefixes;

  PhoneRegion(String callingCode, int subscriberDigits, List<String> mobilePrefixes) {
    this.callingCode = callingCode;
    this.subscriberDigits = subscriberDigits;
    this.mobilePrefixes = mobilePrefixes;
  }

  /** The country calling code without {@code +}, e.g. {@code 66}. */
  public String callingCode() {
    return callingCode;
  }

  int subscriberDigits() {
    return subscriberDigits;
  }

  List<String> mobilePrefixes() {
    return mobilePrefixes;
  }
}
