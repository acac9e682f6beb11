package org.mekong.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mekong.core.agency.AgencyId;
import org.mekong.server.support.ConsoleClient;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;
import tools.jackson.databind.JsonNode;

/**
 * The console's bulk import on a real node: a file with good and bad lines is imported in the
 * background through the API's importer, the page polls its progress, and at the end the counts add
 * up to the lines and every rejected line is listed with its reason, escaped; the import is audited
 * as the person, and only they see it.
 */
class ConsoleImportTest {

  private static final String PASSWORD = "a bulk import passphrase";
  private static final Pattern JOB = Pattern.compile("/console/import/([0-9a-f-]{36})$");
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private static SeededNode seeded;

  @BeforeAll
  static void start() {
    seeded = TestNodes.shared();
    ConsoleAccounts accounts = seeded.node().bean(ConsoleAccounts.class);
    accounts.put(new AgencyId("th-ccib"), "test.importer", PASSWORD, Role.ANALYST);
    accounts.put(new AgencyId("th-amlo"), "test.import-other", PASSWORD, Role.ANALYST);
  }

  private static ConsoleClient person(String username) {
    ConsoleClient console = new ConsoleClient(seeded.node().baseUrl());
    assertThat(console.login(username, PASSWORD, null).location()).doesNotContain("error");
    return console;
  }

  @Test
  void aFileWithGoodAndBadLinesIsCountedAndItsRejectedLinesListed() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String csv =
        """
        type,value,categories
        domain,one-%1$s.console-import.net,fraud
        domain,two-%1$s.console-import.net,fraud.phishing
        domain,<script>alert(1)</script>,fraud
        domain,one-%1$s.console-import.net,fraud
        domain,three-%1$s.console-import.net,fraud
        domain,four-%1$s.console-import.net,no-such-category
        """
            .formatted(run);
    ConsoleClient importer = person("test.importer");
    assertThat(importer.get("/").body()).contains("id=\"nav-import\"");
    assertThat(importer.get("/console/import").body()).contains("enctype=\"multipart/form-data\"");

    String job = upload(importer, "list.csv", csv, Map.of("format", "csv", "tlp", "green"));
    String done = awaitEnd(importer, job);
    assertThat(done).contains("data-state=\"done\"").doesNotContain("hx-trigger");
    long lines = count(done, "lines");
    assertThat(lines).isEqualTo(6);
    assertThat(count(done, "accepted") + count(done, "unchanged") + count(done, "rejected"))
        .isEqualTo(lines);
    assertThat(count(done, "rejected")).isEqualTo(3);
    assertThat(count(done, "created")).isEqualTo(3);
    assertThat(done)
        .contains("<td>4</td>")
        .contains("<td>5</td>")
        .contains("repeats line 2")
        .contains("<td>7</td>")
        .contains("no-such-category")
        .doesNotContain("<script>alert")
        .contains("&lt;script&gt;");
    assertThat(importer.get("/console/import/" + job).body()).contains("data-state=\"done\"");

    String again =
        awaitEnd(
            importer, upload(importer, "list.csv", csv, Map.of("format", "csv", "tlp", "green")));
    assertThat(count(again, "unchanged")).isEqualTo(3);
    assertThat(count(again, "accepted")).isZero();

    ConsoleClient other = person("test.import-other");
    assertThat(other.get("/console/import/" + job).status()).isEqualTo(404);
    assertThat(other.get("/console/import/" + job + "/progress").status()).isEqualTo(404);

    JsonNode audit =
        seeded
            .http()
            .get(
                "/api/v1/admin/audit?agency=th-ccib&limit=1000&action=indicator-import",
                seeded.adminKey())
            .json();
    assertThat(
            audit
                .get("items")
                .valueStream()
                .map(e -> e.get("actor").asString() + " " + e.get("objectId").asString()))
        .contains("th-ccib/test.importer " + job + " csv accepted=3 unchanged=0 rejected=3");
  }

  @Test
  void aFileTheImporterCannotReadEndsWithItsReason() {
    ConsoleClient importer = person("test.importer");
    String job = upload(importer, "bundle.json", "not a bundle", Map.of("format", "stix"));
    String ended = awaitEnd(importer, job);
    assertThat(ended).contains("data-state=\"failed\"").contains("id=\"import-failed\"");
  }

  @Test
  void aFormWithoutAFileOrWithBadValuesIsRefusedNextToTheField() {
    ConsoleClient importer = person("test.importer");
    ConsoleClient.Page noFile =
        send(importer, null, "", Map.of("format", "csv", "confidence", "many"));
    assertThat(noFile.status()).isEqualTo(400);
    assertThat(noFile.body()).contains("id=\"file-error\"").contains("id=\"confidence-error\"");
    ConsoleClient.Page badFormat =
        send(importer, "x.xlsx", "value\nexample.org\n", Map.of("format", "xlsx", "tlp", "purple"));
    assertThat(badFormat.status()).isEqualTo(400);
    assertThat(badFormat.body()).contains("id=\"format-error\"").contains("id=\"tlp-error\"");
  }

  @Test
  void aFileLargerThanTheRequestLimitIsHeldToTheImportLimit() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    StringBuilder csv = new StringBuilder("value\n");
    for (int i = 0; i < 3_000; i++) {
      csv.append("big-").append(run).append('-').append(i).append(".console-import.net\n");
    }
    assertThat(csv.length()).isGreaterThan(65_536);
    ConsoleClient importer = person("test.importer");
    String done =
        awaitEnd(
            importer,
            upload(
                importer,
                "big.txt",
                csv.toString(),
                Map.of("format", "csv", "type", "domain", "category", "fraud")));
    assertThat(count(done, "lines")).isEqualTo(3_000);
    assertThat(count(done, "created")).isEqualTo(3_000);
  }

  @Test
  void aFormOfUndeclaredLengthIsRefusedBeforeItIsParsed() {
    ConsoleClient importer = person("test.importer");
    byte[] body =
        "--b\r\nContent-Disposition: form-data; name=\"format\"\r\n\r\ncsv\r\n--b--\r\n"
            .getBytes(StandardCharsets.UTF_8);
    for (String path : new String[] {"/console/import", "/login", "/console/publish"}) {
      ConsoleClient.Page page =
          importer.send(
              HttpRequest.newBuilder(URI.create(seeded.node().baseUrl() + path))
                  .header("Content-Type", "multipart/form-data; boundary=b")
                  .POST(
                      HttpRequest.BodyPublishers.ofInputStream(
                          () -> new java.io.ByteArrayInputStream(body)))
                  .build());
      assertThat(page.status()).as(path).isEqualTo(411);
    }
  }

  @Test
  void aBorderOfficerDoesNotImport() {
    seeded
        .node()
        .bean(ConsoleAccounts.class)
        .put(new AgencyId("th-ccib"), "test.import-border", PASSWORD, Role.BORDER_OFFICER);
    ConsoleClient officer = person("test.import-border");
    assertThat(officer.get("/console/import").status()).isEqualTo(403);
    assertThat(officer.get("/").body()).doesNotContain("id=\"nav-import\"");
  }

  private static String upload(
      ConsoleClient console, String fileName, String content, Map<String, String> fields) {
    ConsoleClient.Page page = send(console, fileName, content, fields);
    assertThat(page.status()).as(page.body()).isEqualTo(302);
    Matcher job = JOB.matcher(page.location());
    assertThat(job.find()).as(page.location()).isTrue();
    return job.group(1);
  }

  /** Polls the progress fragment, as the page does, until the import has ended. */
  private static String awaitEnd(ConsoleClient console, String job) {
    for (int i = 0; i < 600; i++) {
      ConsoleClient.Page progress = console.get("/console/import/" + job + "/progress");
      assertThat(progress.status()).isEqualTo(200);
      assertThat(progress.body()).doesNotContain("<html");
      if (!progress.body().contains("data-state=\"running\"")) {
        return progress.body();
      }
      assertThat(progress.body()).contains("hx-trigger=\"every 1s\"").contains("<progress");
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("the import " + job + " did not end within a minute");
  }

  private static long count(String page, String what) {
    Matcher count = Pattern.compile("id=\"count-" + what + "\">([0-9,]+)<").matcher(page);
    assertThat(count.find()).as(what + " in " + page).isTrue();
    return Long.parseLong(count.group(1).replace(",", ""));
  }

  /** Posts the form as a browser does: multipart, with the CSRF token of the form page. */
  private static ConsoleClient.Page send(
      ConsoleClient console,
      @Nullable String fileName,
      String content,
      Map<String, String> fields) {
    Matcher token = CSRF.matcher(console.get("/console/import").body());
    assertThat(token.find()).isTrue();
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.put("_csrf", token.group(1));
    String boundary = "----mekong" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    StringBuilder head = new StringBuilder();
    all.forEach(
        (name, value) ->
            head.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(name)
                .append("\"\r\n\r\n")
                .append(value)
                .append("\r\n"));
    head.append("--")
        .append(boundary)
        .append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
        .append(fileName == null ? "" : fileName)
        .append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
    body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content.getBytes(StandardCharsets.UTF_8));
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return console.send(
        HttpRequest.newBuilder(URI.create(seeded.node().baseUrl() + "/console/import"))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build());
  }
}
