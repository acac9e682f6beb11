package org.mekong.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class MrzCommandTest {

  private static final String TD1 =
      "I<UTOD231458907<<<<<<<<<<<<<<< 7408122F1204159UTO<<<<<<<<<<<6"
          + " ERIKSSON<<ANNA<MARIA<<<<<<<<<<";
  private static final String TD3 =
      "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<< L898902C36UTO7408122F1204159ZE184226B<<<<<10";
  private static final String MRV_A =
      "V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<< L8988901C4XXX4009078F96121096ZE184226B<<<<<<";

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
  void printsOneObjectPerLineInOrderWithTheContractsFieldsAndExitsZeroWhenAllAreValid() {
    assertThat(run(TD3 + "\n" + TD1 + "\n" + MRV_A + "\n", "mrz", "parse", "-")).isZero();
    List<JsonNode> lines = lines();
    assertThat(lines).hasSize(3);
    JsonNode passport = lines.get(0);
    assertThat(passport.propertyNames())
        .containsExactly(
            "valid",
            "format",
            "documentCode",
            "issuingState",
            "documentNumber",
            "nationality",
            "birthDate",
            "sex",
            "expiryDate",
            "surname",
            "givenNames",
            "optionalData",
            "errors");
    assertThat(passport.get("valid").asBoolean()).isTrue();
    assertThat(passport.get("format").asString()).isEqualTo("TD3");
    assertThat(passport.get("documentCode").asString()).isEqualTo("P");
    assertThat(passport.get("documentNumber").asString()).isEqualTo("L898902C3");
    assertThat(passport.get("birthDate").asString()).isEqualTo("1974-08-12");
    assertThat(passport.get("sex").asString()).isEqualTo("F");
    assertThat(passport.get("expiryDate").asString()).isEqualTo("2012-04-15");
    assertThat(passport.get("givenNames").asString()).isEqualTo("ANNA MARIA");
    assertThat(passport.get("optionalData").asString()).isEqualTo("ZE184226B");
    assertThat(passport.get("errors").isEmpty()).isTrue();
    assertThat(lines.get(1).get("format").asString()).isEqualTo("TD1");
    assertThat(lines.get(1).get("documentNumber").asString()).isEqualTo("D23145890");
    assertThat(lines.get(2).get("nationality").asString()).isEqualTo("XXX");
    assertThat(lines.get(2).get("documentCode").asString()).isEqualTo("V");
  }

  @Test
  void exitsOneWhenAnyDocumentIsInvalidAndNamesEachFailedCheck() {
    String badCheck = TD3.replace("L898902C36", "L898902C35");
    String shortLine = TD3.substring(0, TD3.length() - 1);
    String impossible = TD3.replace("7408122F", "9913322F");
    assertThat(
            run(
                TD3 + "\n" + badCheck + "\n\n" + shortLine + "\n" + impossible + "\n",
                "mrz",
                "parse",
                "--today",
                "2026-12-06",
                "-"))
        .isEqualTo(1);
    List<JsonNode> lines = lines();
    assertThat(lines).hasSize(5);
    assertThat(lines.get(0).get("valid").asBoolean()).isTrue();
    assertThat(lines.get(1).get("valid").asBoolean()).isFalse();
    assertThat(lines.get(1).get("documentNumber").asString()).isEqualTo("L898902C3");
    assertThat(lines.get(1).get("errors").valueStream().map(JsonNode::asString))
        .containsExactly("documentNumber check digit", "composite check digit");
    assertThat(lines.get(2).get("format").isNull()).isTrue();
    assertThat(lines.get(2).get("errors").get(0).asString())
        .isEqualTo("empty line: no machine-readable zone");
    assertThat(lines.get(3).get("errors").get(0).asString())
        .isEqualTo("line 2 has 43 characters, expected 44");
    assertThat(lines.get(3).get("birthDate").isNull()).isTrue();
    assertThat(lines.get(3).get("surname").asString()).isEqualTo("ERIKSSON");
    assertThat(lines.get(4).get("errors").valueStream().map(JsonNode::asString))
        .contains("birthDate 991332 is not a date");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void zonesMayBeArguments() {
    assertThat(run("", "mrz", "parse", TD1)).isZero();
    assertThat(lines().getFirst().get("surname").asString()).isEqualTo("ERIKSSON");
  }

  @Test
  void usageErrorsExitTwoWithAMessageOnStandardError() {
    assertThat(run("", "mrz", "parse")).isEqualTo(2);
    assertThat(err.toString()).contains("ZONE");
    assertThat(run("", "mrz", "parse", "--today", "yesterday", "-")).isEqualTo(2);
    assertThat(err.toString()).contains("--today");
    assertThat(run("", "mrz")).isEqualTo(2);
    assertThat(err.toString()).contains("mrz parse -");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void documentsItsOutput() {
    assertThat(run("", "mrz", "parse", "--help")).isZero();
    assertThat(out.toString()).contains("\"documentNumber\"", "TD1", "--today", "Exits 0");
  }
}
