package org.mekong.server.taxii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mekong.server.taxii.TaxiiClient.encode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.stix.StixDefinitions;
import org.mekong.core.stix.StixIdentities;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import tools.jackson.databind.JsonNode;

/**
 * The read-only {@code definitions} collection: extension and marking definitions and identities,
 * with the indicators collection's filters and paging.
 */
class TaxiiDefinitionsTest {

  private static final String COLLECTION =
      "/taxii2/mekong/collections/" + ApiRoots.DEFINITIONS + "/";
  private static final String OBJECTS = COLLECTION + "objects/";
  private static final String TLP_RED = "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1";

  private static TaxiiClient taxii;

  @BeforeAll
  static void start() {
    taxii = new TaxiiClient(TestNodes.shared());
  }

  private static List<JsonNode> objects(JsonNode envelope) {
    List<JsonNode> objects = new ArrayList<>();
    JsonNode list = envelope.get("objects");
    if (list != null) {
      list.forEach(objects::add);
    }
    return objects;
  }

  private static List<String> ids(JsonNode envelope) {
    return objects(envelope).stream().map(o -> o.get("id").asString()).toList();
  }

  @Test
  void theCollectionIsReadableByEveryAgencyAndWritableByNone() {
    for (String agency : List.of("th-ccib", "th-chaophraya-mobile")) {
      JsonNode collection = taxii.ok(COLLECTION, agency);
      assertThat(collection.get("title").asString()).isEqualTo("Definitions");
      assertThat(collection.get("can_read").asBoolean()).isTrue();
      assertThat(collection.get("can_write").asBoolean()).isFalse();
    }
    Http.Response post =
        taxii.post(
            OBJECTS,
            "th-ccib",
            TaxiiClient.STIX,
            "{\"type\":\"bundle\",\"id\":\"bundle--6d1a2b3c-0000-4000-8000-000000000005\","
                + "\"objects\":[]}");
    assertThat(post.status()).isEqualTo(403);
    TaxiiDiscoveryTest.assertTaxiiError(post, 403);
    Http.Response delete = taxii.delete(OBJECTS + TLP_RED + "/", "th-ccib");
    assertThat(delete.status()).isEqualTo(403);
  }

  @Test
  void itHoldsTheDefinitionsAndTheIdentitiesOfTheNodeAndItsAgencies() {
    JsonNode all = taxii.ok(OBJECTS, "mm-police");
    List<String> ids = ids(all);
    assertThat(all.get("more").asBoolean()).isFalse();
    assertThat(ids).doesNotHaveDuplicates();
    for (JsonNode definition : StixDefinitions.extensionDefinitions()) {
      assertThat(ids).contains(definition.get("id").asString());
    }
    for (JsonNode marking : StixDefinitions.tlpMarkingDefinitions()) {
      assertThat(ids).contains(marking.get("id").asString());
    }
    assertThat(ids)
        .contains(
            StixIdentities.MEKONG,
            StixIdentities.of(new AgencyId("th-ccib")),
            StixIdentities.of(new AgencyId("mm-police")))
        .doesNotContain(StixIdentities.of(new AgencyId("th-chaophraya-mobile")));
    assertThat(objects(all))
        .filteredOn(o -> o.get("type").asString().equals("identity"))
        .anySatisfy(o -> assertThat(o.get("identity_class").asString()).isEqualTo("system"));
    assertThat(objects(taxii.ok(OBJECTS + "?match[type]=marking-definition", "th-ccib")))
        .hasSize(5 + 64);
    assertThat(objects(taxii.ok(OBJECTS + "?match[type]=extension-definition", "th-ccib")))
        .hasSize(StixDefinitions.extensionDefinitions().size());
    assertThat(objects(taxii.ok(OBJECTS + "?match[type]=indicator", "th-ccib"))).isEmpty();
    assertThat(objects(taxii.ok(OBJECTS + "?match[spec_version]=2.0", "th-ccib"))).isEmpty();
  }

  @Test
  void aTrustGroupRootListsOnlyItsMembersIdentities() {
    List<String> identities =
        ids(
            taxii.ok(
                "/taxii2/th-cn/collections/"
                    + ApiRoots.DEFINITIONS
                    + "/objects/?match[type]=identity",
                "th-ccib"));
    assertThat(identities)
        .contains(
            StixIdentities.MEKONG,
            StixIdentities.of(new AgencyId("th-ccib")),
            StixIdentities.of(new AgencyId("cn-mps-afc")))
        .doesNotContain(StixIdentities.of(new AgencyId("mm-police")))
        .hasSize(4);
  }

  @Test
  void oneObjectItsVersionsAndTheManifest() {
    List<JsonNode> red = objects(taxii.ok(OBJECTS + TLP_RED + "/", "th-ccib"));
    assertThat(red).hasSize(1);
    assertThat(red.getFirst().get("name").asString()).isEqualTo("TLP:RED");
    JsonNode versions = taxii.ok(OBJECTS + TLP_RED + "/versions/", "th-ccib");
    assertThat(versions.get("versions"))
        .extracting(JsonNode::asString)
        .containsExactly(StixDefinitions.TLP_2_CREATED);
    assertThat(
            objects(
                taxii.ok(
                    OBJECTS + TLP_RED + "/?match[version]=" + encode(StixDefinitions.TLP_2_CREATED),
                    "th-ccib")))
        .hasSize(1);
    assertThat(
            objects(
                taxii.ok(
                    OBJECTS + TLP_RED + "/?match[version]=" + encode("2020-01-01T00:00:00Z"),
                    "th-ccib")))
        .isEmpty();
    Http.Response missing =
        taxii.get(OBJECTS + "marking-definition--00000000-0000-4000-8000-000000000000/", "th-ccib");
    assertThat(missing.status()).isEqualTo(404);
    TaxiiDiscoveryTest.assertTaxiiError(missing, 404);

    JsonNode manifest =
        taxii.ok(
            COLLECTION + "manifest/?match[id]=" + encode(TLP_RED + "," + StixIdentities.MEKONG),
            "th-ccib");
    assertThat(manifest.get("objects")).hasSize(2);
    JsonNode entry = manifest.get("objects").get(0);
    assertThat(entry.get("date_added").asString()).endsWith("Z");
    assertThat(entry.get("media_type").asString()).isEqualTo(TaxiiClient.STIX);

    String added = entry.get("date_added").asString();
    assertThat(objects(taxii.ok(OBJECTS + "?added_after=" + encode(added), "th-ccib")))
        .allSatisfy(o -> assertThat(o.get("type").asString()).isEqualTo("identity"));
  }

  @Test
  void pagesWithLimitAndNextGiveEveryObjectOnce() {
    List<String> unpaged = ids(taxii.ok(OBJECTS, "th-ccib"));
    List<String> paged = new ArrayList<>();
    Set<String> cursors = new HashSet<>();
    String next = null;
    do {
      JsonNode page =
          taxii.ok(OBJECTS + "?limit=7" + (next == null ? "" : "&next=" + encode(next)), "th-ccib");
      assertThat(objects(page).size()).isLessThanOrEqualTo(7);
      paged.addAll(ids(page));
      next = page.get("more").asBoolean() ? page.get("next").asString() : null;
      assertThat(next == null || cursors.add(next)).isTrue();
    } while (next != null);
    assertThat(paged).containsExactlyElementsOf(unpaged);

    Http.Response bad = taxii.get(OBJECTS + "?next=bm90LWEtY3Vyc29y", "th-ccib");
    assertThat(bad.status()).isEqualTo(400);
    TaxiiDiscoveryTest.assertTaxiiError(bad, 400);
  }
}
