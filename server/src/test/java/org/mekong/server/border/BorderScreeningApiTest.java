package org.mekong.server.border;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;
import tools.jackson.databind.JsonNode;

/**
 * Traveller checks against the people of open cases and the sanctions lists, through a real node:
 * each hit says what it is, why it matched and what to do; an open case the officer's agency may
 * not see is only a referral to the case's agency.
 */
class BorderScreeningApiTest {

  private static final String CHECKS = "/api/v1/border/checks";
  private static final long SEED = System.nanoTime();

  private static SeededNode seeded;
  private static Http http;
  private static String immigration;

  @BeforeAll
  static void ready() throws InterruptedException {
    seeded = TestNodes.shared();
    http = seeded.http();
    immigration = seeded.keyOf("th-immigration");
    for (int i = 0; i < 600; i++) {
      Http.Response status = http.get("/api/v1/names/status", immigration);
      if (status.status() == 200 && status.json().get("ready").asBoolean()) {
        return;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("the name index was not ready in a minute");
  }

  private static Http.Response importLines(String list, String query, String lines) {
    return http.send(
        http.request(
                "/api/v1/names/lists/" + list + "/entities:import" + query, seeded.keyOf("th-ccib"))
            .header("Content-Type", "application/x-ndjson")
            .POST(HttpRequest.BodyPublishers.ofString(lines))
            .build());
  }

  private static JsonNode check(String key, String body) {
    Http.Response response = http.post(CHECKS, key, body);
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json();
  }

  private static List<JsonNode> hitsOf(JsonNode answer, String type) {
    return answer
        .get("hits")
        .valueStream()
        .filter(h -> h.get("recordType").asString().equals(type))
        .toList();
  }

  @Test
  void aNameTypedInThaiScriptHitsASanctionedPersonListedInLatinWithTheListAndProgramme() {
    String list = "t-" + UUID.randomUUID().toString().substring(0, 8);
    String line =
        """
        {"id": "ofac-90210", "schema": "Person", "properties": {"name": ["Prasert Mankhong"],
         "birthDate": ["1971-08-09"], "nationality": ["th"], "programId": ["TCO"]},
         "datasets": ["us_ofac_sdn"]}"""
            .replace("\n", "");
    Http.Response imported = importLines(list, "?tlp=clear", line);
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    String thai =
        """
        {"surname": "มั่นคง", "givenNames": "ประเสริฐ", "birthDate": "1971-08-09", "nationality": "THA"}""";

    JsonNode answer = check(immigration, thai);
    List<JsonNode> hits = hitsOf(answer, "sanctioned-person");
    assertThat(hits).as(answer.toString()).hasSize(1);
    JsonNode hit = hits.getFirst();
    assertThat(hit.get("recordId").asString()).isEqualTo(list + "/ofac-90210");
    assertThat(hit.get("list").asString()).isEqualTo(list);
    assertThat(hit.get("programmes").toString()).contains("TCO");
    assertThat(hit.get("summary").asString())
        .contains("Prasert Mankhong", list, "us_ofac_sdn", "programmes: TCO");
    assertThat(hit.get("strength").asString()).isEqualTo("strong");
    assertThat(hit.get("actionOnHit").asString()).contains("verify the identity");
    assertThat(hit.get("reasons").toString())
        .contains(
            "name matches",
            "ประเสริฐ→",
            "birth date 1971-08-09 agrees with 1971-08-09",
            "nationality THA agrees");

    String otherBirth = thai.replace("1971-08-09", "1984-02-03");
    assertThat(hitsOf(check(immigration, otherBirth), "sanctioned-person"))
        .as("another birth date is another person")
        .isEmpty();
  }

  @Test
  void aSanctionsListMarkedForOtherAgenciesIsNotScreenedForThisOne() {
    String list = "t-" + UUID.randomUUID().toString().substring(0, 8);
    String line =
        "{\"id\": \"r-1\", \"schema\": \"Person\", \"properties\": {\"name\": [\"Wichai"
            + " Rungrueang\"], \"birthDate\": [\"1966\"]}, \"datasets\": [\"test\"]}";
    assertThat(importLines(list, "?tlp=red&recipients=mm-police", line).status()).isEqualTo(200);
    String typed = "{\"surname\": \"Rungrueang\", \"givenNames\": \"Wichai\"}";
    assertThat(hitsOf(check(immigration, typed), "sanctioned-person")).isEmpty();
    assertThat(hitsOf(check(seeded.keyOf("mm-police"), typed), "sanctioned-person"))
        .singleElement()
        .satisfies(
            h -> {
              assertThat(h.get("list").asString()).isEqualTo(list);
              assertThat(h.get("strength").asString()).isEqualTo("possible");
              assertThat(h.get("reasons").toString())
                  .contains("birth date unknown on the traveller's side");
            });
  }

  @Test
  void anOfficerWhoseAgencyMayNotSeeAnOpenCaseIsOnlyToldWhichAgencyToReferTo() {
    SplittableRandom random = new SplittableRandom(SEED);
    String family = syllables(random) + syllables(random).toLowerCase(java.util.Locale.ROOT);
    String passport = "MB" + (1_000_000 + random.nextInt(9_000_000));
    String person = person("Nang Hseng " + family, passport);
    Http.Response opened =
        http.post(
            "/api/v1/casework/cases",
            seeded.keyOf("mm-police"),
            """
            {"person": "%s", "event": {"type": "rescued", "actingPerson": "Pol. Maj. Aung",
             "at": "2026-10-22T03:00:00Z", "place": "Myawaddy"}}"""
                .formatted(person));
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    String caseId = opened.json().get("id").asString();
    String typed =
        """
        {"surname": "%s", "givenNames": "Nang Hseng", "birthDate": "1999-02-11", "nationality": "MMR"}"""
            .formatted(family);

    Http.Response response = http.post(CHECKS, immigration, typed);
    assertThat(response.status()).isEqualTo(201);
    String seed = "seed " + SEED + ", " + family;
    assertThat(response.body())
        .as(seed + ": no field of the case or the person leaves")
        .doesNotContain(caseId, person, passport, "rescued");
    JsonNode referral = hitsOf(response.json(), "open-case").getFirst();
    assertThat(referral.has("recordId")).as(seed).isFalse();
    assertThat(referral.get("issuer").asString()).isEqualTo("mm-police");
    assertThat(referral.get("actionOnHit").asString()).isEqualTo("refer to mm-police");
    assertThat(referral.get("reasons").valueStream().map(JsonNode::asString).toList())
        .singleElement()
        .asString()
        .startsWith("details withheld");

    String checkId = response.json().get("id").asString();
    JsonNode audit =
        http.get(
                "/api/v1/admin/audit?agency=th-immigration&limit=1000&action=POST%20/api/v1/border/checks",
                seeded.adminKey())
            .json();
    assertThat(audit.get("items").valueStream().map(e -> e.get("objectId").asString()))
        .as("the referral is audited without the case")
        .anyMatch(
            o -> o.startsWith(checkId + ", hit ") && o.contains("open-case:referred-to-mm-police"));

    JsonNode own = hitsOf(check(seeded.keyOf("mm-police"), typed), "open-case").getFirst();
    assertThat(own.get("recordId").asString()).as(seed).isEqualTo(caseId);
    assertThat(own.get("standing").asString()).isEqualTo("rescued");
    assertThat(own.get("actionOnHit").asString()).startsWith("inform mm-police");
    assertThat(own.get("reasons").toString())
        .contains("name matches", "birth date 1999-02-11 agrees", "nationality MMR agrees");

    Http.Response consent =
        http.post(
            "/api/v1/casework/persons/" + person + "/consent",
            seeded.keyOf("mm-police"),
            "{\"kind\": \"given\", \"recordedBy\": \"Pol. Maj. Aung\"}");
    assertThat(consent.status()).as(consent.body()).isEqualTo(201);
    JsonNode consented =
        hitsOf(
                check(
                    immigration, typed.replace("}", ", \"documentNumber\": \"" + passport + "\"}")),
                "open-case")
            .getFirst();
    assertThat(consented.get("recordId").asString())
        .as(seed + ": with the person's consent immigration sees the case")
        .isEqualTo(caseId);
    assertThat(consented.get("strength").asString()).isEqualTo("certain");
    assertThat(consented.get("reasons").get(0).asString())
        .contains("same document: MMR " + passport);
  }

  private static String person(String name, String passport) {
    Http.Response created =
        http.post(
            "/api/v1/casework/persons",
            seeded.keyOf("mm-police"),
            """
            {"names": ["%s"], "birthDate": "1999-02-11", "sex": "female",
             "nationalities": ["MMR"],
             "documents": [{"type": "passport", "number": "%s", "issuingState": "MMR",
                            "expiry": "2030-01-31"}],
             "languages": ["my"], "needs": ["interpreter"],
             "exploitation": {"recruitmentMethods": ["job-advertisement"],
                              "recruitmentChannels": ["facebook"],
                              "controlMethods": ["withheld-documents"],
                              "types": ["forced-criminal-activity"]}}
            """
                .formatted(name, passport));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("id").asString();
  }

  /** A made-up syllable of a Shan name, so that each run lists a person no other test does. */
  private static String syllables(SplittableRandom random) {
    String[] onsets = {"K", "Kh", "L", "M", "N", "P", "S", "T", "Th", "W", "Y"};
    String[] rhymes = {"am", "ang", "ep", "oi", "un", "ip", "ong", "aw", "ai", "ern"};
    return onsets[random.nextInt(onsets.length)] + rhymes[random.nextInt(rhymes.length)];
  }
}
