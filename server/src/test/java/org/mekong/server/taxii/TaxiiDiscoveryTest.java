package org.mekong.server.taxii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mekong.server.taxii.TaxiiClient.COLLECTION;
import static org.mekong.server.taxii.TaxiiClient.ROOT;

import java.net.http.HttpRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;
import tools.jackson.databind.JsonNode;

/** Discovery, API root and collections, media types, authentication and TAXII error messages. */
class TaxiiDiscoveryTest {

  private static SeededNode seeded;
  private static TaxiiClient taxii;

  @BeforeAll
  static void start() {
    seeded = TestNodes.shared();
    taxii = new TaxiiClient(seeded);
  }

  @Test
  void discoveryNamesTheApiRoot() {
    JsonNode discovery = taxii.ok("/taxii2/", "th-ccib");
    assertThat(discovery.get("title").asString()).contains("TAXII");
    assertThat(discovery.get("default").asString()).isEqualTo(ROOT);
    assertThat(discovery.get("api_roots").get(0).asString()).isEqualTo(ROOT);
  }

  @Test
  void theApiRootAdvertisesTaxii21AndItsMaxContentLength() {
    JsonNode root = taxii.ok(ROOT, "th-ccib");
    assertThat(root.get("versions").get(0).asString()).isEqualTo(TaxiiClient.TAXII);
    assertThat(root.get("max_content_length").asLong()).isEqualTo(65_536);
    assertThat(root.get("title").asString()).isNotBlank();
  }

  @Test
  void collectionsSayWhoMayWrite() {
    JsonNode collections = taxii.ok(ROOT + "collections/", "th-ccib");
    assertThat(collections.get("collections")).hasSize(2);
    JsonNode indicators = collections.get("collections").get(0);
    assertThat(indicators.get("id").asString()).isEqualTo("7d4e5a4c-3f0b-4a55-9a1e-6f2b8c0d9e11");
    assertThat(indicators.get("can_read").asBoolean()).isTrue();
    assertThat(indicators.get("can_write").asBoolean()).isTrue();
    assertThat(indicators.get("media_types").get(0).asString()).isEqualTo(TaxiiClient.STIX);

    JsonNode asClient = taxii.ok(COLLECTION, "th-chaophraya-mobile");
    assertThat(asClient.get("can_read").asBoolean()).isTrue();
    assertThat(asClient.get("can_write").asBoolean()).isFalse();
  }

  @Test
  void unknownRootsAndCollectionsAre404TaxiiErrors() {
    Http.Response root = taxii.get("/taxii2/nowhere/", "th-ccib");
    assertThat(root.status()).isEqualTo(404);
    assertTaxiiError(root, 404);
    Http.Response collection =
        taxii.get(ROOT + "collections/00000000-0000-4000-8000-000000000000/", "th-ccib");
    assertThat(collection.status()).isEqualTo(404);
    assertTaxiiError(collection, 404);
    Http.Response elsewhere = taxii.get(ROOT + "collections/x/y/z/", "th-ccib");
    assertThat(elsewhere.status()).isEqualTo(404);
    assertTaxiiError(elsewhere, 404);
    Http.Response status = taxii.get(ROOT + "status/not-a-uuid/", "th-ccib");
    assertThat(status.status()).isEqualTo(404);
    assertTaxiiError(status, 404);
  }

  @Test
  void anAcceptThatRulesOutTaxiiIs406() {
    Http.Response json =
        taxii
            .http()
            .send(
                taxii
                    .http()
                    .request(ROOT, seeded.keyOf("th-ccib"))
                    .header("Accept", "application/json")
                    .GET()
                    .build());
    assertThat(json.status()).isEqualTo(406);
    assertTaxiiError(json, 406);
    Http.Response oldVersion =
        taxii
            .http()
            .send(
                taxii
                    .http()
                    .request(ROOT, seeded.keyOf("th-ccib"))
                    .header("Accept", "application/taxii+json;version=2.0")
                    .GET()
                    .build());
    assertThat(oldVersion.status()).isEqualTo(406);
    Http.Response wildcard =
        taxii
            .http()
            .send(
                taxii
                    .http()
                    .request(ROOT, seeded.keyOf("th-ccib"))
                    .header("Accept", "application/json, */*;q=0.1")
                    .GET()
                    .build());
    assertThat(wildcard.status()).isEqualTo(200);
  }

  @Test
  void withoutCredentialsIs401AsATaxiiError() {
    Http.Response response = taxii.get("/taxii2/", null);
    assertThat(response.status()).isEqualTo(401);
    assertTaxiiError(response, 401);
  }

  @Test
  void httpBasicWithTheAgencyAndItsKeyWorks() {
    Http.Response ok = taxii.basic(ROOT + "collections/", "th-ccib", seeded.keyOf("th-ccib"));
    assertThat(ok.status()).as(ok.body()).isEqualTo(200);
    Http.Response wrongUser = taxii.basic(ROOT, "th-amlo", seeded.keyOf("th-ccib"));
    assertThat(wrongUser.status()).isEqualTo(401);
  }

  @Test
  void addingAnythingButTaxiiOrStixJsonIs415() {
    Http.Response response =
        taxii.post(COLLECTION + "objects/", "th-ccib", "application/json", "{}");
    assertThat(response.status()).isEqualTo(415);
    assertTaxiiError(response, 415);
  }

  @Test
  void aBodyOverMaxContentLengthIs413() {
    String big =
        "{\"type\":\"bundle\",\"id\":\"bundle--x\",\"pad\":\"" + "x".repeat(70_000) + "\"}";
    Http.Response response = taxii.post(COLLECTION + "objects/", "th-ccib", TaxiiClient.STIX, big);
    assertThat(response.status()).isEqualTo(413);
    assertTaxiiError(response, 413);
    Http.Response chunked =
        taxii
            .http()
            .send(
                taxii
                    .http()
                    .request(COLLECTION + "objects/", seeded.keyOf("th-ccib"))
                    .header("Accept", TaxiiClient.TAXII)
                    .header("Content-Type", TaxiiClient.STIX)
                    .POST(
                        HttpRequest.BodyPublishers.ofInputStream(
                            () -> new java.io.ByteArrayInputStream(big.getBytes())))
                    .build());
    assertThat(chunked.status()).isEqualTo(413);
  }

  @Test
  void screeningClientsMayNotAddObjects() {
    Http.Response response =
        taxii.post(
            COLLECTION + "objects/",
            "th-chaophraya-mobile",
            TaxiiClient.STIX,
            "{\"type\":\"bundle\",\"id\":\"bundle--6d1a2b3c-0000-4000-8000-000000000001\","
                + "\"objects\":[]}");
    assertThat(response.status()).isEqualTo(403);
    assertTaxiiError(response, 403);
  }

  static void assertTaxiiError(Http.Response response, int status) {
    assertThat(response.contentType()).isEqualTo(TaxiiClient.TAXII);
    JsonNode error = response.json();
    assertThat(error.get("title").asString()).isNotBlank();
    assertThat(error.get("description").asString()).isNotBlank();
    assertThat(error.get("http_status").asString()).isEqualTo(String.valueOf(status));
  }
}
