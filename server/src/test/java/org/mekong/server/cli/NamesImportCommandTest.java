package org.mekong.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;
import tools.jackson.databind.JsonNode;

/**
 * {@code ./mekong names import FILE --list NAME} against a real node: the good lines of an FtM file
 * are stored and then found by a search, each bad line is printed with its number and reason, the
 * counts are printed, and a second run changes nothing; a bad list name, a missing file and a
 * missing key fail before anything is sent.
 */
class NamesImportCommandTest {

  private static SeededNode seeded;
  private static String thai;

  @TempDir Path dir;

  @BeforeAll
  static void ready() throws InterruptedException {
    seeded = TestNodes.shared();
    thai = seeded.keyOf("th-ccib");
    for (int i = 0; i < 600; i++) {
      Http.Response status = seeded.http().get("/api/v1/names/status", thai);
      if (status.status() == 200 && status.json().get("ready").asBoolean()) {
        return;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("the name index was not ready in a minute");
  }

  @Test
  void importsTheGoodLinesAndPrintsEachRefusalAndTheCounts() throws IOException {
    String id = "cli-" + UUID.randomUUID();
    String list = "cli-" + UUID.randomUUID().toString().substring(0, 8);
    Path file = dir.resolve("entities.ftm.json");
    Files.writeString(
        file,
        String.join(
            "\n",
            person(id + "-1", "Saw Htoo Eh Moo"),
            "{not json",
            person(id + "-2", "陳大文"),
            "{\"id\":\"" + id + "-3\",\"schema\":\"Spaceship\",\"properties\":{}}",
            ""),
        StandardCharsets.UTF_8);

    CommandRun first = new CommandRun();
    int status = first.run("", args(file, list));

    assertThat(status).as(first.err.toString()).isEqualTo(1);
    assertThat(first.out.toString().lines().toList())
        .hasSize(3)
        .satisfies(lines -> assertThat(lines.get(0)).startsWith("line 2: "))
        .satisfies(lines -> assertThat(lines.get(1)).startsWith("line 4: ").contains("Spaceship"))
        .satisfies(
            lines -> assertThat(lines.get(2)).isEqualTo("list " + list + ": 2 stored, 2 refused"));
    Http.Response found =
        seeded
            .http()
            .post(
                "/api/v1/names/search",
                thai,
                "{\"schema\":\"Person\",\"name\":\"陳大文\",\"limit\":5}");
    assertThat(found.status()).as(found.body()).isEqualTo(200);
    assertThat(found.json().get("results").valueStream().map(NamesImportCommandTest::entityId))
        .contains(id + "-2");

    CommandRun again = new CommandRun();
    assertThat(again.run("", args(file, list))).isEqualTo(1);
    assertThat(again.out.toString()).contains("list " + list + ": 2 stored, 2 refused");
  }

  @Test
  void aFileWithOnlyGoodLinesExitsZero() throws IOException {
    Path file = dir.resolve("one.ftm.json");
    Files.writeString(file, person("cli-" + UUID.randomUUID(), "Saw Chit Chit") + "\n");
    String list = "cli-" + UUID.randomUUID().toString().substring(0, 8);

    CommandRun run = new CommandRun();

    assertThat(run.run("", args(file, list))).as(run.err.toString()).isZero();
    assertThat(run.out.toString()).isEqualTo("list " + list + ": 1 stored, 0 refused\n");
  }

  @Test
  void aBadListNameIsAUsageErrorAndAMissingFileOrKeyFails() throws IOException {
    Path file = dir.resolve("one.ftm.json");
    Files.writeString(file, person("cli-x", "Saw Chit Chit") + "\n");

    CommandRun badList = new CommandRun();
    assertThat(badList.run("", args(file, "Bad List"))).isEqualTo(2);
    assertThat(badList.err.toString()).contains("--list 'Bad List' must be");

    CommandRun missing = new CommandRun();
    assertThat(missing.run("", args(dir.resolve("absent.json"), "cli"))).isEqualTo(1);
    assertThat(missing.err.toString()).contains("no such file");

    CommandRun noKey = new CommandRun();
    int status =
        noKey.run(
            "",
            "names",
            "import",
            file.toString(),
            "--list",
            "cli",
            "--url",
            seeded.node().baseUrl(),
            "--api-key",
            "");
    assertThat(status).isEqualTo(1);
    assertThat(noKey.err.toString()).contains("an API key is needed");
  }

  @Test
  void aRefusalByTheNodeIsPrintedAndFails() throws IOException {
    Path file = dir.resolve("one.ftm.json");
    Files.writeString(file, person("cli-y", "Saw Chit Chit") + "\n");

    CommandRun run = new CommandRun();
    int status =
        run.run(
            "",
            "names",
            "import",
            file.toString(),
            "--list",
            "cli",
            "--tlp",
            "purple",
            "--url",
            seeded.node().baseUrl(),
            "--api-key",
            thai);

    assertThat(status).isEqualTo(1);
    assertThat(run.err.toString()).contains("400").contains("tlp");
  }

  private static String entityId(JsonNode result) {
    return result.get("entity").get("id").asString();
  }

  private String[] args(Path file, String list) {
    return new String[] {
      "names",
      "import",
      file.toString(),
      "--list",
      list,
      "--url",
      seeded.node().baseUrl(),
      "--api-key",
      thai
    };
  }

  private static String person(String id, String name) {
    return "{\"id\":\"%s\",\"schema\":\"Person\",\"properties\":{\"name\":[\"%s\"]},\"datasets\":[\"test\"]}"
        .formatted(id, name);
  }
}
