package org.mekong.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mekong.server.support.Http;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

class ScreenCommandTest {

  private static final String EXPORT =
      "type,value,region,categories,confidence,tlp,handling,evaluation,valid_from,valid_until,"
          + "description\n"
          + "phone,+66812345678,,fraud.impersonation.authority,80,amber,,B2,"
          + "2026-01-01T00:00:00Z,,\n"
          + "domain,scam-bank.com,,gambling,60,green,,B2,2026-01-01T00:00:00Z,,\n";
  private static final String CDR =
      "a_number,b_number,imei,imsi,cell,start,duration\n"
          + "0812345678,66899999999,,,52001-1-1,2026-11-28T08:15:02Z,60\n"
          + "1,2,3\n"
          + "66899999999,0066812345678,,,52001-1-1,2026-11-28T08:15:02Z,60\n";

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = MekongCommand.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void helpNamesTheFormatsAndTheExitStatus() {
    assertThat(run("screen", "--help")).isZero();
    assertThat(out.toString())
        .contains("cdr, sms, transfers, urls or selectors")
        .contains("--list")
        .contains("--api-key")
        .contains("Exit status");
  }

  @Test
  void screensCallRecordsOfflineAgainstAnExport() throws IOException {
    Path list = write("export.csv", EXPORT);
    Path cdr = write("calls.csv", CDR);

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
            cdr.toString());

    assertThat(status).as(err.toString()).isZero();
    List<JsonNode> hits = out.toString().lines().map(Http.JSON::readTree).toList();
    assertThat(hits).extracting(h -> h.get("row").asInt()).containsExactly(1, 3);
    assertThat(hits.get(0).get("role").asString()).isEqualTo("a_number");
    assertThat(hits.get(0).get("canonical").asString()).isEqualTo("+66812345678");
    assertThat(hits.get(0).get("originator").asString()).isEqualTo("withheld");
    assertThat(hits.get(1).get("input").asString()).isEqualTo("0066812345678");
    assertThat(err.toString())
        .contains("screened 3 rows")
        .contains("2 rows with hits, 2 hits")
        .contains("malformed rows: 1")
        .contains("wrong column count: cdr has 7 columns (line 3)");
  }

  @Test
  void writesCsvToAFile() throws IOException {
    Path list = write("export.csv", EXPORT);
    Path urls = write("visits.csv", "url,visited_at\nhttps://m.scam-bank.com/pay,\n");
    Path output = dir.resolve("hits.csv");

    assertThat(
            run(
                "screen",
                "--format",
                "urls",
                "--quiet",
                "--list",
                list.toString(),
                "--output",
                output.toString(),
                "--output-format",
                "csv",
                urls.toString()))
        .isZero();

    assertThat(Files.readAllLines(output))
        .hasSize(2)
        .last()
        .satisfies(
            line ->
                assertThat(line)
                    .startsWith("1,url,https://m.scam-bank.com/pay,")
                    .endsWith(",gambling,60,green,withheld,url_host,scam-bank.com"));
  }

  @Test
  void usageErrorsExitTwoAndUnreadableInputOne() throws IOException {
    Path list = write("export.csv", EXPORT);
    Path cdr = write("calls.csv", CDR);
    assertThat(run("screen", "--format", "pcap", "--list", list.toString(), cdr.toString()))
        .isEqualTo(2);
    assertThat(
            run(
                "screen",
                "--format",
                "cdr",
                "--type",
                "phone",
                "--list",
                list.toString(),
                cdr.toString()))
        .isEqualTo(2);
    assertThat(
            run(
                "screen",
                "--format",
                "cdr",
                "--region",
                "XX",
                "--list",
                list.toString(),
                cdr.toString()))
        .isEqualTo(2);
    assertThat(
            run(
                "screen",
                "--format",
                "cdr",
                "--list",
                list.toString(),
                "--output-format",
                "xml",
                cdr.toString()))
        .isEqualTo(2);
    assertThat(
            run(
                "screen",
                "--format",
                "cdr",
                "--list",
                list.toString(),
                "--api-key",
                "k",
                cdr.toString()))
        .isEqualTo(2);
    assertThat(
            run(
                "screen",
                "--format",
                "cdr",
                "--list",
                list.toString(),
                dir.resolve("missing.csv").toString()))
        .isEqualTo(1);
    assertThat(run("screen", "--format", "cdr", "--list", cdr.toString(), cdr.toString()))
        .isEqualTo(1);
    assertThat(err.toString()).contains("is not a CSV indicator export");
  }

  @Test
  void screensThroughANodeInBatchesOfTenThousand() throws IOException {
    List<JsonNode> requests = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    HttpServer stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    stub.createContext(
        "/api/v1/screen",
        exchange -> {
          JsonNode request = Http.JSON.readTree(exchange.getRequestBody().readAllBytes());
          String response;
          synchronized (requests) {
            requests.add(request);
            keys.add(exchange.getRequestHeaders().getFirst("Authorization"));
          }
          StringBuilder results = new StringBuilder("{\"results\":[");
          for (int i = 0; i < request.get("items").size(); i++) {
            JsonNode item = request.get("items").get(i);
            String value = item.get("value").asString();
            results.append(i == 0 ? "" : ",");
            if (value.equals("+66812345678")) {
              results.append(
                  "{\"input\":\""
                      + value
                      + "\",\"canonical\":\""
                      + value
                      + "\",\"verdict\":\"hit\","
                      + "\"score\":80,\"matches\":[{\"indicator\":"
                      + "\"indicator--0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9\",\"type\":\"phone\","
                      + "\"canonical\":\"+66812345678\",\"categories\":"
                      + "[\"fraud.impersonation.authority\"],\"confidence\":80,\"tlp\":\"amber\","
                      + "\"originator\":\"cn-mps-afc\",\"match\":\"exact\","
                      + "\"matched\":\"+66812345678\"}]}");
            } else {
              results.append("{\"input\":\"" + value + "\",\"verdict\":\"no_hit\",\"matches\":[]}");
            }
          }
          response = results.append("]}").toString();
          byte[] body = response.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    stub.start();
    try {
      StringBuilder lines = new StringBuilder();
      for (int i = 0; i < 10_500; i++) {
        lines.append(i == 7_000 ? "+66812345678" : "+668" + (10_000_000 + i)).append('\n');
      }
      Path selectors = write("selectors.txt", lines.toString());
      String url = "http://127.0.0.1:" + stub.getAddress().getPort();

      int status =
          run(
              "screen",
              "--format",
              "selectors",
              "--type",
              "phone",
              "--quiet",
              "--url",
              url,
              "--api-key",
              "secret",
              selectors.toString());

      assertThat(status).as(err.toString()).isZero();
      assertThat(requests).extracting(r -> r.get("items").size()).containsExactly(10_000, 500);
      assertThat(requests.get(0).get("items").get(0).get("type").asString()).isEqualTo("phone");
      assertThat(keys).containsOnly("Bearer secret");
      JsonNode hit = Http.JSON.readTree(out.toString().strip());
      assertThat(hit.get("row").asInt()).isEqualTo(7_001);
      assertThat(hit.get("originator").asString()).isEqualTo("cn-mps-afc");
      assertThat(hit.get("match").asString()).isEqualTo("exact");
    } finally {
      stub.stop(0);
    }
  }

  @Test
  void aFailingNodeExitsOne() throws IOException {
    HttpServer stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    stub.createContext(
        "/api/v1/screen",
        exchange -> {
          exchange.sendResponseHeaders(503, -1);
          exchange.close();
        });
    stub.start();
    try {
      Path selectors = write("selectors.txt", "+66812345678\n");
      assertThat(
              run(
                  "screen",
                  "--format",
                  "selectors",
                  "--quiet",
                  "--url",
                  "http://127.0.0.1:" + stub.getAddress().getPort(),
                  "--api-key",
                  "k",
                  selectors.toString()))
          .isEqualTo(1);
      assertThat(err.toString()).contains("503");
    } finally {
      stub.stop(0);
    }
  }
}
