package org.mekong.server.legal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;
import tools.jackson.databind.JsonNode;

/**
 * Legal records through a real node: written by their issuer, read by whom their markings allow,
 * notices published only after a reviewer other than the drafter approves them, bans lifted and
 * suspended, and bad input refused with the field named.
 */
class LegalRecordsApiTest {

  private static final String GREEN = "{\"tlp\": \"green\"}";

  private static SeededNode seeded;
  private static Http http;

  @BeforeAll
  static void node() {
    seeded = TestNodes.shared();
    http = seeded.http();
  }

  private static String key(String agency) {
    return seeded.keyOf(agency);
  }

  private static String someone() {
    return "\"Aung Min " + UUID.randomUUID().toString().substring(0, 4) + "\"";
  }

  @Test
  void anEntryBanIsCreatedReadAndListedWithItsMarking() {
    String person = LegalFixtures.person(someone(), "1990-05-17", "MMR", "MB1234567");
    JsonNode ban =
        LegalFixtures.create(
            seeded,
            "th-immigration",
            "/api/v1/entry-bans",
            LegalFixtures.ban(person, GREEN, "2031-01-01"));
    String id = ban.get("id").asString();
    assertThat(ban.get("type").asString()).isEqualTo("entry-ban");
    assertThat(ban.get("originator").asString()).isEqualTo("th-immigration");
    assertThat(ban.get("standing").asString()).isEqualTo("active");
    assertThat(ban.get("marking").get("tlp").asString()).isEqualTo("green");
    assertThat(ban.get("record").get("status").asString()).isEqualTo("in-force");
    assertThat(ban.get("record").get("subject").get("documents").get(0).get("number").asString())
        .isEqualTo("MB1234567");

    Http.Response read = http.get("/api/v1/entry-bans/" + id, key("th-ccib"));
    assertThat(read.status()).as(read.body()).isEqualTo(200);
    assertThat(read.json().get("record")).isEqualTo(ban.get("record"));
    JsonNode listed = http.get("/api/v1/entry-bans?limit=500", key("mm-police")).json();
    assertThat(listed.get("items").valueStream().map(i -> i.get("id").asString())).contains(id);
  }

  @Test
  void markingsDecideWhoReadsARecord() {
    String person = LegalFixtures.person(someone(), "1988", "MMR", "MC7654321");
    String amber = "{\"tlp\": \"amber\", \"recipients\": [\"th-ccib\"]}";
    String id =
        LegalFixtures.create(
                seeded,
                "th-immigration",
                "/api/v1/entry-bans",
                LegalFixtures.ban(person, amber, "2030-01-01"))
            .get("id")
            .asString();
    assertThat(http.get("/api/v1/entry-bans/" + id, key("th-ccib")).status()).isEqualTo(200);
    assertThat(http.get("/api/v1/entry-bans/" + id, key("mm-police")).status()).isEqualTo(404);
    assertThat(http.get("/api/v1/entry-bans?limit=500", key("mm-police")).body())
        .doesNotContain(id);
    assertThat(http.get("/api/v1/entry-bans/" + id, key("th-chaophraya-mobile")).status())
        .as("screening clients read no legal records")
        .isEqualTo(403);
    assertThat(http.get("/api/v1/entry-bans/" + id, key("th-amlo")).status()).isEqualTo(403);
  }

  @Test
  void aNoticeIsPublishedOnlyByAReviewerWhoIsNotItsDrafter() {
    String person = LegalFixtures.person(someone(), "1972-03-01", "CHN", "E12345678");
    String marking = "{\"tlp\": \"amber\", \"recipients\": [\"th-immigration\"]}";
    String id =
        LegalFixtures.create(
                seeded,
                "cn-mps-afc",
                "/api/v1/notices",
                LegalFixtures.notice(
                    "wanted", person, marking, ", \"legalBasis\": \"Arrest warrant 2026-117\""))
            .get("id")
            .asString();
    assertThat(http.get("/api/v1/notices/" + id, key("th-immigration")).status())
        .as("a draft is the issuer's alone")
        .isEqualTo(404);

    Http.Response byDrafter =
        http.post(
            "/api/v1/notices/" + id + "/approval", key("cn-mps-afc"), "{\"reviewer\": \"li wei\"}");
    assertThat(byDrafter.status()).isEqualTo(409);
    assertThat(byDrafter.json().get("detail").asString()).contains("other than the drafter");
    Http.Response noReviewer =
        http.post("/api/v1/notices/" + id + "/approval", key("cn-mps-afc"), "{}");
    assertThat(noReviewer.status()).isEqualTo(400);
    assertThat(noReviewer.json().get("detail").asString()).contains("reviewer");

    Http.Response approved =
        http.post(
            "/api/v1/notices/" + id + "/approval",
            key("cn-mps-afc"),
            "{\"reviewer\": \"Zhang Min\", \"note\": \"warrant checked\"}");
    assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    assertThat(approved.json().get("standing").asString()).isEqualTo("published");
    assertThat(approved.json().get("record").get("review").get("reviewer").asString())
        .isEqualTo("Zhang Min");
    assertThat(http.get("/api/v1/notices/" + id, key("th-immigration")).status()).isEqualTo(200);
    assertThat(http.get("/api/v1/notices/" + id, key("th-ccib")).status()).isEqualTo(404);
    assertThat(
            http.post(
                    "/api/v1/notices/" + id + "/approval",
                    key("th-immigration"),
                    "{\"reviewer\": \"Somchai\"}")
                .status())
        .as("only the issuing agency reviews its notices")
        .isEqualTo(403);
    assertThat(
            http.post(
                    "/api/v1/notices/" + id + "/approval",
                    key("cn-mps-afc"),
                    "{\"reviewer\": \"Chen\"}")
                .status())
        .isEqualTo(409);

    Http.Response cancelled =
        http.post(
            "/api/v1/notices/" + id + "/cancellation",
            key("cn-mps-afc"),
            "{\"cancelledBy\": \"Zhang Min\", \"reason\": \"arrested in Bangkok\"}");
    assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
    assertThat(cancelled.json().get("standing").asString()).isEqualTo("cancelled");
    assertThat(
            http.get("/api/v1/notices/" + id, key("th-immigration"))
                .json()
                .get("standing")
                .asString())
        .isEqualTo("cancelled");
  }

  @Test
  void aNoticeWithoutLegalBasisIsRefused() {
    String person = LegalFixtures.person(someone(), "1972", "CHN", "E1");
    Http.Response response =
        http.post(
            "/api/v1/notices",
            key("cn-mps-afc"),
            LegalFixtures.notice("wanted", person, GREEN, ""));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).contains("application/problem+json");
    assertThat(response.json().get("detail").asString()).isEqualTo("record.legalBasis is required");
  }

  @Test
  void aBanIsSuspendedPutBackThenLiftedAndALiftedBanDoesNotChange() {
    String person = LegalFixtures.person(someone(), "1990", "MMR", "MD1");
    String id =
        LegalFixtures.create(
                seeded,
                "th-immigration",
                "/api/v1/entry-bans",
                LegalFixtures.ban(person, GREEN, "2031-01-01"))
            .get("id")
            .asString();
    Http.Response noNote =
        http.post("/api/v1/entry-bans/" + id + "/suspend", key("th-immigration"), "{}");
    assertThat(noNote.status()).isEqualTo(400);
    assertThat(noNote.json().get("detail").asString()).isEqualTo("note is required");
    assertThat(
            http.post("/api/v1/entry-bans/" + id + "/suspend", key("th-ccib"), "{\"note\": \"x\"}")
                .status())
        .as("only the issuer changes its ban")
        .isEqualTo(403);
    Http.Response suspended =
        http.post(
            "/api/v1/entry-bans/" + id + "/suspend",
            key("th-immigration"),
            "{\"note\": \"court order 12/2570\"}");
    assertThat(suspended.status()).as(suspended.body()).isEqualTo(200);
    assertThat(suspended.json().get("standing").asString()).isEqualTo("suspended");
    Http.Response reinstated =
        http.post(
            "/api/v1/entry-bans/" + id + "/reinstate",
            key("th-immigration"),
            "{\"note\": \"appeal dismissed\"}");
    assertThat(reinstated.status()).as(reinstated.body()).isEqualTo(200);
    assertThat(reinstated.json().get("standing").asString()).isEqualTo("active");
    assertThat(
            http.post(
                    "/api/v1/entry-bans/" + id + "/reinstate",
                    key("th-immigration"),
                    "{\"note\": \"again\"}")
                .status())
        .as("a ban in force is not put back in force again")
        .isEqualTo(409);
    Http.Response lifted =
        http.post(
            "/api/v1/entry-bans/" + id + "/lift",
            key("th-immigration"),
            "{\"note\": \"appeal granted\"}");
    assertThat(lifted.json().get("standing").asString()).isEqualTo("lifted");
    assertThat(
            http.post(
                    "/api/v1/entry-bans/" + id + "/suspend",
                    key("th-immigration"),
                    "{\"note\": \"x\"}")
                .status())
        .isEqualTo(409);
  }

  @Test
  void aLegalActionAndAnExpulsionAreRecordedAndRead() {
    String person = LegalFixtures.person(someone(), "1985-02", "MMR", "ME1");
    String action =
        """
        {"categories": ["fraud"], "record": {"kind": "conviction", "subject": {"kind": "person",
          "names": ["Aung Ko"], "nationality": "MMR"}, "caseReference": "Black 1234/2569",
          "authority": "Mae Sot Provincial Court", "date": "2026-09-30",
          "legalBasis": "Criminal Code s. 341, 343", "status": "final",
          "links": {"sites": ["KK Park, Myawaddy"]}}}""";
    JsonNode recorded = LegalFixtures.create(seeded, "th-ccib", "/api/v1/legal-actions", action);
    assertThat(recorded.get("standing").asString()).isEqualTo("final");
    assertThat(recorded.get("categories").get(0).asString()).isEqualTo("fraud");
    assertThat(
            http.get("/api/v1/legal-actions/" + recorded.get("id").asString(), key("th-ccib"))
                .status())
        .isEqualTo(200);

    String order =
        """
        {"record": {"subject": %s, "orderReference": "TM35 0042/2569",
          "issuingAuthority": "Immigration Division 4, Tak", "legalBasis": "Immigration Act s. 54",
          "orderDate": "2026-10-10", "destination": "MMR", "receivingAuthority": "Myawaddy police",
          "carriedOut": "2026-10-12"}}"""
            .formatted(person);
    JsonNode expulsion =
        LegalFixtures.create(seeded, "th-immigration", "/api/v1/expulsions", order);
    assertThat(expulsion.get("standing").asString()).isEqualTo("carried-out");
    assertThat(expulsion.get("record").get("exitAllowed").asBoolean()).isTrue();
    assertThat(expulsion.get("record").get("reEntryBarred").asBoolean()).isTrue();
  }

  @Test
  void badInputIsRefusedNamingTheField() {
    String person = LegalFixtures.person(someone(), "1990", "MMR", "MF1");
    String ban = LegalFixtures.ban(person, GREEN, "2031-01-01");
    assertProblem(
        "/api/v1/entry-bans",
        ban.replace("refuse-entry", "shoot"),
        "record.actionOnHit is unknown");
    assertProblem(
        "/api/v1/entry-bans",
        ban.replace("\"proportionality\"", "\"status\": \"paused\", \"proportionality\""),
        "record.status is unknown");
    assertProblem(
        "/api/v1/entry-bans",
        ban.replace("\"nationality\": \"MMR\"", "\"nationality\": \"XYZ\""),
        "record.subject.nationality is not a known state");
    assertProblem("/api/v1/entry-bans", ban.replace("2031-01-01", "2031-02-30"), "record.expiry");
    assertProblem(
        "/api/v1/entry-bans",
        ban.replace("2031-01-01", "2025-01-01"),
        "record.expiry must not be before start");
    assertProblem(
        "/api/v1/entry-bans", ban.replace("\"reason\"", "\"colour\": 1, \"reason\""), "colour");
    assertProblem(
        "/api/v1/entry-bans", "{\"marking\": {\"tlp\": \"red\"}}", "'record' is required");
    assertProblem("/api/v1/entry-bans", ban.replace("\"green\"", "\"purple\""), "marking.tlp");
    assertProblem(
        "/api/v1/entry-bans",
        ban.replace(
                "\"sex\": \"M\"",
                "\"sex\": \"M\", \"documents\": [{\"issuingState\": \"THA\", \"number\": \"!\"}]")
            .replaceFirst(",\\s*\"documents\": \\[\\{\"issuingState\": \"MMR\"[^]]*]", ""),
        "record.subject.documents.number");
    Http.Response badId = http.get("/api/v1/entry-bans/not-an-id", key("th-ccib"));
    assertThat(badId.status()).isEqualTo(400);
    assertThat(badId.body()).contains("'id'");
    assertThat(http.get("/api/v1/entry-bans/" + UUID.randomUUID(), key("th-ccib")).status())
        .isEqualTo(404);
  }

  private static void assertProblem(String path, String body, String detail) {
    Http.Response response = http.post(path, key("th-immigration"), body);
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.json().get("detail").asString()).contains(detail);
  }
}
