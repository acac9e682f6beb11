package org.mekong.server.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mekong.server.MekongNode;
import org.mekong.server.support.TestNodes;

/** The index of known people is loaded when a node starts, before any request needs it. */
class PeopleIndexLoadTest {

  @Test
  void theIndexLoadsInTheBackgroundWithoutARequest() throws Exception {
    Path dir = TestNodes.newDataDir();
    try (MekongNode node = TestNodes.start(dir, Map.of())) {
      PeopleIndex index = node.bean(PeopleIndex.class);
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (!index.isLoaded() && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertThat(index.isLoaded()).as("loaded with no request made").isTrue();
      assertThat(index.isRunning()).isTrue();
    } finally {
      TestNodes.deleteRecursively(dir);
    }
  }
}
