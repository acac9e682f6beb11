package org.mekong.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mekong.core.agency.AgencyId;

/** The console's OpenID Connect provider: optional, read whole, checked before the node starts. */
class OidcConfigTest {

  @TempDir Path temp;

  private static final Map<String, String> PROVIDER =
      Map.of(
          "console.oidc.issuer-uri", "https://sso.police.example/realms/ccib",
          "console.oidc.client-id", "mekong-console",
          "console.oidc.client-secret", "s3cret-value",
          "console.oidc.agencies", "th-ccib, th-immigration");

  @Test
  void withoutAnIssuerThereIsNoProvider() {
    assertThat(NodeConfigLoader.load(null, Map.of(), Map.of()).oidc()).isNull();
    assertThatThrownBy(
            () -> NodeConfigLoader.load(null, Map.of(), Map.of("console.oidc.client-id", "x")))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("console.oidc.client-id")
        .hasMessageContaining("console.oidc.issuer-uri");
  }

  @Test
  void aProviderIsReadWithItsDefaultsAndHidesItsSecret() {
    OidcSettings oidc =
        java.util.Objects.requireNonNull(NodeConfigLoader.load(null, Map.of(), PROVIDER).oidc());
    assertThat(oidc.agencies())
        .containsExactlyInAnyOrder(new AgencyId("th-ccib"), new AgencyId("th-immigration"));
    assertThat(oidc.agencyClaim()).isEqualTo("mekong_agency");
    assertThat(oidc.roleClaim()).isEqualTo("mekong_role");
    assertThat(oidc.usernameClaim()).isEqualTo("preferred_username");
    assertThat(oidc.secondFactorAmr()).isEqualTo(OidcSettings.DEFAULT_AMR);
    assertThat(oidc.secondFactorAcr()).isEmpty();
    assertThat(oidc.toString()).doesNotContain("s3cret-value");
  }

  @Test
  void theSecretComesFromTheEnvironmentAndListsFromYaml() throws IOException {
    Path file = temp.resolve("node.yaml");
    Files.writeString(
        file,
        """
        console:
          oidc:
            issuer-uri: https://sso.police.example/realms/ccib
            client-id: mekong-console
            agencies: [th-ccib]
            second-factor-amr: [hwk]
            second-factor-acr: [gold]
        """);
    OidcSettings oidc =
        java.util.Objects.requireNonNull(
            NodeConfigLoader.load(
                    file, Map.of("MEKONG_CONSOLE_OIDC_CLIENT_SECRET", "from-the-env"), Map.of())
                .oidc());
    assertThat(oidc.clientSecret()).isEqualTo("from-the-env");
    assertThat(oidc.secondFactorAmr()).isEqualTo(Set.of("hwk"));
    assertThat(oidc.secondFactorAcr()).isEqualTo(Set.of("gold"));
  }

  @Test
  void badValuesNameTheirSetting() {
    assertRefused("console.oidc.issuer-uri", "http://sso.police.example/realms/ccib");
    assertRefused("console.oidc.issuer-uri", "not a uri");
    assertRefused("console.oidc.client-secret", " ");
    assertRefused("console.oidc.agencies", "");
    assertRefused("console.oidc.agencies", "TH CCIB");
    Map<String, String> loopback = new HashMap<>(PROVIDER);
    loopback.put("console.oidc.issuer-uri", "http://127.0.0.1:9000/police");
    assertThat(NodeConfigLoader.load(null, Map.of(), loopback).oidc()).isNotNull();
  }

  private static void assertRefused(String key, String value) {
    Map<String, String> settings = new HashMap<>(PROVIDER);
    settings.put(key, value);
    assertThatThrownBy(() -> NodeConfigLoader.load(null, Map.of(), settings))
        .as(key + "=" + value)
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining(key);
  }
}
