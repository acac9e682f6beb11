package org.mekong.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;
import picocli.CommandLine;

/** The admin commands drive a real node's admin API. */
class AdminCommandsTest {

  private final SeededNode seeded = TestNodes.shared();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = MekongCommand.commandLine();
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void createAnAgencyIssueItsKeyAndRevokeIt() throws Exception {
    String url = seeded.node().baseUrl();
    String admin = seeded.adminKey();
    assertThat(
            run(
                "agency",
                "create",
                "--url",
                url,
                "--api-key",
                admin,
                "--id",
                "vn-police",
                "--name",
                "Vietnam Ministry of Public Security",
                "--country",
                "VN",
                "--kind",
                "law-enforcement"))
        .isZero();

    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    java.io.PrintStream original = System.out;
    System.setOut(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      assertThat(run("key", "issue", "--url", url, "--api-key", admin, "--agency", "vn-police"))
          .isZero();
    } finally {
      System.setOut(original);
    }
    var issued = Http.JSON.readTree(captured.toString(java.nio.charset.StandardCharsets.UTF_8));
    String key = issued.get("apiKey").asString();
    Http http = seeded.http();
    assertThat(http.get("/api/v1/whoami", key).json().get("agency").get("id").asString())
        .isEqualTo("vn-police");

    assertThat(
            run("key", "revoke", "--url", url, "--api-key", admin, issued.get("keyId").asString()))
        .isZero();
    assertThat(http.get("/api/v1/whoami", key).status()).isEqualTo(401);
  }

  @Test
  void aRefusedAdminCallExitsNonZeroWithTheNodesAnswer() {
    assertThat(
            run(
                "agency",
                "create",
                "--url",
                seeded.node().baseUrl(),
                "--api-key",
                seeded.keyOf("th-ccib"),
                "--id",
                "zz-x",
                "--name",
                "X",
                "--country",
                "TH",
                "--kind",
                "consular"))
        .isEqualTo(1);
    assertThat(err.toString()).contains("403");
  }
}
