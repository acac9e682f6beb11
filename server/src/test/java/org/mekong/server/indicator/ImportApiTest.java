package org.mekong.server.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mekong.server.cli.MekongCommand;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;
import tools.jackson.databind.JsonNode;

class ImportApiTest {

  private final SeededNode seeded = TestNodes.shared();
  private final Http http = seeded.http();
  private final String ccib = seeded.keyOf("th-ccib");

  private Http.Response importBody(String query, String body) {
    return http.send(
        http.request("/api/v1/indicators:import" + query, ccib)
            .header("Content-Type", "text/plain")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  @Test
  void aListImportsOnceReportsBadLinesAndReimportsUnchanged() {
    String run = Long.toString(System.nanoTime(), 36);
    String list =
        "# scam domains seen this week\n"
            + "kbank-secure-"
            + run
            + ".top\n"
            + "\n"
            + "not a domain at all\n"
            + "ccb-refund-"
            + run
            + ".vip\n"
            + "kbank-secure-"
            + run
            + ".top\n"
            + "google.com\n";
    Http.Response first =
        importBody(
            "?format=list&type=domain&category=fraud.phishing&tlp=green&confidence=70", list);
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    JsonNode report = first.json();
    assertThat(report.get("accepted").asLong()).isEqualTo(2);
    assertThat(report.get("unchanged").asLong()).isZero();
    assertThat(report.get("rejectedCount").asLong()).isEqualTo(3);
    JsonNode rejected = report.get("rejected");
    assertThat(rejected.get(0).get("line").asLong()).isEqualTo(4);
    assertThat(rejected.get(1).get("line").asLong()).isEqualTo(6);
    assertThat(rejected.get(1).get("reason").asString()).contains("repeats line 2");
    assertThat(rejected.get(2).get("line").asLong()).isEqualTo(7);
    assertThat(rejected.get(2).get("reason").asString()).contains("warning list");

    JsonNode again =
        importBody("?format=list&type=domain&category=fraud.phishing&tlp=green&confidence=70", list)
            .json();
    assertThat(again.get("accepted").asLong()).isZero();
    assertThat(again.get("unchanged").asLong()).isEqualTo(2);

    JsonNode found =
        http.get("/api/v1/indicators?selector=ccb-refund-" + run + ".vip&type=domain", ccib).json();
    assertThat(found.get("items").get(0).get("tlp").asString()).isEqualTo("green");
    assertThat(found.get("items").get(0).get("confidence").asInt()).isEqualTo(70);
  }

  @Test
  void badFileWideSettingsAreRefusedBeforeReading() {
    assertThat(importBody("?format=xlsx", "x").status()).isEqualTo(400);
    assertThat(importBody("?format=list&tlp=purple", "x").status()).isEqualTo(400);
    assertThat(importBody("?format=list&category=nonsense", "x").json().get("detail").asString())
        .contains("fraud.loan");
    assertThat(
            http.send(
                    http.request(
                            "/api/v1/indicators:import?format=list",
                            seeded.keyOf("th-chaophraya-mobile"))
                        .POST(HttpRequest.BodyPublishers.ofString("x.top"))
                        .build())
                .status())
        .isEqualTo(403);
  }

  @Test
  void theCommandLineStreamsAFileAndPrintsTheReport() throws IOException {
    Path file = Files.createTempFile("mekong-import", ".hosts");
    String run = Long.toString(System.nanoTime(), 36);
    Files.writeString(
        file,
        "0.0.0.0 casino-"
            + run
            + ".asia\n0.0.0.0 m.casino-"
            + run
            + ".asia\n127.0.0.1 localhost\n");
    try {
      int exit =
          MekongCommand.commandLine()
              .execute(
                  "import",
                  "--url",
                  seeded.node().baseUrl(),
                  "--api-key",
                  ccib,
                  "--format",
                  "hosts",
                  "--category",
                  "gambling",
                  "--tlp",
                  "clear",
                  "--quiet",
                  file.toString());
      assertThat(exit).isZero();
      JsonNode found =
          http.get("/api/v1/indicators?selector=m.casino-" + run + ".asia&type=domain", ccib)
              .json();
      assertThat(found.get("items").size()).isEqualTo(1);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Test
  void thePublicScamAndGamblingListsImportWithEveryValidLineKept() throws IOException {
    Path found = sharedWatchlists();
    assumeTrue(found != null, "../shared/data/watchlists is absent");
    Path lists = java.util.Objects.requireNonNull(found);
    for (String name : new String[] {"scam-domains.hosts", "gambling-domains.hosts"}) {
      Path file = lists.resolve(name);
      String category = name.startsWith("scam") ? "fraud.phishing" : "gambling";
      Http.Response first =
          http.send(
              http.request(
                      "/api/v1/indicators:import?format=hosts&tlp=clear&category=" + category,
                      seeded.keyOf("mm-police"))
                  .POST(HttpRequest.BodyPublishers.ofFile(file))
                  .build());
      assertThat(first.status()).as(first.body()).isEqualTo(200);
      JsonNode report = first.json();
      long accepted = report.get("accepted").asLong() + report.get("unchanged").asLong();
      System.out.printf(
          "%s: accepted %d, rejected %d%n", name, accepted, report.get("rejectedCount").asLong());
      assertThat(accepted).isGreaterThan(name.startsWith("scam") ? 8_000 : 50_000);
      report.get("rejected").forEach(r -> assertThat(r.get("reason").asString()).isNotBlank());

      JsonNode again =
          http.send(
                  http.request(
                          "/api/v1/indicators:import?format=hosts&tlp=clear&category=" + category,
                          seeded.keyOf("mm-police"))
                      .POST(HttpRequest.BodyPublishers.ofFile(file))
                      .build())
              .json();
      assertThat(again.get("accepted").asLong()).as("re-import of %s", name).isZero();
      assertThat(again.get("unchanged").asLong()).isEqualTo(accepted);
    }
  }

  private static @org.jspecify.annotations.Nullable Path sharedWatchlists() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolveSibling("shared").resolve("data").resolve("watchlists");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}
