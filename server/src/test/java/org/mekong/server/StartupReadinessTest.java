package org.mekong.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mekong.server.config.NodeConfig;
import org.mekong.server.config.NodeConfigLoader;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;

/**
 * A node held back at start-up (the demo, while it seeds itself) serves its API but reports {@code
 * OUT_OF_SERVICE} on its readiness probe (and so on its overall health) until it is marked ready; a
 * node not held is ready once started; liveness is UP either way.
 */
class StartupReadinessTest {

  @Test
  void aHeldNodeIsOutOfServiceUntilMarkedReady() {
    Path dataDir = TestNodes.newDataDir();
    try (MekongNode node = start(dataDir, Map.of(MekongNode.HOLD_READINESS, true))) {
      Http http = new Http(node.baseUrl());
      Http.Response before = http.get("/actuator/health/readiness", null);
      assertThat(before.status()).isEqualTo(503);
      assertThat(before.body()).contains("OUT_OF_SERVICE");
      assertThat(http.get("/actuator/health/liveness", null).status()).isEqualTo(200);
      assertThat(http.get("/api/v1/whoami", null).status()).as("the API is served").isEqualTo(401);

      node.markReady();

      Http.Response after = http.get("/actuator/health/readiness", null);
      assertThat(after.status()).isEqualTo(200);
      assertThat(after.body()).contains("UP");
      assertThat(http.get("/actuator/health", null).status()).isEqualTo(200);
      node.markReady();
      assertThat(http.get("/actuator/health/readiness", null).status()).isEqualTo(200);
    } finally {
      TestNodes.deleteRecursively(dataDir);
    }
  }

  @Test
  void aNodeNotHeldIsReadyOnceStarted() {
    Path dataDir = TestNodes.newDataDir();
    try (MekongNode node = start(dataDir, Map.of())) {
      assertThat(new Http(node.baseUrl()).get("/actuator/health/readiness", null).status())
          .isEqualTo(200);
    } finally {
      TestNodes.deleteRecursively(dataDir);
    }
  }

  private static MekongNode start(Path dataDir, Map<String, Object> properties) {
    NodeConfig config =
        NodeConfigLoader.load(null, Map.of(), Map.of("port", "0", "data-dir", dataDir.toString()));
    return MekongNode.start(config, properties);
  }
}
