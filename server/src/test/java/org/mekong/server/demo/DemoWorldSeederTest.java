package org.mekong.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mekong.core.synthetic.SyntheticWorld;
import org.mekong.server.agency.AgencyDirectory;
import org.mekong.server.indicator.IndicatorImporter;
import org.mekong.server.indicator.IndicatorRegistry;
import org.mekong.server.sharing.SharingPolicies;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;
import tools.jackson.databind.JsonNode;

/**
 * The demo fills a new node with the synthetic world once, and the planted cases are visible; the
 * border story is told once on top of it.
 */
class DemoWorldSeederTest {

  @Test
  void theDemoAgenciesAreTheSyntheticWorldsAgencies() {
    assertThat(DemoAgencies.ALL).containsExactlyInAnyOrderElementsOf(SyntheticWorld.agencies());
  }

  @Test
  void seedsOnceWithEverySelectorTypeAndThePlantedCases() {
    Path dataDir = TestNodes.newDataDir();
    SeededNode seeded = TestNodes.startSeeded(dataDir, Map.of());
    try {
      var node = seeded.node();
      DemoWorldSeeder seeder =
          new DemoWorldSeeder(
              node.bean(AgencyDirectory.class),
              node.bean(SharingPolicies.class),
              node.bean(IndicatorImporter.class),
              node.bean(IndicatorRegistry.class));
      DemoWorldSeeder.Seeded first = seeder.seed(7, 3_000);
      assertThat(first.seededNow()).isTrue();
      assertThat(first.indicators()).isEqualTo(3_000);
      assertThat(first.sightings()).isPositive();
      assertThat(seeder.seed(7, 3_000).seededNow())
          .as("a node with data is left as it is")
          .isFalse();

      Http http = seeded.http();
      Set<String> types = new HashSet<>();
      String cursor = null;
      do {
        JsonNode page =
            http.get(
                    "/api/v1/indicators?limit=1000" + (cursor == null ? "" : "&cursor=" + cursor),
                    seeded.keyOf("cn-mps-afc"))
                .json();
        page.get("items").forEach(i -> types.add(i.get("selector").get("type").asString()));
        cursor = page.hasNonNull("nextCursor") ? page.get("nextCursor").asString() : null;
      } while (cursor != null);
      assertThat(types)
          .contains(
              "phone",
              "bank-account",
              "wallet",
              "domain",
              "url",
              "ip",
              "imei",
              "imsi",
              "email",
              "app",
              "social");

      String client = seeded.keyOf("th-chaophraya-mobile");
      for (var planted : SyntheticWorld.planted(7).all()) {
        JsonNode correlation =
            http.get(
                    "/api/v1/correlation?selector="
                        + java.net.URLEncoder.encode(
                            planted.selector().canonical(), java.nio.charset.StandardCharsets.UTF_8)
                        + "&type="
                        + planted.selector().type().code(),
                    client)
                .json();
        assertThat(correlation.get("indicators").asInt())
            .as("the operator sees planted %s", planted.selector().canonical())
            .isPositive();
      }

      assertTheBorderStory(seeded);
    } finally {
      seeded.node().close();
      TestNodes.deleteRecursively(dataDir);
    }
  }

  /** The border story's records exist and its checks hit what they should; told once only. */
  private static void assertTheBorderStory(SeededNode seeded) {
    List<String> printed = new ArrayList<>();
    BorderStory.Told told = BorderStory.tell(seeded.credentials(), printed::add);
    assertThat(told.toldNow()).isTrue();
    assertThat(told.checkHit()).as("the Mae Sot check hits the ban: %s", printed).isTrue();
    assertThat(told.noticeHit()).as("the name typed in Thai hits the notice: %s", printed).isTrue();
    assertThat(printed)
        .anyMatch(line -> line.contains("Mae Sot") && line.contains("hit entry-ban (certain"))
        .anyMatch(line -> line.contains("typed") && line.contains("hit notice (strong"));

    Http http = seeded.http();
    String immigration = seeded.keyOf("th-immigration");
    JsonNode check = http.get("/api/v1/border/checks/" + told.checkId(), immigration).json();
    JsonNode hit = check.get("hits").get(0);
    assertThat(hit.get("recordType").asString()).isEqualTo("entry-ban");
    assertThat(told.banIds()).contains(hit.get("recordId").asString());
    assertThat(hit.get("strength").asString()).isEqualTo("certain");
    assertThat(check.get("decision").get("decision").asString()).isEqualTo("refused");
    assertThat(told.banIds()).hasSize(3);
    for (String expulsion : told.expulsionIds()) {
      JsonNode record = http.get("/api/v1/expulsions/" + expulsion, immigration).json();
      assertThat(told.banIds()).contains(record.get("record").get("entryBan").asString());
    }
    JsonNode notice = http.get("/api/v1/notices/" + told.noticeId(), immigration).json();
    assertThat(notice.get("standing").asString()).isEqualTo("published");

    JsonNode freeze =
        http.get("/api/v1/requests/" + told.freezeId(), seeded.keyOf("th-mekhala-bank")).json();
    assertThat(freeze.get("kind").asString()).isEqualTo("freeze");
    assertThat(freeze.get("urgency").asString()).isEqualTo("urgent");
    assertThat(
            Duration.between(
                Instant.parse(freeze.get("sentAt").asString()),
                Instant.parse(freeze.get("deadline").asString())))
        .isEqualTo(Duration.ofHours(8));
    JsonNode cut =
        http.get("/api/v1/requests/" + told.cutServiceId(), seeded.keyOf("th-chaophraya-mobile"))
            .json();
    assertThat(cut.get("payload").get("cellSites")).hasSize(3);
    assertThat(cut.get("payload").get("ipRanges")).hasSize(2);

    assertThat(BorderStory.tell(seeded.credentials(), printed::add).toldNow())
        .as("a node with the story is left as it is")
        .isFalse();
  }
}
