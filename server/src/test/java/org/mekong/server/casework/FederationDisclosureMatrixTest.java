package org.mekong.server.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mekong.core.agency.Agency;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.agency.AgencyKind;
import org.mekong.core.agency.CountryCode;
import org.mekong.core.casework.DisclosurePath;
import org.mekong.core.casework.DisclosurePolicy;
import org.mekong.core.casework.PersonField;
import org.mekong.core.casework.Recipient;
import org.mekong.server.agency.AgencyDirectory;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;
import tools.jackson.databind.JsonNode;

/**
 * The federation path of the disclosure table through a real node: partner agencies × consent
 * states × fields. A Chinese national created by Myanmar's police (an agency of this node) is
 * listed on a manifest to a partner node's immigration agency; what each partner agency reads of
 * them in the TAXII collection is exactly the core's {@link DisclosurePolicy#acrossNodes} row of
 * its relation, within what a person's object carries, and this node's own agencies read nothing;
 * the person's case reaches exactly the agencies whose row gives them the cases (the receiver), and
 * is withdrawn from them with the person.
 */
class FederationDisclosureMatrixTest {

  private static final String PERSONS =
      "/taxii2/mekong/collections/7d4e5a4c-3f0b-4a55-9a1e-6f2b8c0d9e11/objects/"
          + "?match%5Btype%5D=mekong-person&match%5Bid%5D=mekong-person--";

  private static final String CASES =
      "/taxii2/mekong/collections/7d4e5a4c-3f0b-4a55-9a1e-6f2b8c0d9e11/objects/"
          + "?match%5Btype%5D=mekong-case&match%5Bid%5D=mekong-case--";

  private static final Map<PersonField, String> PROPERTY =
      Map.of(
          PersonField.NAMES, "names",
          PersonField.BIRTH_DATE, "birth_date",
          PersonField.SEX, "sex",
          PersonField.NATIONALITIES, "nationalities",
          PersonField.DOCUMENTS, "documents",
          PersonField.LANGUAGES, "languages",
          PersonField.CONTACT, "contact",
          PersonField.NEEDS, "needs",
          PersonField.EXPLOITATION, "exploitation");

  private static SeededNode node;
  private static Http http;
  private static final Map<String, Recipient> RELATION = new LinkedHashMap<>();
  private static final Map<String, String> KEY = new LinkedHashMap<>();

  @BeforeAll
  static void partnerAgencies() {
    node = TestNodes.shared();
    http = node.http();
    remote("fx-immigration", "TH", AgencyKind.IMMIGRATION, Recipient.RECEIVER);
    remote("fx-cn-consulate", "CN", AgencyKind.CONSULAR, Recipient.CONSUL_OF_NATIONALITY);
    remote("fx-vn-consulate", "VN", AgencyKind.CONSULAR, Recipient.OTHER_CONSUL);
    remote("fx-police", "TH", AgencyKind.LAW_ENFORCEMENT, Recipient.LAW_ENFORCEMENT);
    remote("fx-bank", "TH", AgencyKind.SCREENING_CLIENT, Recipient.SCREENING_CLIENT);
    for (String local : List.of("mm-police", "th-immigration", "th-chaophraya-mobile")) {
      KEY.put(local, node.keyOf(local));
    }
    Http.Response agreed =
        http.post(
            "/api/v1/admin/agreements",
            node.adminKey(),
            "{\"from\":\"mm-police\",\"to\":\"fx-immigration\",\"categories\":[\"fraud\"]}");
    assertThat(agreed.status()).as(agreed.body()).isIn(200, 201);
  }

  @Test
  void everyPartnerAgencyReceivesExactlyItsRowUnderEveryConsentState() {
    List<String> failures = new ArrayList<>();
    for (String state : List.of("none", "given", "override", "refused")) {
      String person = CaseworkFixtures.person(node, "mm-police", "欧阳静萱");
      String kase = openCase(person);
      if (!state.equals("none")) {
        consent(person, state.equals("override") ? "override" : "given");
        Http.Response manifest =
            http.post(
                "/api/v1/casework/manifests",
                KEY.get("mm-police"),
                """
                {"receiving": "fx-immigration", "transport": {"mode": "road"},
                 "date": "2026-10-22", "actingPerson": "Aung", "persons": ["%s"]}"""
                    .formatted(person));
        assertThat(manifest.status()).as(manifest.body()).isEqualTo(201);
      }
      if (state.equals("refused")) {
        consent(person, "refused");
      }
      boolean permitted = state.equals("given") || state.equals("override");
      for (Map.Entry<String, String> agency : KEY.entrySet()) {
        List<JsonNode> objects = read(PERSONS + person, agency.getValue());
        Recipient relation = RELATION.get(agency.getKey());
        boolean timeline =
            relation != null
                && DisclosurePolicy.acrossNodes(relation, permitted).contains(PersonField.CASES);
        List<JsonNode> cases = read(CASES + kase, agency.getValue());
        boolean caseWithdrawn = state.equals("refused") && relation == Recipient.RECEIVER;
        if (timeline || caseWithdrawn
            ? cases.size() != 1
                || cases.get(0).has("events") != timeline
                || cases.get(0).path("withdrawn").asBoolean(false) != caseWithdrawn
            : !cases.isEmpty()) {
          failures.add(agency.getKey() + " × consent " + state + " × case: got " + cases);
        }
        Set<PersonField> expected = EnumSet.noneOf(PersonField.class);
        if (relation != null) {
          expected.addAll(DisclosurePolicy.acrossNodes(relation, permitted));
          expected.retainAll(DisclosurePolicy.shownOn(DisclosurePath.PERSON_READ));
        }
        boolean wasAddressed =
            state.equals("refused")
                && (relation == Recipient.RECEIVER || relation == Recipient.CONSUL_OF_NATIONALITY);
        String as = agency.getKey() + " × consent " + state;
        if (expected.isEmpty() && !wasAddressed) {
          if (!objects.isEmpty()) {
            failures.add(as + ": expected nothing, got " + objects);
          }
          continue;
        }
        if (objects.size() != 1) {
          failures.add(as + ": expected one object, got " + objects);
          continue;
        }
        JsonNode object = objects.get(0);
        if (wasAddressed && !object.path("withdrawn").asBoolean(false)) {
          failures.add(as + ": expected a withdrawal, got " + object);
        }
        for (PersonField field : PROPERTY.keySet()) {
          if (expected.contains(field) != object.has(PROPERTY.get(field))) {
            failures.add(as + " × " + field + ": expected " + expected + " in " + object);
          }
        }
        if (permitted
            && !object
                .path("disclosure_basis")
                .asString("")
                .startsWith(state.equals("given") ? "consent" : "override: ")) {
          failures.add(as + ": the basis does not travel: " + object);
        }
      }
    }
    assertThat(failures).isEmpty();
  }

  private static List<JsonNode> read(String query, String key) {
    Http.Response response =
        http.send(
            http.request(query, key)
                .header("Accept", "application/taxii+json;version=2.1")
                .GET()
                .build());
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    List<JsonNode> objects = new ArrayList<>();
    response.json().path("objects").forEach(objects::add);
    return objects;
  }

  private static String openCase(String person) {
    Http.Response opened =
        http.post(
            "/api/v1/casework/cases",
            KEY.get("mm-police"),
            """
            {"person": "%s", "event": {"type": "rescued", "actingPerson": "Aung", "at": "%s",
             "place": "KK Park"}}"""
                .formatted(person, java.time.Instant.now()));
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    return opened.json().get("id").asString();
  }

  private static void consent(String person, String kind) {
    Http.Response recorded =
        http.post(
            "/api/v1/casework/persons/" + person + "/consent",
            KEY.get("mm-police"),
            "{\"kind\": \"%s\", \"recordedBy\": \"Aung\"%s}"
                .formatted(
                    kind,
                    kind.equals("override")
                        ? ", \"legalBasis\": \"Immigration Act B.E. 2522, s. 54\""
                        : ""));
    assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
  }

  private static void remote(String id, String country, AgencyKind kind, Recipient relation) {
    AgencyDirectory directory = node.node().bean(AgencyDirectory.class);
    if (directory.find(id).isEmpty()) {
      directory.create(new Agency(new AgencyId(id), id, new CountryCode(country), kind), "fx");
    }
    KEY.put(id, directory.issueKey(id, "test").secret().value());
    RELATION.put(id, relation);
  }
}
