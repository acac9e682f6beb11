package org.mekong.server.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mekong.core.agency.AgencyKind;
import org.mekong.core.casework.DisclosurePath;
import org.mekong.core.casework.DisclosurePolicy;
import org.mekong.core.casework.PersonField;
import org.mekong.core.casework.Recipient;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;
import tools.jackson.databind.JsonNode;

/**
 * Agencies × consent × paths × fields through a real node: what each agency sees of a Chinese
 * national rescued by Myanmar's police and handed over to Thai Immigration is exactly the core's
 * disclosure table, and what it may not see does not exist for it.
 */
class DisclosureMatrixTest {

  private static final Map<PersonField, String> PROPERTY =
      Map.of(
          PersonField.NAMES, "names",
          PersonField.BIRTH_DATE, "birthDate",
          PersonField.SEX, "sex",
          PersonField.NATIONALITIES, "nationalities",
          PersonField.DOCUMENTS, "documents",
          PersonField.LANGUAGES, "languages",
          PersonField.CONTACT, "contact",
          PersonField.NEEDS, "needs",
          PersonField.EXPLOITATION, "exploitation");

  private static SeededNode node;
  private static Http http;
  private static final Map<String, Recipient> RECIPIENT = new LinkedHashMap<>();
  private static final Map<String, String> KEY = new LinkedHashMap<>();
  private static String person = "";
  private static String caseId = "";
  private static String manifest = "";

  @BeforeAll
  static void aChineseNationalRescuedInMyanmarAndHandedOverToThailand() {
    node = TestNodes.shared();
    http = node.http();
    for (String id : List.of("mm-police", "th-immigration", "th-ccib", "th-chaophraya-mobile")) {
      KEY.put(id, node.keyOf(id));
    }
    KEY.put(
        "th-cn-consulate",
        CaseworkFixtures.agency(node, "th-cn-consulate", "CN", AgencyKind.CONSULAR));
    KEY.put(
        "th-vn-consulate",
        CaseworkFixtures.agency(node, "th-vn-consulate", "VN", AgencyKind.CONSULAR));
    KEY.put(
        "th-border-immigration",
        CaseworkFixtures.agency(node, "th-border-immigration", "TH", AgencyKind.IMMIGRATION));
    RECIPIENT.put("mm-police", Recipient.CREATOR);
    RECIPIENT.put("th-immigration", Recipient.RECEIVER);
    RECIPIENT.put("th-ccib", Recipient.LAW_ENFORCEMENT);
    RECIPIENT.put("th-cn-consulate", Recipient.CONSUL_OF_NATIONALITY);
    RECIPIENT.put("th-vn-consulate", Recipient.OTHER_CONSUL);
    RECIPIENT.put("th-border-immigration", Recipient.IMMIGRATION);
    RECIPIENT.put("th-chaophraya-mobile", Recipient.SCREENING_CLIENT);
    person = CaseworkFixtures.person(node, "mm-police", "欧阳静萱");
    Http.Response opened =
        http.post(
            "/api/v1/casework/cases",
            KEY.get("mm-police"),
            "{\"person\": \""
                + person
                + "\", \"event\": "
                + CaseworkFixtures.event("rescued", "")
                + "}");
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    caseId = opened.json().get("id").asString();
    for (String step :
        List.of(
            CaseworkFixtures.event("identified", ""),
            CaseworkFixtures.event("handed-over", ", \"receivingAgency\": \"th-immigration\""))) {
      Http.Response added =
          http.post("/api/v1/casework/cases/" + caseId + "/events", KEY.get("mm-police"), step);
      assertThat(added.status()).as(added.body()).isEqualTo(201);
    }
    Http.Response agreement =
        http.post(
            "/api/v1/admin/agreements",
            node.adminKey(),
            "{\"from\": \"mm-police\", \"to\": \"th-immigration\", \"categories\": [\"fraud\"]}");
    assertThat(agreement.status()).as(agreement.body()).isEqualTo(201);
    Http.Response listed =
        http.post(
            "/api/v1/casework/manifests",
            KEY.get("mm-police"),
            "{\"receiving\": \"th-immigration\", \"transport\": {\"mode\": \"road\"},"
                + " \"date\": \"2025-10-24\", \"actingPerson\": \"Pol. Maj. Aung\","
                + " \"persons\": [\""
                + person
                + "\"]}");
    assertThat(listed.status()).as(listed.body()).isEqualTo(201);
    manifest = listed.json().get("id").asString();
    Http.Response determination =
        http.post(
            "/api/v1/casework/persons/" + person + "/determinations",
            KEY.get("mm-police"),
            "{\"verdict\": \"undetermined\", \"decidedBy\": \"Pol. Maj. Aung\", \"basis\": \"interview\"}");
    assertThat(determination.status()).as(determination.body()).isEqualTo(201);
  }

  @Test
  void everyAgencySeesOnEveryPathExactlyTheTableUnderEveryConsent() {
    List<String> failures = new ArrayList<>();
    check("none", false, failures);
    consent("{\"kind\": \"given\", \"recordedBy\": \"Pol. Maj. Aung\"}");
    check("given", true, failures);
    consent("{\"kind\": \"refused\", \"recordedBy\": \"Pol. Maj. Aung\"}");
    check("refused", false, failures);
    consent(
        "{\"kind\": \"override\", \"recordedBy\": \"Pol. Maj. Aung\","
            + " \"legalBasis\": \"Immigration Act B.E. 2522, s. 54\"}");
    check("override", true, failures);
    assertThat(failures).isEmpty();
    Http.Response read = http.get("/api/v1/casework/persons/" + person, KEY.get("th-cn-consulate"));
    assertThat(read.json().get("disclosure").get("basis").asString())
        .isEqualTo("override: Immigration Act B.E. 2522, s. 54");
  }

  @Test
  void onlyTheCreatorOrAReceiverRecordsConsent() {
    Http.Response response =
        http.post(
            "/api/v1/casework/persons/" + person + "/consent",
            KEY.get("th-ccib"),
            "{\"kind\": \"given\", \"recordedBy\": \"X\"}");
    assertThat(response.status()).isEqualTo(404);
    Http.Response noBasis =
        http.post(
            "/api/v1/casework/persons/" + person + "/consent",
            KEY.get("mm-police"),
            "{\"kind\": \"override\", \"recordedBy\": \"X\"}");
    assertThat(noBasis.status()).isEqualTo(400);
    assertThat(noBasis.json().get("detail").asString()).contains("'legalBasis'");
  }

  private static void consent(String body) {
    Http.Response response =
        http.post("/api/v1/casework/persons/" + person + "/consent", KEY.get("mm-police"), body);
    assertThat(response.status()).as(response.body()).isEqualTo(201);
  }

  private static void check(String consent, boolean permitted, List<String> failures) {
    for (var entry : RECIPIENT.entrySet()) {
      String agency = entry.getKey();
      Recipient recipient = entry.getValue();
      String key = KEY.get(agency);
      String cell = agency + " × consent " + consent;
      if (recipient == Recipient.SCREENING_CLIENT) {
        int status = http.get("/api/v1/casework/persons/" + person, key).status();
        if (status != 403) {
          failures.add(cell + ": a screening client got " + status);
        }
        continue;
      }
      Set<PersonField> read =
          DisclosurePolicy.visible(recipient, permitted, DisclosurePath.PERSON_READ);
      fields(cell + " × read", http.get("/api/v1/casework/persons/" + person, key), read, failures);
      Set<PersonField> search =
          DisclosurePolicy.visible(recipient, permitted, DisclosurePath.PERSON_SEARCH);
      Http.Response hits =
          http.get("/api/v1/casework/persons?name=%E6%AC%A7%E9%98%B3%E9%9D%99%E8%90%B1", key);
      assertThat(hits.status()).as(cell + " " + hits.body()).isEqualTo(200);
      JsonNode hit = null;
      for (JsonNode item : hits.json().get("items")) {
        if (item.get("person").get("id").asString().equals(person)) {
          hit = item.get("person");
        }
      }
      if (search.contains(PersonField.NAMES) != (hit != null)) {
        failures.add(cell + " × search: found " + (hit != null));
      } else if (hit != null) {
        properties(cell + " × search", hit.get("person"), search, failures);
      }
      boolean determinations =
          DisclosurePolicy.visible(recipient, permitted, DisclosurePath.DETERMINATIONS)
              .contains(PersonField.DETERMINATIONS);
      int status = http.get("/api/v1/casework/persons/" + person + "/determinations", key).status();
      if (status != (determinations ? 200 : 404)) {
        failures.add(cell + " × determinations: " + status);
      }
      Http.Response onManifest = http.get("/api/v1/casework/manifests/" + manifest, key);
      boolean party = agency.equals("mm-police") || agency.equals("th-immigration");
      if (onManifest.status() != (party ? 200 : 404)) {
        failures.add(cell + " × manifest: " + onManifest.status());
      } else if (party) {
        properties(
            cell + " × manifest",
            onManifest.json().get("entries").get(0).get("details"),
            DisclosurePolicy.visible(recipient, permitted, DisclosurePath.MANIFEST_READ),
            failures);
      }
      boolean cases =
          DisclosurePolicy.visible(recipient, permitted, DisclosurePath.CASE_READ)
                  .contains(PersonField.CASES)
              || agency.equals("mm-police")
              || agency.equals("th-immigration");
      int caseStatus = http.get("/api/v1/casework/cases/" + caseId, key).status();
      if (caseStatus != (cases ? 200 : 404)) {
        failures.add(cell + " × case: " + caseStatus);
      }
    }
  }

  private static void fields(
      String cell, Http.Response response, Set<PersonField> expected, List<String> failures) {
    boolean visible = expected.contains(PersonField.NAMES);
    if (response.status() != (visible ? 200 : 404)) {
      failures.add(cell + ": " + response.status());
      return;
    }
    if (visible) {
      properties(cell, response.json().get("person"), expected, failures);
    }
  }

  private static void properties(
      String cell, JsonNode person, Set<PersonField> expected, List<String> failures) {
    for (var property : PROPERTY.entrySet()) {
      if (expected.contains(property.getKey()) != person.has(property.getValue())) {
        failures.add(
            cell
                + " × "
                + property.getValue()
                + ": expected "
                + (expected.contains(property.getKey()) ? "shown" : "withheld"));
      }
    }
  }
}
