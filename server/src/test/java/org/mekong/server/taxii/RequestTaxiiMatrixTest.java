package org.mekong.server.taxii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;
import tools.jackson.databind.JsonNode;

/**
 * Agencies × Mekong's request types over TAXII on the shared node: a request from the Thai AMLO to
 * a partner node's financial intelligence unit is in the collection of that node's agencies alone,
 * by type, by one object and in its versions; every agency of this node (the sender included, who
 * reads it through the requests API) and another partner node's agency find nothing. Through the
 * requests API, only the sender (and the admin) sees it here; a partner node's agency is not served
 * the API at all (403), it reads requests on its own node.
 */
class RequestTaxiiMatrixTest {

  private static final String OBJECTS = TaxiiClient.COLLECTION + "objects/";
  private static final List<String> LOCAL =
      List.of(
          "cn-mps-afc",
          "th-ccib",
          "th-immigration",
          "mm-police",
          "th-amlo",
          "th-chaophraya-mobile",
          "th-mekhala-bank");

  /** Who finds the request in the collection: the agencies of the recipient's node. */
  private static final Set<String> AUDIENCE = Set.of("rq-kh-fiu", "rq-kh-police");

  private static SeededNode seeded;
  private static final Map<String, String> keys = new LinkedHashMap<>();
  private static String id;
  private static String fiuKey;

  @BeforeAll
  static void aRequestToAPartnersAgency() {
    seeded = TestNodes.shared();
    LOCAL.forEach(agency -> keys.put(agency, seeded.keyOf(agency)));
    fiuKey = remote("rq-kh-fiu", "financial-intelligence", "KH", "rq-kh");
    keys.put("rq-kh-fiu", fiuKey);
    keys.put("rq-kh-police", remote("rq-kh-police", "law-enforcement", "KH", "rq-kh"));
    keys.put("rq-la-police", remote("rq-la-police", "law-enforcement", "LA", "rq-la"));
    Http.Response sent =
        seeded
            .http()
            .post(
                "/api/v1/requests",
                keys.get("th-amlo"),
                """
                {"recipient": "rq-kh-fiu", "kind": "information", "urgency": "high",
                 "subject": "Who holds these wallets?",
                 "payload": {"question": "Account holders and KYC documents"}}""");
    assertThat(sent.status()).as(sent.body()).isEqualTo(201);
    id = sent.json().get("id").asString();
  }

  @Test
  void onlyTheRecipientsNodeFindsTheRequestInTheCollection() {
    String stixId = "mekong-request--" + id;
    for (Map.Entry<String, String> viewer : keys.entrySet()) {
      boolean sees = AUDIENCE.contains(viewer.getKey());
      String as = viewer.getKey();
      JsonNode byType = ok(OBJECTS + "?match%5Btype%5D=mekong-request", viewer.getValue());
      assertThat(byType.toString().contains(stixId)).as(as + " by type").isEqualTo(sees);
      String all = everyPage(OBJECTS + "?match%5Bversion%5D=all", viewer.getValue());
      assertThat(all.contains(stixId)).as(as + " all").isEqualTo(sees);
      assertThat(get(OBJECTS + stixId + "/", viewer.getValue()).status())
          .as(as + " one object")
          .isEqualTo(sees ? 200 : 404);
      assertThat(get(OBJECTS + stixId + "/versions/", viewer.getValue()).status())
          .as(as + " versions")
          .isEqualTo(sees ? 200 : 404);
      JsonNode indicators = ok(OBJECTS + "?match%5Btype%5D=indicator", viewer.getValue());
      assertThat(indicators.toString()).as(as + " indicators only").doesNotContain(stixId);
    }
    JsonNode one = ok(OBJECTS + stixId + "/", fiuKey).get("objects").get(0);
    assertThat(one.get("recipients").get(0).asString()).isEqualTo("rq-kh-fiu");
    assertThat(one.get("created_by_ref").asString()).startsWith("identity--");
    assertThat(get(OBJECTS + "mekong-request-response--" + id + "/", fiuKey).status())
        .as("no response yet")
        .isEqualTo(404);
  }

  @Test
  void throughTheRequestsApiOnlyTheSenderAndTheAdminSeeItHere() {
    for (Map.Entry<String, String> viewer : keys.entrySet()) {
      int status = seeded.http().get("/api/v1/requests/" + id, viewer.getValue()).status();
      int expected =
          viewer.getKey().equals("th-amlo") ? 200 : viewer.getKey().startsWith("rq-") ? 403 : 404;
      assertThat(status).as(viewer.getKey()).isEqualTo(expected);
    }
    assertThat(seeded.http().get("/api/v1/requests/" + id, seeded.adminKey()).status())
        .isEqualTo(200);
  }

  private static Http.Response get(String path, String key) {
    return seeded
        .http()
        .send(seeded.http().request(path, key).header("Accept", TaxiiClient.TAXII).GET().build());
  }

  /** Every page of a read, following {@code next}: the shared node holds many objects. */
  private static String everyPage(String path, String key) {
    StringBuilder objects = new StringBuilder();
    JsonNode page = ok(path, key);
    objects.append(page.path("objects"));
    for (int pages = 1; page.path("more").asBoolean(false); pages++) {
      assertThat(pages).as("pages of " + path).isLessThan(1_000);
      page = ok(path + "&next=" + page.get("next").asString(), key);
      objects.append(page.path("objects"));
    }
    return objects.toString();
  }

  private static JsonNode ok(String path, String key) {
    Http.Response response = get(path, key);
    assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
    return response.json();
  }

  private static String remote(String id, String kind, String country, String node) {
    Http.Response created =
        seeded
            .http()
            .post(
                "/api/v1/admin/agencies",
                seeded.adminKey(),
                "{\"id\":\"%s\",\"name\":\"%s\",\"country\":\"%s\",\"kind\":\"%s\",\"node\":\"%s\"}"
                    .formatted(id, id, country, kind, node));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    Http.Response key =
        seeded.http().post("/api/v1/admin/agencies/" + id + "/keys", seeded.adminKey(), "{}");
    assertThat(key.status()).as(key.body()).isEqualTo(201);
    return key.json().get("apiKey").asString();
  }
}
