package org.mekong.server.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The synthetic people, places and payloads of the demo's border story. */
final class BorderPeople {

  /** A person Thailand expelled after their return from Myawaddy. */
  record Returnee(
      List<String> names,
      String mrzSurname,
      String mrzGivenNames,
      LocalDate birthDate,
      String nationality,
      String passport,
      String order,
      String receivingAuthority) {

    Map<String, Object> person() {
      return Map.of(
          "names",
          names,
          "birthDate",
          birthDate.toString(),
          "nationality",
          nationality,
          "sex",
          "M",
          "documents",
          List.of(Map.of("issuingState", nationality, "number", passport)));
    }
  }

  static final LocalDate ORDER_DATE = LocalDate.parse("2026-11-20");
  static final LocalDate BAN_EXPIRY = LocalDate.parse("2031-11-19");

  static final List<Returnee> RETURNEES =
      List.of(
          new Returnee(
              List.of("ကျော်ဇော်ဝင်း", "Kyaw Zaw Win"),
              "WIN",
              "KYAW ZAW",
              LocalDate.parse("1994-03-12"),
              "MMR",
              "MD4410273",
              "TK 0412/2569",
              "Myanmar Immigration, Myawaddy"),
          new Returnee(
              List.of("王志强", "Wang Zhiqiang"),
              "WANG",
              "ZHIQIANG",
              LocalDate.parse("1989-08-02"),
              "CHN",
              "EJ5827361",
              "TK 0413/2569",
              "Ministry of Public Security, Kunming"),
          new Returnee(
              List.of("Nguyễn Văn Hùng", "Nguyen Van Hung"),
              "NGUYEN",
              "VAN HUNG",
              LocalDate.parse("1997-01-25"),
              "VNM",
              "C4872615",
              "TK 0414/2569",
              "Immigration Department, Hanoi"));

  static final List<String> BOSS_NAMES = List.of("Saw Min Thu", "စောမင်းသူ");
  static final String NOTICE_DRAFTER = "Li Wei";
  static final String NOTICE_REVIEWER = "Zhang Min";

  /** The boss's name as a Thai officer types it. */
  static final Map<String, String> BOSS_TYPED_IN_THAI =
      Map.of(
          "surname", "มิน ตู", "givenNames", "ซอ", "birthDate", "1971-06-09", "nationality", "MMR");

  static final List<String> CELL_SITES =
      List.of("520-03-4101-1203381", "520-03-4101-1203382", "520-01-7720-880415");
  static final List<String> IP_RANGES = List.of("203.0.113.0/24", "198.51.100.64/26");

  private BorderPeople() {}

  /** China's wanted notice, shown to the Thai agencies named. */
  static Map<String, Object> wantedNotice(String... recipients) {
    return Map.of(
        "marking",
        Map.of("tlp", "amber", "recipients", List.of(recipients)),
        "record",
        Map.of(
            "colour", "wanted",
            "person",
                Map.of(
                    "names", BOSS_NAMES,
                    "birthDate", "1971-06-09",
                    "nationality", "MMR",
                    "sex", "M"),
            "title", "Wanted: boss of a scam compound in Myawaddy",
            "summary", "Runs a scam compound in Myawaddy; arrest and inform the issuing agency",
            "legalBasis", "Criminal Law of the PRC, article 266 (fraud); arrest warrant 2026-117",
            "drafter", NOTICE_DRAFTER));
  }

  /** An urgent freeze of two mule accounts at the demo bank. */
  static Map<String, Object> freeze(String bank) {
    return Map.of(
        "recipient", bank,
        "kind", "freeze",
        "urgency", "urgent",
        "subject", "Freeze two mule accounts paid by the Myawaddy compound",
        "legalBasis", "Anti-Money Laundering Act B.E. 2542, section 48",
        "payload",
            Map.of(
                "accounts",
                List.of(
                    Map.of("type", "bank-account", "value", "TH:MEKHTHBK:7041185523"),
                    Map.of("type", "bank-account", "value", "TH:MEKHTHBK:7041190288"))));
  }

  /** A request to cut mobile and internet service to the compound. */
  static Map<String, Object> cutService(String operator) {
    return Map.of(
        "recipient", operator,
        "kind", "cut-service",
        "urgency", "high",
        "subject", "Cut mobile and internet service reaching the compound across the Moei",
        "legalBasis", "Emergency decree on technology crime B.E. 2566, section 6",
        "payload",
            Map.of(
                "area",
                "Scam compound on the Moei river opposite Mae Sot",
                "services",
                List.of("mobile", "internet"),
                "cellSites",
                CELL_SITES,
                "ipRanges",
                IP_RANGES));
  }
}
