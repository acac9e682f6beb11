package org.mekong.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SelectorsCommandTest {

  private final CommandRun command = new CommandRun();
  private final StringWriter out = command.out;
  private final StringWriter err = command.err;

  private int run(String... args) {
    return command.run("", args);
  }

  /** Runs the command with {@code stdin} as standard input. */
  private int runWithInput(String stdin, String... args) {
    return command.run(stdin, args);
  }

  private List<JsonNode> lines() {
    return command.lines();
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

  @Test
  void extractPrintsOneJsonLinePerSelectorFoundWithItsOffsets() {
    String sms =
        "【公安局】您涉嫌洗钱，请立即联系王警官 +86 138 0013 8000，或访问"
            + " http://gov-cn.safe-check.top/verify?id=88 下载APP\n";
    assertThat(runWithInput(sms, "selectors", "extract", "--region", "CN")).isZero();
    List<JsonNode> lines = lines();
    assertThat(lines).hasSize(2);
    int phone = sms.indexOf("+86 138 0013 8000");
    assertThat(lines.get(0).get("start").asInt()).isEqualTo(phone);
    assertThat(lines.get(0).get("end").asInt()).isEqualTo(phone + "+86 138 0013 8000".length());
    assertThat(lines.get(0).get("type").asString()).isEqualTo("phone");
    assertThat(lines.get(0).get("canonical").asString()).isEqualTo("+8613800138000");
    int url = sms.indexOf("http://");
    assertThat(lines.get(1).get("start").asInt()).isEqualTo(url);
    assertThat(lines.get(1).get("text").asString())
        .isEqualTo("http://gov-cn.safe-check.top/verify?id=88");
    assertThat(lines.get(1).get("id").asString()).startsWith("url--");
  }

  @Test
  void extractExitsZeroWhenNothingIsFound() {
    assertThat(runWithInput("สวัสดีครับ 你好", "selectors", "extract")).isZero();
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void extractRefusesABadRegionAndAnOversizedText() {
    assertThat(runWithInput("+66812345678", "selectors", "extract", "--region", "Siam"))
        .isNotZero();
    assertThat(err.toString()).contains("Siam");
    assertThat(runWithInput("a".repeat((1 << 20) + 1), "selectors", "extract")).isNotZero();
    assertThat(err.toString()).contains("1048576");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void extractDocumentsItsOutput() {
    assertThat(run("selectors", "extract", "--help")).isZero();
    assertThat(out.toString()).contains("--region", "\"start\"", "1 MiB");
    assertThat(run("selectors", "--help")).isZero();
    assertThat(out.toString()).contains("extract", "normalize");
  }
}
