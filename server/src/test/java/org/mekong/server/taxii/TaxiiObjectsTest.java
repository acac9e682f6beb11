package org.mekong.server.taxii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mekong.server.taxii.TaxiiClient.COLLECTION;
import static org.mekong.server.taxii.TaxiiClient.encode;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.stix.StixIdentities;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import tools.jackson.databind.JsonNode;

/**
 * Objects, one object, its versions and the manifest obey the REST API's marking rules; adding a
 * bundle answers a status; deleting revokes.
 */
class TaxiiObjectsTest {

  private static final String TLP_GREEN =
      "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb";

  private static TaxiiClient taxii;

  @BeforeAll
  static void start() {
    taxii = new TaxiiClient(TestNodes.shared());
    taxii.agreement("cn-mps-afc", "th-ccib", "fraud");
    taxii.agreement("th-ccib", "th-chaophraya-mobile", "fraud");
  }

  private static String phone() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return "+8613" + random.nextInt(10) + (10_000_000 + random.nextInt(89_999_999));
  }

  private static String indicator(String number, String tlp, int confidence, String extra) {
    return "{\"type\":\"phone\",\"value\":\""
        + number
        + "\",\"categories\":[\"fraud.investment\"],\"confidence\":"
        + confidence
        + ",\"tlp\":\""
        + tlp
        + "\""
        + extra
        + "}";
  }

  private static List<JsonNode> objects(JsonNode envelope) {
    List<JsonNode> objects = new ArrayList<>();
    JsonNode list = envelope.get("objects");
    if (list != null) {
      list.forEach(objects::add);
    }
    return objects;
  }

  @Test
  void versionFiltersReturnTheLastTheFirstOrEveryVersion() {
    String number = phone();
    String id = taxii.publish("th-ccib", indicator(number, "green", 60, ""));
    taxii.publish("th-ccib", indicator(number, "green", 75, ""));
    String path = COLLECTION + "objects/" + id + "/";

    List<JsonNode> last = objects(taxii.ok(path, "th-amlo"));
    assertThat(last).hasSize(1);
    assertThat(last.getFirst().get("confidence").asInt()).isEqualTo(75);

    List<JsonNode> first = objects(taxii.ok(path + "?match[version]=first", "th-amlo"));
    assertThat(first).hasSize(1);
    assertThat(first.getFirst().get("confidence").asInt()).isEqualTo(60);

    List<JsonNode> all = objects(taxii.ok(path + "?match[version]=all", "th-amlo"));
    assertThat(all).extracting(o -> o.get("confidence").asInt()).containsExactly(60, 75);

    String firstModified = first.getFirst().get("modified").asString();
    List<JsonNode> at =
        objects(taxii.ok(path + "?match[version]=" + encode(firstModified), "th-amlo"));
    assertThat(at).extracting(o -> o.get("confidence").asInt()).containsExactly(60);

    JsonNode versions = taxii.ok(path + "versions/", "th-amlo");
    assertThat(versions.get("more").asBoolean()).isFalse();
    assertThat(versions.get("versions")).hasSize(2);
    assertThat(versions.get("versions").get(0).asString()).isEqualTo(firstModified);

    JsonNode manifest = taxii.ok(COLLECTION + "manifest/?match[id]=" + id, "th-amlo");
    assertThat(manifest.get("objects")).hasSize(1);
    JsonNode entry = manifest.get("objects").get(0);
    assertThat(entry.get("id").asString()).isEqualTo(id);
    assertThat(entry.get("version").asString())
        .isEqualTo(last.getFirst().get("modified").asString());
    assertThat(entry.get("media_type").asString()).isEqualTo(TaxiiClient.STIX);
    assertThat(entry.get("date_added").asString()).endsWith("Z");

    assertThat(objects(taxii.ok(path + "?match[type]=malware", "th-amlo"))).isEmpty();
    assertThat(objects(taxii.ok(path + "?match[spec_version]=2.0", "th-amlo"))).isEmpty();
    assertThat(objects(taxii.ok(path + "?match[spec_version]=2.1", "th-amlo"))).hasSize(1);
  }

  @Test
  void redNotNamingTheCallerDoesNotExistForIt() {
    String id =
        taxii.publish(
            "cn-mps-afc", indicator(phone(), "red", 70, ",\"recipients\":[\"mm-police\"]"));
    String object = COLLECTION + "objects/" + id + "/";
    assertThat(objects(taxii.ok(COLLECTION + "objects/?match[id]=" + id, "th-ccib"))).isEmpty();
    assertThat(taxii.ok(COLLECTION + "manifest/?match[id]=" + id, "th-ccib").get("objects"))
        .isNull();
    Http.Response byId = taxii.get(object, "th-ccib");
    assertThat(byId.status()).isEqualTo(404);
    TaxiiDiscoveryTest.assertTaxiiError(byId, 404);
    assertThat(taxii.get(object + "versions/", "th-ccib").status()).isEqualTo(404);
    assertThat(taxii.delete(object, "th-ccib").status()).isEqualTo(404);

    assertThat(objects(taxii.ok(object, "mm-police"))).hasSize(1);
    assertThat(objects(taxii.ok(COLLECTION + "objects/?match[id]=" + id, "mm-police"))).hasSize(1);
  }

  @Test
  void aWithheldOriginatorStaysWithheld() {
    String id = taxii.publish("cn-mps-afc", indicator(phone(), "amber", 70, ""));
    String object = COLLECTION + "objects/" + id + "/?match[version]=all";
    JsonNode asClient = objects(taxii.ok(object, "th-chaophraya-mobile")).getFirst();
    assertThat(asClient.has("created_by_ref")).isFalse();
    assertThat(asClient.toString()).doesNotContain("cn-mps-afc");

    JsonNode asRecipient = objects(taxii.ok(object, "th-ccib")).getFirst();
    assertThat(asRecipient.get("created_by_ref").asString())
        .isEqualTo(StixIdentities.of(new AgencyId("cn-mps-afc")));
    assertThat(taxii.get(object, "th-amlo").status()).isEqualTo(404);
  }

  @Test
  void anAddedBundleAnswersAStatusAndItsIndicatorIsReadable() {
    String run = Long.toString(System.nanoTime(), 36);
    String good = "indicator--" + UUID.randomUUID();
    String bad = "indicator--" + UUID.randomUUID();
    String bundle =
        "{\"type\":\"bundle\",\"id\":\"bundle--"
            + UUID.randomUUID()
            + "\",\"objects\":["
            + stixIndicator(good, "[domain-name:value = 'taxii-" + run + "-scam.top']")
            + ","
            + stixIndicator(
                bad, "[domain-name:value = 'a-" + run + ".top' OR domain-name:value = 'b.top']")
            + ",{\"type\":\"identity\",\"spec_version\":\"2.1\",\"id\":\"identity--"
            + UUID.randomUUID()
            + "\",\"created\":\"2026-01-02T00:00:00.000Z\",\"modified\":\"2026-01-02T00:00:00.000Z\","
            + "\"name\":\"Someone\"}]}";
    Http.Response added = taxii.post(COLLECTION + "objects/", "th-ccib", TaxiiClient.STIX, bundle);
    assertThat(added.status()).as(added.body()).isEqualTo(202);
    assertThat(added.contentType()).isEqualTo(TaxiiClient.TAXII);
    JsonNode status = added.json();
    assertThat(status.get("status").asString()).isEqualTo("complete");
    assertThat(status.get("total_count").asInt()).isEqualTo(3);
    assertThat(status.get("success_count").asInt()).isEqualTo(2);
    assertThat(status.get("failure_count").asInt()).isEqualTo(1);
    assertThat(status.get("pending_count").asInt()).isZero();
    assertThat(status.get("failures").get(0).get("id").asString()).isEqualTo(bad);
    assertThat(status.get("failures").get(0).get("message").asString()).contains("OR");
    JsonNode success = status.get("successes").get(0);
    assertThat(success.get("id").asString()).isEqualTo(good);
    assertThat(success.get("version").asString()).isEqualTo("2026-01-02T00:00:00.000Z");
    String stored = success.get("message").asString().replace("stored as ", "");

    String statusPath = TaxiiClient.ROOT + "status/" + status.get("id").asString() + "/";
    assertThat(taxii.ok(statusPath, "th-ccib")).isEqualTo(status);
    assertThat(taxii.get(statusPath, "mm-police").status()).isEqualTo(404);

    List<JsonNode> read = objects(taxii.ok(COLLECTION + "objects/" + stored + "/", "th-amlo"));
    assertThat(read).hasSize(1);
    assertThat(read.getFirst().get("pattern").asString()).contains("taxii-" + run + "-scam.top");

    Http.Response notABundle =
        taxii.post(COLLECTION + "objects/", "th-ccib", TaxiiClient.STIX, "[1]");
    assertThat(notABundle.status()).isEqualTo(422);
    TaxiiDiscoveryTest.assertTaxiiError(notABundle, 422);
  }

  private static String stixIndicator(String id, String pattern) {
    return "{\"type\":\"indicator\",\"spec_version\":\"2.1\",\"id\":\""
        + id
        + "\",\"created\":\"2026-01-02T00:00:00.000Z\",\"modified\":\"2026-01-02T00:00:00.000Z\","
        + "\"pattern\":\""
        + pattern.replace("'", "'")
        + "\",\"pattern_type\":\"stix\",\"valid_from\":\"2026-01-02T00:00:00Z\","
        + "\"indicator_types\":[\"malicious-activity\"],\"labels\":[\"fraud\"],"
        + "\"object_marking_refs\":[\""
        + TLP_GREEN
        + "\"]}";
  }

  @Test
  void onlyTheOriginatorDeletesAndDeletingRevokes() {
    String id = taxii.publish("th-ccib", indicator(phone(), "green", 60, ""));
    String object = COLLECTION + "objects/" + id + "/";
    Http.Response stranger = taxii.delete(object, "mm-police");
    assertThat(stranger.status()).isEqualTo(403);
    TaxiiDiscoveryTest.assertTaxiiError(stranger, 403);

    assertThat(taxii.delete(object, "th-ccib").status()).isEqualTo(200);
    List<JsonNode> all = objects(taxii.ok(object + "?match[version]=all", "mm-police"));
    assertThat(all).extracting(o -> o.get("revoked").asBoolean()).containsExactly(false, true);
    assertThat(taxii.delete(COLLECTION + "objects/indicator--nonsense/", "th-ccib").status())
        .isEqualTo(404);
  }

  @Test
  void aCursorThisServerDidNotGiveIs400() {
    Http.Response response = taxii.get(COLLECTION + "objects/?next=bm9wZQ", "th-ccib");
    assertThat(response.status()).isEqualTo(400);
    TaxiiDiscoveryTest.assertTaxiiError(response, 400);
    assertThat(taxii.get(COLLECTION + "objects/?limit=0", "th-ccib").status()).isEqualTo(400);
    assertThat(taxii.get(COLLECTION + "objects/?added_after=yesterday", "th-ccib").status())
        .isEqualTo(400);
  }
}
