package org.mekong.server.taxii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mekong.server.legal.LegalFixtures;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;
import tools.jackson.databind.JsonNode;

/**
 * Agencies × markings × Mekong's legal types over TAXII: what each demo agency finds of China's
 * legal records in the collection, by one object, in its versions and in the manifest, follows the
 * table written out below (the marking's audience, and the kinds of record each agency's kind
 * reads), and what it may not see does not exist for it. A notice never approved is in no one's
 * collection, not even its issuer's.
 */
class LegalTaxiiMatrixTest {

  private static final String ISSUER = "cn-mps-afc";
  private static final List<String> AGENCIES =
      List.of(
          "cn-mps-afc",
          "th-ccib",
          "th-immigration",
          "mm-police",
          "th-amlo",
          "th-chaophraya-mobile",
          "th-mekhala-bank");

  /**
   * Who may see a record so marked, by the marking rules alone (records carry the category fraud;
   * China shares fraud with th-ccib, th-ccib with the Thai operator, a screening client).
   */
  private static final Map<String, Set<String>> AUDIENCE =
      Map.of(
          "clear", Set.copyOf(AGENCIES),
          "green", Set.copyOf(AGENCIES),
          "green-h2", Set.copyOf(AGENCIES),
          "amber", Set.of("cn-mps-afc", "th-ccib", "th-chaophraya-mobile"),
          "amber-immigration",
              Set.of("cn-mps-afc", "th-ccib", "th-immigration", "th-chaophraya-mobile"),
          "amber+strict", Set.of("cn-mps-afc", "th-ccib"),
          "red-mm", Set.of("cn-mps-afc", "mm-police"));

  private static final Map<String, String> MARKINGS =
      Map.of(
          "clear", "{\"tlp\": \"clear\"}",
          "green", "{\"tlp\": \"green\"}",
          "green-h2", "{\"tlp\": \"green\", \"handling\": [\"H2\"]}",
          "amber", "{\"tlp\": \"amber\"}",
          "amber-immigration", "{\"tlp\": \"amber\", \"recipients\": [\"th-immigration\"]}",
          "amber+strict", "{\"tlp\": \"amber+strict\"}",
          "red-mm", "{\"tlp\": \"red\", \"recipients\": [\"mm-police\"]}");

  /** Who reads each type at all: the caller kinds the legal API serves; never a client. */
  private static final Map<String, Set<String>> READERS =
      Map.of(
          "mekong-legal-action",
              Set.of("cn-mps-afc", "th-ccib", "th-immigration", "mm-police", "th-amlo"),
          "mekong-notice",
              Set.of("cn-mps-afc", "th-ccib", "th-immigration", "mm-police", "th-amlo"),
          "mekong-entry-ban", Set.of("cn-mps-afc", "th-ccib", "th-immigration", "mm-police"),
          "mekong-expulsion", Set.of("cn-mps-afc", "th-ccib", "th-immigration", "mm-police"));

  private static final Map<String, String> PATHS =
      Map.of(
          "mekong-legal-action", "/api/v1/legal-actions",
          "mekong-notice", "/api/v1/notices",
          "mekong-entry-ban", "/api/v1/entry-bans",
          "mekong-expulsion", "/api/v1/expulsions");

  private static SeededNode seeded;
  private static TaxiiClient taxii;

  /** The STIX id of each record, by "type marking". */
  private static final Map<String, String> records = new LinkedHashMap<>();

  private static String draft;

  @BeforeAll
  static void oneRecordPerTypeAndMarking() {
    seeded = TestNodes.shared();
    taxii = new TaxiiClient(seeded);
    taxii.agreement(ISSUER, "th-ccib", "fraud");
    taxii.agreement("th-ccib", "th-chaophraya-mobile", "fraud");
    for (var type : PATHS.entrySet()) {
      for (var marking : MARKINGS.entrySet()) {
        String id = create(type.getValue(), marking.getValue());
        if (type.getKey().equals("mekong-notice")) {
          Http.Response approved =
              seeded
                  .http()
                  .post(
                      "/api/v1/notices/" + id + "/approval",
                      seeded.keyOf(ISSUER),
                      "{\"reviewer\": \"Wang Fang\"}");
          assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        }
        records.put(type.getKey() + " " + marking.getKey(), type.getKey() + "--" + id);
      }
    }
    draft = "mekong-notice--" + create("/api/v1/notices", "{\"tlp\": \"clear\"}");
  }

  private static String create(String path, String marking) {
    String body = body(path, marking);
    return LegalFixtures.create(seeded, ISSUER, path, body).get("id").asString();
  }

  @Test
  void eachAgencyFindsInTheCollectionExactlyWhatTheTableSays() {
    List<String> failures = new ArrayList<>();
    for (String agency : AGENCIES) {
      Set<String> seen = collection(agency);
      Set<String> manifest = manifest(agency);
      for (var record : records.entrySet()) {
        String[] typeAndMarking = record.getKey().split(" ");
        boolean expected = expected(agency, typeAndMarking[0], typeAndMarking[1]);
        String id = record.getValue();
        int one = taxii.get(TaxiiClient.COLLECTION + "objects/" + id + "/", agency).status();
        int versions =
            taxii.get(TaxiiClient.COLLECTION + "objects/" + id + "/versions/", agency).status();
        if (seen.contains(id) != expected
            || manifest.contains(id) != expected
            || one != (expected ? 200 : 404)
            || versions != (expected ? 200 : 404)) {
          failures.add(
              record.getKey()
                  + " as "
                  + agency
                  + ": listed "
                  + seen.contains(id)
                  + ", manifest "
                  + manifest.contains(id)
                  + ", object "
                  + one
                  + ", versions "
                  + versions);
        }
      }
      if (seen.contains(draft)
          || taxii.get(TaxiiClient.COLLECTION + "objects/" + draft + "/", agency).status() != 404) {
        failures.add("the draft notice as " + agency);
      }
    }
    assertThat(failures).as("type × marking × agency that answered wrongly").isEmpty();
  }

  @Test
  void theObjectsCarryTheirMarkingAndOnlyTheIssuerAndRecipientsLearnTheRecipients() {
    JsonNode red =
        taxii
            .ok(
                TaxiiClient.COLLECTION + "objects/" + records.get("mekong-entry-ban red-mm") + "/",
                "mm-police")
            .get("objects")
            .get(0);
    assertThat(red.get("object_marking_refs").get(0).asString())
        .isEqualTo("marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1");
    assertThat(red.get("recipients").get(0).asString()).isEqualTo("mm-police");
    assertThat(red.get("created_by_ref").asString()).startsWith("identity--");
    assertThat(red.get("version").asInt()).isEqualTo(1);
    JsonNode h2 =
        taxii
            .ok(
                TaxiiClient.COLLECTION + "objects/" + records.get("mekong-notice green-h2") + "/",
                "th-immigration")
            .get("objects")
            .get(0);
    assertThat(h2.get("handling").get(0).asString()).isEqualTo("H2");
    assertThat(h2.get("review").get("status").asString()).isEqualTo("published");
    JsonNode named =
        taxii
            .ok(
                TaxiiClient.COLLECTION
                    + "objects/?match%5Btype%5D=mekong-notice&match%5Bid%5D="
                    + records.get("mekong-notice amber-immigration"),
                "th-immigration")
            .get("objects")
            .get(0);
    assertThat(named.get("recipients").get(0).asString()).isEqualTo("th-immigration");
  }

  @Test
  void typeFiltersSelectTheLegalTypesAndIndicatorsApart() {
    JsonNode bans =
        taxii.ok(TaxiiClient.COLLECTION + "objects/?match%5Btype%5D=mekong-entry-ban", "th-ccib");
    Set<String> types = new HashSet<>();
    bans.path("objects").forEach(object -> types.add(object.get("type").asString()));
    assertThat(types).containsExactly("mekong-entry-ban");
    JsonNode indicators =
        taxii.ok(TaxiiClient.COLLECTION + "objects/?match%5Btype%5D=indicator&limit=50", "th-ccib");
    indicators
        .path("objects")
        .forEach(object -> assertThat(object.get("type").asString()).isEqualTo("indicator"));
  }

  private static boolean expected(String agency, String type, String marking) {
    return AUDIENCE.getOrDefault(marking, Set.of()).contains(agency)
        && READERS.getOrDefault(type, Set.of()).contains(agency);
  }

  /** Every legal object id in the collection for {@code agency}, following {@code next}. */
  private static Set<String> collection(String agency) {
    return page(
        agency,
        "objects/?match%5Btype%5D=mekong-legal-action,mekong-expulsion,mekong-entry-ban,mekong-notice"
            + "&limit=37");
  }

  private static Set<String> manifest(String agency) {
    return page(agency, "manifest/?limit=200");
  }

  private static Set<String> page(String agency, String query) {
    Set<String> ids = new HashSet<>();
    String next = null;
    do {
      String path =
          TaxiiClient.COLLECTION
              + query
              + (next == null ? "" : "&next=" + TaxiiClient.encode(next));
      JsonNode page = taxii.ok(path, agency);
      page.path("objects").forEach(object -> ids.add(object.get("id").asString()));
      next = page.path("more").asBoolean() ? page.get("next").asString() : null;
    } while (next != null);
    return ids;
  }

  private static String body(String path, String marking) {
    String person =
        LegalFixtures.person(
            "\"Taxii " + UUID.randomUUID().toString().substring(0, 6) + "\"", "1980", "CHN", "E1");
    String withCategories = marking + ", \"categories\": [\"fraud\"]";
    return switch (path) {
      case "/api/v1/legal-actions" ->
          """
          {"marking": %s, "record": {"kind": "arrest", "subject": %s, "caseReference": "C 1",
            "authority": "MPS", "date": "2026-10-01", "legalBasis": "Criminal Law art. 266"}}"""
              .formatted(withCategories, person);
      case "/api/v1/expulsions" ->
          """
          {"marking": %s, "record": {"subject": %s, "orderReference": "EX 1",
            "issuingAuthority": "NIA", "legalBasis": "Exit and Entry Law art. 81",
            "orderDate": "2026-10-10", "destination": "MMR"}}"""
              .formatted(withCategories, person);
      case "/api/v1/entry-bans" -> LegalFixtures.ban(person, withCategories, "2031-01-01");
      default ->
          LegalFixtures.notice("wanted", person, withCategories, ", \"legalBasis\": \"Warrant 1\"");
    };
  }
}
