package org.mekong.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
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

/** The demo fills a new node with the synthetic world once, and the planted cases are visible. */
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
    } finally {
      seeded.node().close();
      TestNodes.deleteRecursively(dataDir);
    }
  }
}
