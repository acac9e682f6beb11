package org.mekong.server.taxii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mekong.server.taxii.TaxiiClient.encode;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import tools.jackson.databind.JsonNode;

/**
 * A bilateral API root from the configuration ({@code th-cn}: th-ccib and cn-mps-afc): only its
 * members see it, and its indicators are those its members originated that the caller may see.
 */
class TaxiiTrustGroupTest {

  private static final String BILATERAL = "/taxii2/th-cn/";
  private static final String INDICATORS =
      BILATERAL + "collections/" + ApiRoots.INDICATORS + "/objects/";

  private static TaxiiClient taxii;

  @BeforeAll
  static void start() {
    taxii = new TaxiiClient(TestNodes.shared());
  }

  private static String phone() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return "+8613" + random.nextInt(10) + (10_000_000 + random.nextInt(89_999_999));
  }

  private static String publish(String agency, String tlp, String extra) {
    return taxii.publish(
        agency,
        "{\"type\":\"phone\",\"value\":\""
            + phone()
            + "\",\"categories\":[\"fraud.investment\"],\"confidence\":70,\"tlp\":\""
            + tlp
            + "\""
            + extra
            + "}");
  }

  private static List<String> ids(JsonNode envelope) {
    List<String> ids = new ArrayList<>();
    JsonNode objects = envelope.get("objects");
    if (objects != null) {
      objects.forEach(object -> ids.add(object.get("id").asString()));
    }
    return ids;
  }

  @Test
  void discoveryListsOnlyTheRootsTheCallerBelongsTo() {
    JsonNode member = taxii.ok("/taxii2/", "cn-mps-afc");
    assertThat(member.get("api_roots"))
        .extracting(JsonNode::asString)
        .containsExactly("/taxii2/mekong/", BILATERAL);
    assertThat(member.get("default").asString()).isEqualTo("/taxii2/mekong/");

    JsonNode outsider = taxii.ok("/taxii2/", "mm-police");
    assertThat(outsider.get("api_roots"))
        .extracting(JsonNode::asString)
        .containsExactly("/taxii2/mekong/");
  }

  @Test
  void membersReadTheRootAndItsCollections() {
    assertThat(taxii.ok(BILATERAL, "th-ccib").get("title").asString())
        .isEqualTo("Thailand and China");
    JsonNode collections = taxii.ok(BILATERAL + "collections/", "cn-mps-afc");
    assertThat(collections.get("collections"))
        .extracting(c -> c.get("id").asString())
        .containsExactly(ApiRoots.INDICATORS.toString(), ApiRoots.DEFINITIONS.toString());
  }

  @Test
  void aNonMemberGetsTheSame404AsForARootThatDoesNotExist() {
    for (String path :
        List.of(
            BILATERAL,
            BILATERAL + "collections/",
            BILATERAL + "collections/" + ApiRoots.INDICATORS + "/",
            INDICATORS,
            BILATERAL + "collections/" + ApiRoots.INDICATORS + "/manifest/",
            BILATERAL + "collections/" + ApiRoots.DEFINITIONS + "/objects/",
            BILATERAL + "status/6d1a2b3c-0000-4000-8000-000000000001/")) {
      Http.Response response = taxii.get(path, "mm-police");
      assertThat(response.status()).as(path).isEqualTo(404);
      TaxiiDiscoveryTest.assertTaxiiError(response, 404);
      assertThat(response.json().get("description").asString())
          .isEqualTo("no API root th-cn on this node");
    }
    Http.Response post =
        taxii.post(
            INDICATORS,
            "mm-police",
            TaxiiClient.STIX,
            "{\"type\":\"bundle\",\"id\":\"bundle--6d1a2b3c-0000-4000-8000-000000000002\","
                + "\"objects\":[]}");
    assertThat(post.status()).isEqualTo(404);
  }

  @Test
  void theIndicatorsCollectionHoldsOnlyTheMembersIndicators() {
    String thai = publish("th-ccib", "green", "");
    String chinese = publish("cn-mps-afc", "green", "");
    String myanmar = publish("mm-police", "green", "");
    String query = "?match[id]=" + encode(thai + "," + chinese + "," + myanmar);

    assertThat(ids(taxii.ok(INDICATORS + query, "cn-mps-afc")))
        .containsExactlyInAnyOrder(thai, chinese);
    assertThat(ids(taxii.ok(TaxiiClient.COLLECTION + "objects/" + query, "cn-mps-afc")))
        .containsExactlyInAnyOrder(thai, chinese, myanmar);

    assertThat(taxii.get(INDICATORS + myanmar + "/", "cn-mps-afc").status()).isEqualTo(404);
    assertThat(ids(taxii.ok(INDICATORS + thai + "/", "cn-mps-afc"))).containsExactly(thai);
    JsonNode manifest =
        taxii.ok(
            BILATERAL + "collections/" + ApiRoots.INDICATORS + "/manifest/" + query, "th-ccib");
    assertThat(manifest.get("objects"))
        .extracting(o -> o.get("id").asString())
        .containsExactlyInAnyOrder(thai, chinese);
  }

  @Test
  void theMarkingRulesStillDecideWhatAMemberSees() {
    String amberForNobody = publish("th-ccib", "amber", "");
    String redForChina = publish("th-ccib", "red", ",\"recipients\":[\"cn-mps-afc\"]");
    String query = "?match[id]=" + encode(amberForNobody + "," + redForChina);

    assertThat(ids(taxii.ok(INDICATORS + query, "cn-mps-afc"))).containsExactly(redForChina);
    assertThat(ids(taxii.ok(INDICATORS + query, "th-ccib")))
        .containsExactlyInAnyOrder(amberForNobody, redForChina);
    assertThat(taxii.get(INDICATORS + amberForNobody + "/", "cn-mps-afc").status()).isEqualTo(404);
  }

  @Test
  void membersAddObjectsThroughTheirRoot() {
    String number = phone();
    Http.Response added =
        taxii.post(
            INDICATORS,
            "cn-mps-afc",
            TaxiiClient.STIX,
            "{\"type\":\"bundle\",\"id\":\"bundle--6d1a2b3c-0000-4000-8000-000000000003\","
                + "\"objects\":[{\"type\":\"indicator\",\"spec_version\":\"2.1\","
                + "\"id\":\"indicator--6d1a2b3c-0000-4000-8000-000000000004\","
                + "\"created\":\"2026-02-01T10:00:00.000Z\",\"modified\":\"2026-02-01T10:00:00.000Z\","
                + "\"pattern\":\"[phone-number:value = '"
                + number
                + "']\",\"pattern_type\":\"stix\",\"valid_from\":\"2026-02-01T10:00:00Z\","
                + "\"object_marking_refs\":"
                + "[\"marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb\"]}]}");
    assertThat(added.status()).as(added.body()).isEqualTo(202);
    assertThat(added.json().get("success_count").asInt()).isEqualTo(1);
    String status = added.json().get("id").asString();
    assertThat(
            taxii.ok(BILATERAL + "status/" + status + "/", "cn-mps-afc").get("status").asString())
        .isEqualTo("complete");
  }
}
