package org.mekong.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mekong.server.agency.AgencyDirectory;
import org.mekong.server.cli.MekongCommand;
import org.mekong.server.indicator.IndicatorImporter;
import org.mekong.server.indicator.IndicatorRegistry;
import org.mekong.server.sharing.SharingPolicies;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;
import picocli.CommandLine;

/**
 * The demo's story end to end: a node seeded with the synthetic world, the day of traffic it
 * writes, and {@code ./mekong screen} through the node as the operator and the bank — which finds
 * exactly the planted cases, as often as the expected file says.
 */
class DemoScreeningTest {

  private static final long SEED = 20261128L;

  @Test
  void screeningTheDaysTrafficFindsExactlyThePlantedCases() throws IOException {
    Path dataDir = TestNodes.newDataDir();
    SeededNode seeded = TestNodes.startSeeded(dataDir, Map.of());
    try {
      new DemoWorldSeeder(
              seeded.node().bean(AgencyDirectory.class),
              seeded.node().bean(SharingPolicies.class),
              seeded.node().bean(IndicatorImporter.class),
              seeded.node().bean(IndicatorRegistry.class))
          .seed(SEED, 3_000);
      java.time.Instant committed = java.time.Instant.now();
      DemoTraffic.Written traffic = DemoTraffic.write(dataDir, SEED);
      Map<String, Integer> expected = expected(traffic.files().get(3));
      awaitSynced(seeded, committed);

      Map<String, Integer> calls =
          screen(seeded, "th-chaophraya-mobile", "cdr", traffic.files().get(0));
      Map<String, Integer> transfers =
          screen(seeded, "th-mekhala-bank", "transfers", traffic.files().get(1));
      Map<String, Integer> web =
          screen(seeded, "th-chaophraya-mobile", "urls", traffic.files().get(2));

      Map<String, Integer> found = new HashMap<>(calls);
      transfers.forEach((k, v) -> found.merge(k, v, Integer::sum));
      web.forEach((k, v) -> found.merge(k, v, Integer::sum));
      assertThat(found).isEqualTo(expected);
    } finally {
      seeded.node().close();
      TestNodes.deleteRecursively(dataDir);
    }
  }

  /** The expected file: selector → hits. */
  private static Map<String, Integer> expected(Path file) throws IOException {
    Map<String, Integer> expected = new HashMap<>();
    List<String> lines = Files.readAllLines(file);
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",");
      expected.merge(cells[2], Integer.parseInt(cells[3]), Integer::sum);
    }
    return expected;
  }

  /** Screens a file through the node as an agency; matched key → hits. */
  private static Map<String, Integer> screen(
      SeededNode seeded, String agency, String format, Path file) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = MekongCommand.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int status =
        cli.execute(
            "screen",
            "--format",
            format,
            "--region",
            "TH",
            "--quiet",
            "--url",
            seeded.node().baseUrl(),
            "--api-key",
            seeded.keyOf(agency),
            file.toString());
    assertThat(status).as(err.toString()).isZero();
    Map<String, Integer> hits = new HashMap<>();
    out.toString()
        .lines()
        .map(Http.JSON::readTree)
        .forEach(hit -> hits.merge(hit.get("matched").asString(), 1, Integer::sum));
    return hits;
  }

  /** Waits for a sync of the watch list that began after the world was committed. */
  private static void awaitSynced(SeededNode seeded, java.time.Instant committed) {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (System.nanoTime() < deadline) {
      Http.Response status = seeded.http().get("/api/v1/screen/status", seeded.keyOf("th-ccib"));
      if (status.status() == 200
          && status.json().get("ready").asBoolean()
          && status.json().has("lastSync")
          && java.time.Instant.parse(status.json().get("lastSync").asString())
              .isAfter(committed.plusMillis(500))) {
        return;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    throw new AssertionError("the watch list did not catch up with the seeded world");
  }
}
