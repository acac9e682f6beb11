package org.mekong.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mekong.core.synthetic.PlantedCases;
import org.mekong.core.synthetic.PublishedItem;
import org.mekong.server.support.TestNodes;

/** The demo writes a day of traffic once, with what screening it must find. */
class DemoTrafficTest {

  @Test
  void writesTheDayBeforeTheAnchorOnceAndKeepsIt() throws IOException {
    Path dataDir = TestNodes.newDataDir();
    try {
      DemoTraffic.Written first = DemoTraffic.write(dataDir, 7);
      assertThat(first.writtenNow()).isTrue();
      assertThat(first.day()).isEqualTo(LocalDate.of(2026, 10, 31));
      assertThat(first.files())
          .extracting(p -> p.getFileName().toString())
          .containsExactly(
              "calls-2026-10-31.csv",
              "transfers-2026-10-31.csv",
              "web-2026-10-31.csv",
              "expected-2026-10-31.csv");
      Path calls = first.files().get(0);
      assertThat(Files.readAllLines(calls)).hasSize(DemoTraffic.CALLS + 1);
      assertThat(Files.readAllLines(first.files().get(1)))
          .hasSize(DemoTraffic.TRANSFERS + 1)
          .first()
          .isEqualTo("payer,payee,amount,currency,executed_at");
      List<String> expected = Files.readAllLines(first.files().get(3));
      assertThat(expected).hasSize(1 + PlantedCases.SIZE);
      for (PublishedItem item : PlantedCases.of(7).all()) {
        assertThat(expected)
            .anyMatch(line -> line.contains("," + item.selector().canonical() + ","));
      }
      byte[] bytes = Files.readAllBytes(calls);
      Files.writeString(calls, "changed");
      assertThat(DemoTraffic.write(dataDir, 7).writtenNow())
          .as("kept when all are there")
          .isFalse();
      Files.delete(first.files().get(2));
      assertThat(DemoTraffic.write(dataDir, 7).writtenNow()).isTrue();
      assertThat(Files.readAllBytes(calls)).as("the same seed, the same bytes").isEqualTo(bytes);
      try (var listing = Files.list(first.directory())) {
        assertThat(listing.filter(p -> p.toString().endsWith(".tmp"))).isEmpty();
      }
    } finally {
      TestNodes.deleteRecursively(dataDir);
    }
  }
}
