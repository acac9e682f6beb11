package org.mekong.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class NamesCommandTest {

  private final CommandRun command = new CommandRun();
  private final StringWriter out = command.out;
  private final StringWriter err = command.err;

  private int run(String stdin, String... args) {
    return command.run(stdin, args);
  }

  private List<JsonNode> lines() {
    return command.lines();
  }

  @Test
  void comparesTwoNamesGivenAsArgumentsAndPrintsTheContractsFields() {
    assertThat(run("", "names", "compare", "王小红", "Wang Hsiao-hung")).isZero();
    JsonNode line = lines().getFirst();
    assertThat(line.propertyNames()).containsExactly("score", "match", "explanation");
    assertThat(line.get("score").asDouble()).isBetween(0.8, 1.0);
    assertThat(line.get("match").asBoolean()).isTrue();
    assertThat(line.get("explanation").asString())
        .isEqualTo("王→wang=wang transliterated; 小红→xiaohong=hsiao+hung fused, romanisation");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void theSchemaOptionTurnsOnCompanyForms() {
    assertThat(
            run(
                "",
                "names",
                "compare",
                "--schema",
                "Company",
                "Yatai International Holding Group Co., Ltd.",
                "Yatai International Holding Group"))
        .isZero();
    assertThat(lines().getFirst().get("match").asBoolean()).isTrue();
  }

  @Test
  void readsTabSeparatedPairsFromStandardInputAndAnswersEveryLineInOrder() {
    String stdin =
        "Person\tSaw Chit Thu\tစောချစ်သူ\n"
            + "Company\tAlpha Co., Ltd.\tBeta Co., Ltd.\n"
            + "Ship\tOcean Star\tOcean Star\n"
            + "Person\tonly two fields\n"
            + "Person\t\tJohn Smith\n"
            + "Person\tMr.\tJohn Smith\n"
            + "\n"
            + "Person\tJohn Smith\tMr. John Smith\n";
    assertThat(run(stdin, "names", "compare", "-")).isEqualTo(1);
    List<JsonNode> lines = lines();
    assertThat(lines).hasSize(8);
    assertThat(lines.get(0).get("match").asBoolean()).isTrue();
    assertThat(lines.get(1).get("match").asBoolean()).isFalse();
    assertThat(lines.get(2).get("error").asString())
        .isEqualTo(
            "line 3: schema 'Ship' is unknown; expected one of Person, Company, Organization,"
                + " LegalEntity, Vessel");
    assertThat(lines.get(3).get("error").asString())
        .isEqualTo("line 4: expected schema<TAB>name1<TAB>name2, got 2 fields");
    assertThat(lines.get(4).get("error").asString()).isEqualTo("line 5: name1: the name is empty");
    assertThat(lines.get(5).get("error").asString())
        .isEqualTo(
            "line 6: name1: the name has nothing to compare once titles and company forms are set"
                + " aside");
    assertThat(lines.get(6).get("error").asString()).startsWith("line 7: expected schema");
    assertThat(lines.get(7).get("score").asDouble()).isEqualTo(1.0);
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void exitsZeroWhenEveryLineWasCompared() {
    assertThat(
            run("Person\tLi Na\tLI NA\nVessel\tOcean Star\tOcean Queen\n", "names", "compare", "-"))
        .isZero();
    assertThat(lines()).hasSize(2);
  }

  @Test
  void anUnknownSchemaOnTheCommandLineIsAUsageError() {
    assertThat(run("", "names", "compare", "--schema", "Ship", "A", "B")).isEqualTo(2);
    assertThat(err.toString())
        .contains("--schema 'Ship' is unknown; expected one of Person, Company");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void aNameThatCannotBeComparedOnTheCommandLineIsAUsageError() {
    assertThat(run("", "names", "compare", " ", "John Smith")).isEqualTo(2);
    assertThat(err.toString()).contains("NAME1: the name is empty");
    assertThat(run("", "names", "compare", "John Smith")).isEqualTo(2);
    assertThat(err.toString()).contains("give two names");
    assertThat(run("", "names", "compare", "a", "b", "c")).isEqualTo(2);
  }
}
