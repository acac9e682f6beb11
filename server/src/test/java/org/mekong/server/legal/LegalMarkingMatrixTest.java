package org.mekong.server.legal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;

/**
 * Every kind of legal record × every TLP level × every reading agency, read one by one and in
 * lists: what each agency sees is written out below, not computed by the code under test.
 */
class LegalMarkingMatrixTest {

  /** The issuer, the named recipient, and two agencies neither named nor issuing. */
  private static final List<String> VIEWERS =
      List.of("th-ccib", "th-immigration", "mm-police", "cn-mps-afc");

  private static final Set<String> EVERYONE = Set.copyOf(VIEWERS);
  private static final Set<String> ISSUER_AND_RECIPIENT = Set.of("th-ccib", "th-immigration");

  /** The marking of each level, and who must see a record so marked (records carry no category). */
  private static final Map<String, Set<String>> LEVELS =
      Map.of(
          "{\"tlp\": \"clear\"}", EVERYONE,
          "{\"tlp\": \"green\"}", EVERYONE,
          "{\"tlp\": \"amber\", \"recipients\": [\"th-immigration\"]}", ISSUER_AND_RECIPIENT,
          "{\"tlp\": \"amber+strict\", \"recipients\": [\"th-immigration\"]}", ISSUER_AND_RECIPIENT,
          "{\"tlp\": \"red\", \"recipients\": [\"th-immigration\"]}", ISSUER_AND_RECIPIENT,
          "{\"tlp\": \"amber\"}", Set.of("th-ccib"));

  @Test
  void eachAgencySeesExactlyWhatTheMarkingAllows() {
    SeededNode seeded = TestNodes.shared();
    Http http = seeded.http();
    List<String> failures = new ArrayList<>();
    for (var level : LEVELS.entrySet()) {
      for (String path :
          List.of(
              "/api/v1/legal-actions",
              "/api/v1/expulsions",
              "/api/v1/entry-bans",
              "/api/v1/notices")) {
        String id =
            LegalFixtures.create(seeded, "th-ccib", path, body(path, level.getKey()))
                .get("id")
                .asString();
        if (path.endsWith("notices")) {
          Http.Response approved =
              http.post(
                  path + "/" + id + "/approval",
                  seeded.keyOf("th-ccib"),
                  "{\"reviewer\": \"Niran\"}");
          assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        }
        for (String viewer : VIEWERS) {
          boolean expected = level.getValue().contains(viewer);
          int status = http.get(path + "/" + id, seeded.keyOf(viewer)).status();
          boolean listed = http.get(path + "?limit=500", seeded.keyOf(viewer)).body().contains(id);
          if (status != (expected ? 200 : 404) || listed != expected) {
            failures.add(
                path
                    + " "
                    + level.getKey()
                    + " as "
                    + viewer
                    + ": "
                    + status
                    + ", listed "
                    + listed);
          }
        }
      }
    }
    assertThat(failures).as("kind × level × viewer that answered wrongly").isEmpty();
  }

  private static String body(String path, String marking) {
    String person =
        LegalFixtures.person(
            "\"Matrix " + UUID.randomUUID().toString().substring(0, 6) + "\"",
            "1980",
            "THA",
            "AA1");
    return switch (path) {
      case "/api/v1/legal-actions" ->
          """
          {"marking": %s, "record": {"kind": "arrest", "subject": %s, "caseReference": "C 1",
            "authority": "CCIB", "date": "2026-10-01", "legalBasis": "Criminal Code s. 341"}}"""
              .formatted(marking, person);
      case "/api/v1/expulsions" ->
          """
          {"marking": %s, "record": {"subject": %s, "orderReference": "TM35 1",
            "issuingAuthority": "Immigration", "legalBasis": "Immigration Act s. 54",
            "orderDate": "2026-10-10", "destination": "MMR"}}"""
              .formatted(marking, person);
      case "/api/v1/entry-bans" -> LegalFixtures.ban(person, marking, "2031-01-01");
      default ->
          LegalFixtures.notice("information", person, marking, ", \"legalBasis\": \"Act 1\"");
    };
  }
}
