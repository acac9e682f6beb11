package org.mekong.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mekong.server.support.Http;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

class SelectorsCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = MekongCommand.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private List<JsonNode> lines() {
    return out.toString().lines().map(Http.JSON::readTree).toList();
  }

  @Test
  void printsOneJsonObjectPerInputInOrderAndExitsZeroWhenAllAreValid() {
    assertThat(
            run(
                "selectors",
                "normalize",
                "--type",
                "phone",
                "--region",
                "TH",
                "081-234-5678",
                "+66 81 234 5678"))
        .isZero();
    List<JsonNode> lines = lines();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0).get("input").asString()).isEqualTo("081-234-5678");
    assertThat(lines.get(0).get("canonical").asString()).isEqualTo("+66812345678");
    assertThat(lines.get(1).get("id").asString()).isEqualTo(lines.get(0).get("id").asString());
  }

  @Test
  void exitsOneWhenAnyInputIsInvalid() {
    assertThat(run("selectors", "normalize", "example.com", "no such thing")).isEqualTo(1);
    List<JsonNode> lines = lines();
    assertThat(lines.get(0).get("canonical").asString()).isEqualTo("example.com");
    assertThat(lines.get(1).get("error").asString()).isNotBlank();
  }

  @Test
  void aBareNationalNumberWithoutATypeIsAnsweredWithItsCandidates() {
    assertThat(run("selectors", "normalize", "--region", "TH", "0812345678")).isEqualTo(1);
    JsonNode line = lines().getFirst();
    assertThat(line.get("error").asString()).contains("give the type");
    assertThat(line.get("candidates").valueStream().map(JsonNode::asString)).contains("phone");
  }

  @Test
  void anUnknownTypeIsAClearError() {
    assertThat(run("selectors", "normalize", "--type", "fax", "1")).isNotZero();
    assertThat(err.toString()).contains("fax");
  }
}
