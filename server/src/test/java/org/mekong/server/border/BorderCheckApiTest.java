package org.mekong.server.border;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mekong.core.border.mrz.MrzComposer;
import org.mekong.core.border.mrz.MrzDocument;
import org.mekong.core.border.mrz.MrzFormat;
import org.mekong.core.border.mrz.Sex;
import org.mekong.server.legal.LegalFixtures;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;
import tools.jackson.databind.JsonNode;

/**
 * Traveller checks through a real node: a zone or typed fields screened against entry bans, notices
 * and legal actions the officer's agency may see; every hit explained; the officer's decision
 * recorded once and audited.
 */
class BorderCheckApiTest {

  private static final String GREEN = "{\"tlp\": \"green\"}";
  private static final String CHECKS = "/api/v1/border/checks";

  private static SeededNode seeded;
  private static Http http;
  private static String immigration;
  private static String noticeId;

  @BeforeAll
  static void listed() {
    seeded = TestNodes.shared();
    http = seeded.http();
    immigration = seeded.keyOf("th-immigration");
    LegalFixtures.create(
        seeded,
        "th-immigration",
        "/api/v1/entry-bans",
        LegalFixtures.ban(
            LegalFixtures.person("\"Kyaw Zin Thant\"", "1990-05-17", "MMR", "MA1234567"),
            GREEN,
            "2036-01-01"));
    String boss =
        """
        {"names": ["Saw Chit Thu"], "birthDate": "1973-04-21", "nationality": "MMR"}""";
    noticeId =
        LegalFixtures.create(
                seeded,
                "cn-mps-afc",
                "/api/v1/notices",
                LegalFixtures.notice(
                    "wanted",
                    boss,
                    "{\"tlp\": \"amber\", \"recipients\": [\"th-immigration\"]}",
                    ", \"legalBasis\": \"Arrest warrant 2026-117, Beijing\""))
            .get("id")
            .asString();
  }

  private static String zone(String surname, String given, String number, LocalDate expiry) {
    return MrzComposer.compose(
        new MrzDocument(
            MrzFormat.TD3,
            "P",
            "MMR",
            number,
            "MMR",
            LocalDate.parse("1990-05-17"),
            Sex.MALE,
            expiry,
            surname,
            given,
            "",
            null,
            List.of()));
  }

  private static Http.Response check(String key, String body) {
    return http.post(CHECKS, key, body);
  }

  private static String mrz(String zone) {
    return "{\"mrz\": \"" + zone.replace(" ", "\\n") + "\"}";
  }

  @Test
  void aPassportOfABannedTravellerHitsTheBanCertainlyWithTheActionToTake() {
    Http.Response response =
        check(
            immigration,
            mrz(zone("KYAW", "ZIN THANT", "MA1234567", LocalDate.parse("2030-01-01"))));
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    JsonNode answer = response.json();
    assertThat(answer.get("id").asString()).isNotBlank();
    assertThat(answer.get("document").get("valid").asBoolean()).isTrue();
    assertThat(answer.get("document").get("format").asString()).isEqualTo("TD3");
    assertThat(answer.get("hit").asBoolean()).isTrue();
    JsonNode hit = answer.get("hits").get(0);
    assertThat(hit.get("recordType").asString()).isEqualTo("entry-ban");
    assertThat(hit.get("issuer").asString()).isEqualTo("th-immigration");
    assertThat(hit.get("strength").asString()).isEqualTo("certain");
    assertThat(hit.get("actionOnHit").asString()).isEqualTo("refuse entry");
    assertThat(hit.get("reasons").get(0).asString()).contains("same document: MMR MA1234567");
    assertThat(hit.get("summary").asString()).contains("IB 77/2569");
  }

  @Test
  void theOfficersDecisionIsRecordedOnceAndAudited() {
    String id =
        check(
                immigration,
                mrz(zone("KYAW", "ZIN THANT", "MA1234567", LocalDate.parse("2030-01-01"))))
            .json()
            .get("id")
            .asString();
    Http.Response unknown =
        http.post(CHECKS + "/" + id + "/decision", immigration, "{\"decision\": \"deported\"}");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().get("detail").asString()).startsWith("'decision'");
    assertThat(
            http.post(
                    CHECKS + "/" + id + "/decision",
                    seeded.keyOf("th-ccib"),
                    "{\"decision\": \"admitted\"}")
                .status())
        .as("a check is its agency's")
        .isEqualTo(404);

    Http.Response decided =
        http.post(
            CHECKS + "/" + id + "/decision",
            immigration,
            "{\"decision\": \"refused\", \"officer\": \"Somchai\", \"note\": \"ban IB 77/2569 confirmed\"}");
    assertThat(decided.status()).as(decided.body()).isEqualTo(200);
    assertThat(decided.json().get("decision").get("decision").asString()).isEqualTo("refused");
    assertThat(
            http.get(CHECKS + "/" + id, immigration).json().get("decision").get("note").asString())
        .isEqualTo("ban IB 77/2569 confirmed");
    assertThat(
            http.post(CHECKS + "/" + id + "/decision", immigration, "{\"decision\": \"admitted\"}")
                .status())
        .isEqualTo(409);

    JsonNode audit =
        http.get(
                "/api/v1/admin/audit?agency=th-immigration&limit=1000&action="
                    + "POST%20/api/v1/border/checks/%7Bid%7D/decision",
                seeded.adminKey())
            .json();
    assertThat(
            audit
                .get("items")
                .valueStream()
                .map(e -> e.get("objectId").asString() + " " + e.get("outcome").asString()))
        .contains(id + " decision refused 200", id + " decision admitted 409");
    JsonNode checks =
        http.get(
                "/api/v1/admin/audit?agency=th-immigration&limit=1000&action=POST%20/api/v1/border/checks",
                seeded.adminKey())
            .json();
    assertThat(checks.get("items").valueStream().map(e -> e.get("objectId").asString()))
        .anyMatch(o -> o.startsWith(id + ", hit entry-ban:"));
  }

  @Test
  void aNameTypedInThaiScriptHitsALatinWantedNotice() {
    String thai =
        """
        {"surname": "ชิต ตู", "givenNames": "ซอ", "birthDate": "1973-04-21", "nationality": "MMR"}""";
    assertThat(check(immigration, thai).json().get("hit").asBoolean())
        .as("a draft notice asks nothing of a border")
        .isFalse();
    Http.Response approved =
        http.post(
            "/api/v1/notices/" + noticeId + "/approval",
            seeded.keyOf("cn-mps-afc"),
            "{\"reviewer\": \"Zhang Min\"}");
    assertThat(approved.status()).as(approved.body()).isEqualTo(200);

    JsonNode answer = check(immigration, thai).json();
    assertThat(answer.get("hit").asBoolean()).as(answer.toString()).isTrue();
    JsonNode hit = answer.get("hits").get(0);
    assertThat(hit.get("recordType").asString()).isEqualTo("notice");
    assertThat(hit.get("recordId").asString()).isEqualTo(noticeId);
    assertThat(hit.get("strength").asString()).isEqualTo("strong");
    assertThat(hit.get("actionOnHit").asString()).contains("wanted for arrest");
    assertThat(hit.get("reasons").toString()).contains("name matches", "ซอ→so");

    assertThat(check(seeded.keyOf("th-ccib"), thai).json().get("hit").asBoolean())
        .as("the notice's marking names Thai Immigration only")
        .isFalse();

    http.post(
        "/api/v1/notices/" + noticeId + "/cancellation",
        seeded.keyOf("cn-mps-afc"),
        "{\"cancelledBy\": \"Zhang Min\", \"reason\": \"arrested\"}");
    assertThat(check(immigration, thai).json().get("hit").asBoolean())
        .as("a cancelled notice asks nothing of a border")
        .isFalse();
  }

  @Test
  void theApiDescriptionListsTheCheckAndTheLegalRecords() {
    JsonNode paths = http.get("/v3/api-docs", null).json().get("paths");
    for (String path :
        List.of(
            CHECKS,
            CHECKS + "/{id}/decision",
            "/api/v1/entry-bans",
            "/api/v1/notices/{id}/approval",
            "/api/v1/legal-actions")) {
      assertThat(paths.has(path)).as(path).isTrue();
    }
  }

  @Test
  void someoneUnlistedIsNoHitAndAnExpiredPassportIsAFinding() {
    String zone =
        zone(
            "WIRATCHAI",
            "PHONG",
            "X" + UUID.randomUUID().toString().substring(0, 8).toUpperCase().replace("-", "0"),
            LocalDate.parse("2020-01-01"));
    JsonNode answer = check(immigration, mrz(zone)).json();
    assertThat(answer.get("hit").asBoolean()).isFalse();
    assertThat(answer.get("hits")).isEmpty();
    assertThat(answer.get("id").asString()).isNotBlank();
    assertThat(answer.get("document").get("valid").asBoolean()).isTrue();
    assertThat(answer.get("document").get("findings").get(0).asString())
        .isEqualTo("the document expired on 2020-01-01");
  }

  @Test
  void aSuspendedBanIsNoHit() {
    String person = LegalFixtures.person("\"Thein Htike Oo\"", "1991-01-02", "MMR", "MA7777777");
    String ban =
        LegalFixtures.create(
                seeded,
                "th-immigration",
                "/api/v1/entry-bans",
                LegalFixtures.ban(person, GREEN, "2036-01-01"))
            .get("id")
            .asString();
    String typed =
        """
        {"surname": "Thein Htike Oo", "birthDate": "1991-01-02", "nationality": "MMR", "documentNumber": "MA7777777"}""";
    assertThat(check(immigration, typed).json().get("hits").get(0).get("strength").asString())
        .isEqualTo("certain");
    http.post("/api/v1/entry-bans/" + ban + "/suspend", immigration, "{\"note\": \"court order\"}");
    assertThat(check(immigration, typed).json().get("hit").asBoolean()).isFalse();
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndBadCheckDigitsAreReported() {
    String zone = zone("KYAW", "ZIN THANT", "MA1234567", LocalDate.parse("2030-01-01"));
    char digit = zone.charAt(44 + 1 + 9);
    String corrupted =
        zone.substring(0, 54) + (char) ('0' + (digit - '0' + 1) % 10) + zone.substring(55);
    JsonNode answer = check(immigration, mrz(corrupted)).json();
    assertThat(answer.get("document").get("valid").asBoolean()).isFalse();
    assertThat(answer.get("document").get("errors").toString())
        .contains("documentNumber check digit");

    assertBad("{\"mrz\": \"HELLO WORLD\"}", "'mrz'");
    assertBad("{\"mrz\": \"P<MMR\", \"surname\": \"X\"}", "'mrz'");
    assertBad("{}", "'mrz'");
    assertBad(
        "{\"surname\": \"Kyaw\", \"nationality\": \"XYZ\"}", "'nationality' is not a known state");
    assertBad("{\"surname\": \"Kyaw\", \"birthDate\": \"1990-13-01\"}", "birthDate");
    assertBad("{\"surname\": \"Kyaw\", \"documentNumber\": \"MA1\"}", "'issuingState'");
    assertBad("{\"surname\": \" \"}", "'surname' is required");
    assertBad("{\"surname\": \"Kyaw\", \"visa\": true}", "visa");
    assertThat(check(seeded.keyOf("th-chaophraya-mobile"), "{\"surname\": \"Kyaw\"}").status())
        .isEqualTo(403);
    assertThat(
            http.post(CHECKS + "/nope/decision", immigration, "{\"decision\": \"admitted\"}")
                .status())
        .isEqualTo(400);
  }

  private static void assertBad(String body, String detail) {
    Http.Response response = check(immigration, body);
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.json().get("detail").asString()).contains(detail);
  }
}
