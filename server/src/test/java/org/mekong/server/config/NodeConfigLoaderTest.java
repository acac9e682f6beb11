package org.mekong.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeConfigLoaderTest {

  @TempDir Path temp;

  @Test
  void defaultsGiveAnEmbeddedDemoNodeOn8080() {
    NodeConfig config = NodeConfigLoader.load(null, Map.of(), Map.of());
    assertThat(config.port()).isEqualTo(8080);
    assertThat(config.database()).isInstanceOf(DatabaseSettings.Embedded.class);
    assertThat(config.country().value()).isEqualTo("TH");
  }

  @Test
  void requestDeadlinesAreReadAndCheckedAsAWhole() {
    NodeConfig defaults = NodeConfigLoader.load(null, Map.of(), Map.of());
    assertThat(defaults.requests()).isEqualTo(RequestSettings.DEFAULTS);
    NodeConfig custom =
        NodeConfigLoader.load(
            null,
            Map.of("MEKONG_REQUESTS_DEADLINES_URGENT", "PT4H"),
            Map.of(
                "requests.reminder-percent", "50",
                "requests.escalate-after", "PT2H",
                "requests.check-interval", "PT10S"));
    assertThat(custom.requests().deadlines().urgent()).isEqualTo(java.time.Duration.ofHours(4));
    assertThat(custom.requests().deadlines().reminderPercent()).isEqualTo(50);
    assertThat(custom.requests().deadlines().escalateAfter())
        .isEqualTo(java.time.Duration.ofHours(2));
    assertThat(custom.requests().checkInterval()).isEqualTo(java.time.Duration.ofSeconds(10));
    assertThatThrownBy(
            () -> NodeConfigLoader.load(null, Map.of(), Map.of("requests.deadlines.high", "3d")))
        .hasMessageContaining("requests.deadlines.high")
        .hasMessageContaining("ISO-8601");
    assertThatThrownBy(
            () -> NodeConfigLoader.load(null, Map.of(), Map.of("requests.deadlines.urgent", "P4D")))
        .hasMessageContaining("urgent requests are due no later than high ones");
    assertThatThrownBy(
            () -> NodeConfigLoader.load(null, Map.of(), Map.of("requests.reminder-percent", "100")))
        .hasMessageContaining("1-99 %");
    assertThatThrownBy(
            () -> NodeConfigLoader.load(null, Map.of(), Map.of("requests.check-interval", "PT0S")))
        .hasMessageContaining("requests.check-interval");
  }

  @Test
  void retentionPeriodsAreOptionalPositiveIsoPeriods() {
    assertThat(NodeConfigLoader.load(null, Map.of(), Map.of()).retention())
        .isEqualTo(RetentionSettings.NONE);
    NodeConfig custom =
        NodeConfigLoader.load(
            null,
            Map.of("MEKONG_CASEWORK_RETENTION_PERSONS", "P5Y"),
            Map.of(
                "casework.retention.cases-closed", "P2Y",
                "casework.retention.imports", "P90D",
                "casework.retention.check-interval", "PT10M"));
    assertThat(custom.retention().persons()).isEqualTo(java.time.Period.ofYears(5));
    assertThat(custom.retention().casesClosed()).isEqualTo(java.time.Period.ofYears(2));
    assertThat(custom.retention().imports()).isEqualTo(java.time.Period.ofDays(90));
    assertThat(custom.retention().checkInterval()).isEqualTo(java.time.Duration.ofMinutes(10));
    assertThatThrownBy(
            () ->
                NodeConfigLoader.load(null, Map.of(), Map.of("casework.retention.imports", "90d")))
        .hasMessageContaining("casework.retention.imports")
        .hasMessageContaining("ISO-8601");
    assertThatThrownBy(
            () ->
                NodeConfigLoader.load(
                    null, Map.of(), Map.of("casework.retention.cases-closed", "P0D")))
        .hasMessageContaining("casework.retention.cases-closed")
        .hasMessageContaining("positive");
    assertThatThrownBy(
            () ->
                NodeConfigLoader.load(
                    null, Map.of(), Map.of("casework.retention.check-interval", "PT1S")))
        .hasMessageContaining("casework.retention.check-interval");
  }

  @Test
  void yamlThenEnvironmentThenCommandLineWin() throws IOException {
    Path file = temp.resolve("node.yaml");
    Files.writeString(
        file,
        """
        port: 9000
        node:
          name: Myanmar
          country: MM
        database:
          url: jdbc:postgresql://db.internal:5432/mekong
          user: mekong
          password: secret
        """);
    NodeConfig fromYaml = NodeConfigLoader.load(file, Map.of(), Map.of());
    assertThat(fromYaml.port()).isEqualTo(9000);
    assertThat(fromYaml.nodeName()).isEqualTo("Myanmar");
    assertThat(fromYaml.database())
        .isEqualTo(
            new DatabaseSettings.External(
                "jdbc:postgresql://db.internal:5432/mekong", "mekong", "secret"));
    assertThat(fromYaml.database().toString()).doesNotContain("secret");

    NodeConfig fromEnvironment =
        NodeConfigLoader.load(
            file, Map.of("MEKONG_PORT", "9100", "MEKONG_NODE_COUNTRY", "CN"), Map.of());
    assertThat(fromEnvironment.port()).isEqualTo(9100);
    assertThat(fromEnvironment.country().value()).isEqualTo("CN");

    NodeConfig fromCommandLine =
        NodeConfigLoader.load(file, Map.of("MEKONG_PORT", "9100"), Map.of("port", "9200"));
    assertThat(fromCommandLine.port()).isEqualTo(9200);
  }

  @Test
  void tlsSettingsAreCheckedBeforeAnythingStarts() throws IOException {
    assertThatThrownBy(
            () -> NodeConfigLoader.load(null, Map.of(), Map.of("tls.trust-store", "trust.p12")))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("'tls.trust-store'")
        .hasMessageContaining("needs tls.key-store");
    Path missing = temp.resolve("absent.p12");
    assertThatThrownBy(
            () ->
                NodeConfigLoader.load(
                    null,
                    Map.of(),
                    Map.of(
                        "tls.key-store",
                        missing.toString(),
                        "tls.key-store-password",
                        "x",
                        "tls.trust-store",
                        missing.toString(),
                        "tls.trust-store-password",
                        "x")))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("'tls.key-store'")
        .hasMessageContaining("no readable file");
    Path notAKeyStore = Files.writeString(temp.resolve("node.p12"), "not a key store");
    assertThatThrownBy(() -> NodeConfigLoader.load(null, Map.of(), tls(notAKeyStore, "need")))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("PKCS#12");
    assertThatThrownBy(() -> NodeConfigLoader.load(null, Map.of(), tls(notAKeyStore, "always")))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("'tls.client-auth'")
        .hasMessageContaining("none, want or need");
  }

  /** TLS settings with one file as key and trust store. */
  private static Map<String, String> tls(Path store, String clientAuth) {
    return Map.of(
        "tls.key-store",
        store.toString(),
        "tls.key-store-password",
        "x",
        "tls.trust-store",
        store.toString(),
        "tls.trust-store-password",
        "x",
        "tls.client-auth",
        clientAuth);
  }

  @Test
  void aPortOutOfRangeNamesTheSetting() {
    assertThatThrownBy(() -> NodeConfigLoader.load(null, Map.of("MEKONG_PORT", "70000"), Map.of()))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("'port'")
        .hasMessageContaining("MEKONG_PORT")
        .hasMessageContaining("70000");
  }

  @Test
  void aPortThatIsNotANumberNamesTheSetting() {
    assertThatThrownBy(() -> NodeConfigLoader.load(null, Map.of("MEKONG_PORT", "eighty"), Map.of()))
        .hasMessageContaining("'port'")
        .hasMessageContaining("whole number");
  }

  @Test
  void aBadCountryNamesTheSetting() {
    assertThatThrownBy(
            () -> NodeConfigLoader.load(null, Map.of("MEKONG_NODE_COUNTRY", "Thailand"), Map.of()))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("'node.country'");
  }

  @Test
  void aDatabaseUrlOfAnotherKindNamesTheSetting() {
    assertThatThrownBy(
            () ->
                NodeConfigLoader.load(
                    null, Map.of("MEKONG_DATABASE_URL", "jdbc:mysql://x/y"), Map.of()))
        .hasMessageContaining("'database.url'");
  }

  @Test
  void aDatabaseUrlWithoutUserNamesTheUser() {
    assertThatThrownBy(
            () ->
                NodeConfigLoader.load(
                    null, Map.of("MEKONG_DATABASE_URL", "jdbc:postgresql://x/y"), Map.of()))
        .hasMessageContaining("'database.user'");
  }

  @Test
  void aRequestCapTooSmallNamesTheSetting() {
    assertThatThrownBy(
            () -> NodeConfigLoader.load(null, Map.of(), Map.of("limits.max-request-bytes", "10")))
        .hasMessageContaining("'limits.max-request-bytes'");
  }

  @Test
  void anUnknownYamlKeyIsNamed() throws IOException {
    Path file = temp.resolve("typo.yaml");
    Files.writeString(file, "database:\n  uri: jdbc:postgresql://x/y\n");
    assertThatThrownBy(() -> NodeConfigLoader.load(file, Map.of(), Map.of()))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("'database.uri'")
        .hasMessageContaining("not a known setting");
  }

  @Test
  void anUnreadableYamlFileIsNamed() {
    Path missing = temp.resolve("missing.yaml");
    assertThatThrownBy(() -> NodeConfigLoader.load(missing, Map.of(), Map.of()))
        .hasMessageContaining("missing.yaml");
  }

  @Test
  void screeningWeightsAndThresholdsComeFromTheYamlFile() throws IOException {
    Path file = temp.resolve("screening.yaml");
    Files.writeString(
        file,
        """
        screening:
          default-weight: 0.3
          weights:
            gambling: 0.2
            fraud.romance: 1.0
          thresholds:
            review: 30
            hold-and-review: 60
            urgent-review: 95
        """);
    NodeConfig config = NodeConfigLoader.load(file, Map.of(), Map.of());
    assertThat(config.scoring().weight(org.mekong.core.category.Category.GAMBLING)).isEqualTo(0.2);
    assertThat(config.scoring().thresholds().review()).isEqualTo(30);
    assertThat(config.scoring().thresholds().urgentReview()).isEqualTo(95);
  }

  @Test
  void anUnknownCategoryWeightOrBadThresholdsNameTheProblem() {
    assertThatThrownBy(
            () -> NodeConfigLoader.load(null, Map.of(), Map.of("screening.weights.fraud.fax", "1")))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("fraud.fax");
    assertThatThrownBy(
            () -> NodeConfigLoader.load(null, Map.of(), Map.of("screening.weights.gambling", "2")))
        .hasMessageContaining("gambling");
    assertThatThrownBy(
            () ->
                NodeConfigLoader.load(
                    null,
                    Map.of(),
                    Map.of(
                        "screening.thresholds.review", "80",
                        "screening.thresholds.hold-and-review", "70")))
        .hasMessageContaining("screening.thresholds");
  }
}
