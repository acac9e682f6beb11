package org.mekong.server.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;
import tools.jackson.databind.JsonNode;

/** Exports and STIX views carry only what the caller may see, and never a withheld originator. */
class ExportApiTest {

  private static SeededNode seeded;
  private static Http http;
  private static String run;
  private static String amberId = "";

  @BeforeAll
  static void publish() {
    seeded = TestNodes.shared();
    http = seeded.http();
    run = Long.toString(System.nanoTime(), 36);
    agreement("cn-mps-afc", "th-ccib", "fraud");
    agreement("th-ccib", "th-chaophraya-mobile", "fraud");
    for (String tlp : List.of("green", "amber", "red")) {
      String recipients = tlp.equals("red") ? ",\"recipients\":[\"mm-police\"]" : "";
      Http.Response published =
          http.post(
              "/api/v1/indicators",
              seeded.keyOf("cn-mps-afc"),
              "{\"type\":\"domain\",\"value\":\"export-"
                  + tlp
                  + "-"
                  + run
                  + ".top\","
                  + "\"categories\":[\"fraud.phishing\"],\"tlp\":\""
                  + tlp
                  + "\""
                  + recipients
                  + "}");
      assertThat(published.status()).as(published.body()).isEqualTo(201);
      if (tlp.equals("amber")) {
        amberId = published.json().get("indicator").get("id").asString();
      }
    }
  }

  private static void agreement(String from, String to, String category) {
    http.post(
        "/api/v1/admin/agreements",
        seeded.adminKey(),
        "{\"from\":\"" + from + "\",\"to\":\"" + to + "\",\"categories\":[\"" + category + "\"]}");
  }

  @Test
  void aListExportHoldsWhatTheCallerSees() {
    String forCcib =
        http.get(
                "/api/v1/indicators:export?format=list&category=fraud.phishing",
                seeded.keyOf("th-ccib"))
            .body();
    assertThat(forCcib)
        .contains("export-green-" + run, "export-amber-" + run)
        .doesNotContain("export-red-" + run);
    String forPolice =
        http.get("/api/v1/indicators:export?format=list", seeded.keyOf("mm-police")).body();
    assertThat(forPolice)
        .contains("export-green-" + run, "export-red-" + run)
        .doesNotContain("export-amber-" + run);
  }

  @Test
  void aCsvExportReimportsUnchanged() {
    String csv =
        http.get("/api/v1/indicators:export?format=csv", seeded.keyOf("cn-mps-afc")).body();
    assertThat(csv.lines().findFirst().orElseThrow()).startsWith("type,value");
    String mine =
        csv.lines()
            .filter(line -> line.startsWith("type,") || line.contains("export-green-" + run))
            .reduce((a, b) -> a + "\n" + b)
            .orElseThrow();
    JsonNode report =
        http.send(
                http.request("/api/v1/indicators:import?format=csv", seeded.keyOf("cn-mps-afc"))
                    .POST(HttpRequest.BodyPublishers.ofString(mine))
                    .build())
            .json();
    assertThat(report.get("unchanged").asLong()).as(report.toString()).isEqualTo(1);
  }

  @Test
  void theStixViewWithholdsTheOriginatorFromAClientAndNamesItToARecipient() {
    JsonNode forClient =
        http.get("/api/v1/indicators/" + amberId + "/stix", seeded.keyOf("th-chaophraya-mobile"))
            .json();
    assertThat(forClient.get("type").asString()).isEqualTo("indicator");
    assertThat(forClient.has("created_by_ref")).isFalse();
    assertThat(forClient.get("pattern").asString()).contains("domain-name:value");
    JsonNode forCcib =
        http.get("/api/v1/indicators/" + amberId + "/stix", seeded.keyOf("th-ccib")).json();
    assertThat(forCcib.get("created_by_ref").asString()).startsWith("identity--");
    assertThat(
            http.get("/api/v1/indicators/" + amberId + "/stix", seeded.keyOf("th-amlo")).status())
        .isEqualTo(404);
  }

  @Test
  void aStixBundleExportIsValidJsonAndReimports() {
    JsonNode bundle =
        http.get(
                "/api/v1/indicators:export?format=stix&category=fraud.phishing",
                seeded.keyOf("th-ccib"))
            .json();
    assertThat(bundle.get("type").asString()).isEqualTo("bundle");
    List<String> patterns = new ArrayList<>();
    bundle
        .get("objects")
        .forEach(
            o -> {
              if (o.get("type").asString().equals("indicator"))
                patterns.add(o.get("pattern").asString());
            });
    assertThat(patterns).anyMatch(p -> p.contains("export-amber-" + run));

    JsonNode report =
        http.send(
                http.request("/api/v1/indicators:import?format=stix", seeded.keyOf("mm-police"))
                    .POST(HttpRequest.BodyPublishers.ofString(bundle.toString()))
                    .build())
            .json();
    assertThat(report.get("accepted").asLong() + report.get("unchanged").asLong())
        .as(report.toString())
        .isGreaterThanOrEqualTo(2);
  }

  @Test
  void aMispExportIsAZippedFeedWithoutWithheldOriginators() throws Exception {
    HttpResponse<byte[]> response =
        java.net.http.HttpClient.newHttpClient()
            .send(
                http.request(
                        "/api/v1/indicators:export?format=misp",
                        seeded.keyOf("th-chaophraya-mobile"))
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    List<String> names = new ArrayList<>();
    List<String> events = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
      for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        names.add(entry.getName());
        events.add(new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    assertThat(names).contains("manifest.json");
    String amberEvent =
        events.stream().filter(e -> e.contains("export-amber-" + run)).findFirst().orElseThrow();
    assertThat(amberEvent).contains("\"name\":\"withheld\"").doesNotContain("cn-mps-afc");
    assertThat(
            events.stream()
                .filter(e -> e.contains("export-green-" + run))
                .findFirst()
                .orElseThrow())
        .as("a GREEN indicator names its originator")
        .contains("cn-mps-afc");
  }

  @Test
  void anUnknownFormatIsRefused() {
    assertThat(http.get("/api/v1/indicators:export?format=pdf", seeded.keyOf("th-ccib")).status())
        .isEqualTo(400);
  }
}
