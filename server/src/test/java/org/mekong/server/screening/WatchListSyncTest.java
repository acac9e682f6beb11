package org.mekong.server.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.mekong.server.MekongNode;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;
import tools.jackson.databind.JsonNode;

/**
 * The watch list follows the registry through the change feed, including a change that commits
 * after a later-numbered one, and is rebuilt from PostgreSQL when the node restarts.
 */
class WatchListSyncTest {

  @Test
  void aChangeCommittedAfterALaterNumberedOneIsStillApplied() throws Exception {
    SeededNode seeded = TestNodes.shared();
    String number = ScreeningApiTest.randomChineseMobile();
    String id = ScreeningFixtures.publishPhone(seeded, "cn-mps-afc", number, "green", "");
    String china = seeded.keyOf("cn-mps-afc");
    awaitConfidence(seeded, china, number, 80);

    DataSource data = seeded.node().bean(DataSource.class);
    try (Connection slow = data.getConnection()) {
      slow.setAutoCommit(false);
      long early;
      try (PreparedStatement next =
              slow.prepareStatement("SELECT nextval('indicator_change_seq')");
          ResultSet rs = next.executeQuery()) {
        rs.next();
        early = rs.getLong(1);
      }
      String later = ScreeningApiTest.randomChineseMobile();
      ScreeningFixtures.publishPhone(seeded, "cn-mps-afc", later, "green", "");
      awaitConfidence(seeded, china, later, 80);

      try (PreparedStatement update =
          slow.prepareStatement(
              "UPDATE indicator SET confidence = 35, change_seq = ? WHERE id = ?")) {
        update.setLong(1, early);
        update.setString(2, id);
        assertThat(update.executeUpdate()).isEqualTo(1);
      }
      slow.commit();
    }

    awaitConfidence(seeded, china, number, 35);
  }

  @Test
  void aRestartedNodeRebuildsItsWatchListFromTheDatabase() {
    Path dataDir = TestNodes.newDataDir();
    String number = ScreeningApiTest.randomChineseMobile();
    try {
      SeededNode first = TestNodes.startSeeded(dataDir, Map.of());
      try {
        ScreeningFixtures.publishPhone(first, "cn-mps-afc", number, "green", "");
        awaitConfidence(first, first.keyOf("cn-mps-afc"), number, 80);
      } finally {
        first.node().close();
      }
      MekongNode again = TestNodes.start(dataDir, Map.of());
      try {
        SeededNode restarted = new SeededNode(again, dataDir, first.credentials());
        awaitConfidence(restarted, first.keyOf("th-chaophraya-mobile"), number, 80);
      } finally {
        again.close();
      }
    } finally {
      TestNodes.deleteRecursively(dataDir);
    }
  }

  @Test
  void aBulkImportAndAChangeByAnotherImportScreen() {
    SeededNode seeded = TestNodes.shared();
    String number = ScreeningApiTest.randomChineseMobile();
    String china = seeded.keyOf("cn-mps-afc");
    importPhone(seeded, china, number, 80);
    awaitConfidence(seeded, china, number, 80);
    importPhone(seeded, china, number, 35);
    awaitConfidence(seeded, china, number, 35);
  }

  private static void importPhone(SeededNode seeded, String key, String number, int confidence) {
    Http http = seeded.http();
    Http.Response response =
        http.send(
            http.request(
                    "/api/v1/indicators:import?format=list&type=phone&category=fraud&tlp=green"
                        + "&confidence="
                        + confidence,
                    key)
                .header("Content-Type", "text/plain")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(number + "\n"))
                .build());
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.json().get("accepted").asInt()).as(response.body()).isEqualTo(1);
  }

  private static void awaitConfidence(
      SeededNode seeded, String key, String number, int confidence) {
    Http http = seeded.http();
    ScreeningFixtures.await(
        () -> {
          Http.Response response =
              http.post("/api/v1/screen", key, "{\"items\":[{\"value\":\"" + number + "\"}]}");
          if (response.status() != 200) {
            return null;
          }
          JsonNode matches = response.json().get("results").get(0).get("matches");
          return matches.size() == 1 && matches.get(0).get("confidence").asInt() == confidence
              ? matches
              : null;
        });
  }
}
