package org.mekong.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

/**
 * {@code ./mekong screen} against a real node, three ways: online through {@code POST
 * /api/v1/screen}, offline against the node's CSV export, and privacy-preserving against its hashed
 * export with candidates confirmed by the node. All three find the same listed number and name the
 * same indicator.
 */
class ScreenAgainstNodeTest {

  private static SeededNode seeded;
  private static String operator;
  private static String number;
  private static String indicator;

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeAll
  static void publish() {
    seeded = TestNodes.shared();
    operator = seeded.keyOf("th-chaophraya-mobile");
    String digits = "8" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    number = "+66" + digits;
    Http.Response published =
        seeded
            .http()
            .post(
                "/api/v1/indicators",
                seeded.keyOf("th-ccib"),
                "{\"type\":\"phone\",\"value\":\""
                    + number
                    + "\",\"categories\":[\"fraud.loan\"],\"confidence\":70,\"tlp\":\"green\"}");
    assertThat(published.status()).as(published.body()).isEqualTo(201);
    indicator = published.json().get("indicator").get("id").asString();
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (System.nanoTime() < deadline) {
      Http.Response screened =
          seeded
              .http()
              .post("/api/v1/screen", operator, "{\"items\":[{\"value\":\"" + number + "\"}]}");
      if (screened.status() == 200 && screened.body().contains(indicator)) {
        return;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    throw new AssertionError("the watch list did not list " + number);
  }

  @Test
  void onlineThroughTheNode() throws IOException {
    int status =
        run(
            "screen",
            "--format",
            "cdr",
            "--region",
            "TH",
            "--quiet",
            "--url",
            seeded.node().baseUrl(),
            "--api-key",
            operator,
            calls().toString());

    assertThat(status).as(err.toString()).isZero();
    assertFound();
  }

  @Test
  void offlineAgainstTheCsvExport() throws Exception {
    Path export = download("/api/v1/indicators:export?format=csv", "export.csv");

    int status =
        run(
            "screen",
            "--format",
            "cdr",
            "--region",
            "TH",
            "--quiet",
            "--list",
            export.toString(),
            calls().toString());

    assertThat(status).as(err.toString()).isZero();
    assertFound();
  }

  @Test
  void privacyPreservingAgainstTheHashedExport() throws Exception {
    String key;
    Http.Response rotated = seeded.http().post("/api/v1/screen/keys:rotate", operator, "");
    assertThat(rotated.status()).as(rotated.body()).isEqualTo(201);
    key = rotated.json().get("key").asString();
    Path list = download("/api/v1/screen/hashed-list?kind=bloom&fpr=0.001", "list.mkhl");

    int status =
        run(
            "screen",
            "--format",
            "cdr",
            "--region",
            "TH",
            "--quiet",
            "--list",
            list.toString(),
            "--key",
            key,
            "--url",
            seeded.node().baseUrl(),
            "--api-key",
            operator,
            calls().toString());

    assertThat(status).as(err.toString()).isZero();
    assertThat(err.toString()).contains("hashed export");
    assertFound();
  }

  @Test
  void aHashedExportWithoutTheKeyIsAUsageError() throws Exception {
    seeded.http().post("/api/v1/screen/keys:rotate", operator, "");
    Path list = download("/api/v1/screen/hashed-list?kind=hashes", "list.mkhl");

    int status =
        run("screen", "--format", "cdr", "--quiet", "--list", list.toString(), calls().toString());

    assertThat(status).isEqualTo(2);
    assertThat(err.toString()).contains("--key");
  }

  private void assertFound() {
    List<JsonNode> hits = out.toString().lines().map(Http.JSON::readTree).toList();
    assertThat(hits).as(out.toString()).hasSize(2);
    assertThat(hits).extracting(h -> h.get("row").asInt()).containsExactly(1, 3);
    assertThat(out.toString()).contains(indicator).contains("fraud.loan");
  }

  private Path calls() throws IOException {
    String national = "0" + number.substring(3);
    return Files.writeString(
        dir.resolve("calls.csv"),
        "a_number,b_number,imei,imsi,cell,start,duration\n"
            + national
            + ",66898765432,,,52001-1-1,2026-11-28T08:15:02Z,60\n"
            + "66898765432,66811111111,,,52001-1-1,2026-11-28T08:16:02Z,60\n"
            + "66898765432,"
            + number.substring(1)
            + ",,,52001-1-1,2026-11-28T08:17:02Z,60\n",
        StandardCharsets.UTF_8);
  }

  private Path download(String path, String name) throws Exception {
    HttpResponse<Path> response =
        HttpClient.newHttpClient()
            .send(
                seeded.http().request(path, operator).GET().build(),
                HttpResponse.BodyHandlers.ofFile(dir.resolve(name)));
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  private int run(String... args) {
    CommandLine cli = MekongCommand.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }
}
