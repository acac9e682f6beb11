package org.mekong.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mekong.core.agency.AgencyId;

/** {@code taxii.roots.<name>.title} and {@code .agencies}: TAXII API roots per trust group. */
class TrustGroupRootConfigTest {

  @TempDir Path temp;

  @Test
  void noRootsByDefault() {
    assertThat(NodeConfigLoader.load(null, Map.of(), Map.of()).trustGroupRoots()).isEmpty();
  }

  @Test
  void rootsComeFromYamlWithAListOrACommaSeparatedString() throws IOException {
    Path file = temp.resolve("node.yaml");
    Files.writeString(
        file,
        """
        taxii:
          roots:
            th-cn:
              title: Thailand and China
              agencies: [th-ccib, cn-mps-afc]
            mekong5:
              title: Five countries
              agencies: "th-ccib, mm-police,th-ccib"
        """);
    NodeConfig config = NodeConfigLoader.load(file, Map.of(), Map.of());
    assertThat(config.trustGroupRoots())
        .containsExactly(
            new TrustGroupRoot(
                "th-cn",
                "Thailand and China",
                List.of(new AgencyId("th-ccib"), new AgencyId("cn-mps-afc"))),
            new TrustGroupRoot(
                "mekong5",
                "Five countries",
                List.of(new AgencyId("th-ccib"), new AgencyId("mm-police"))));
    assertThat(config.trustGroupRoots().getFirst().admits(new AgencyId("cn-mps-afc"))).isTrue();
    assertThat(config.trustGroupRoots().getFirst().admits(new AgencyId("mm-police"))).isFalse();
  }

  @Test
  void rootsComeFromTheCommandLineToo() {
    NodeConfig config =
        NodeConfigLoader.load(
            null, Map.of(), Map.of("taxii.roots.bilateral.agencies", "th-ccib,cn-mps-afc"));
    assertThat(config.trustGroupRoots()).hasSize(1);
    assertThat(config.trustGroupRoots().getFirst().title()).isEqualTo("bilateral");
  }

  @Test
  void badRootsFailWithTheSettingNamed() {
    assertThatThrownBy(
            () ->
                NodeConfigLoader.load(
                    null, Map.of(), Map.of("taxii.roots.mekong.agencies", "th-ccib")))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("taxii.roots.mekong")
        .hasMessageContaining("default root");
    assertThatThrownBy(
            () ->
                NodeConfigLoader.load(
                    null, Map.of(), Map.of("taxii.roots.Upper.agencies", "th-ccib")))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("root name");
    assertThatThrownBy(
            () -> NodeConfigLoader.load(null, Map.of(), Map.of("taxii.roots.empty.title", "x")))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("taxii.roots.empty.agencies")
        .hasMessageContaining("at least one agency");
    assertThatThrownBy(
            () ->
                NodeConfigLoader.load(
                    null, Map.of(), Map.of("taxii.roots.x.agencies", "th-ccib,Not An Id")))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("'Not An Id' is not an agency id");
    assertThatThrownBy(
            () -> NodeConfigLoader.load(null, Map.of(), Map.of("taxii.roots.x.members", "a")))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("is not a known setting");
  }
}
