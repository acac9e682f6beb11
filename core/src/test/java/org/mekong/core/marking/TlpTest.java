package org.mekong.core.marking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TlpTest {

  @Test
  void codesAreTheTlp2LowerCaseCodes() {
    assertThat(Arrays.stream(Tlp.values()).map(Tlp::code))
        .containsExactly("clear", "green", "amber", "amber+strict", "red");
    assertThat(Tlp.AMBER_STRICT.label()).isEqualTo("TLP:AMBER+STRICT");
  }

  @Test
  void markingDefinitionIdsAreThePublishedTlp2Ones() {
    assertThat(Tlp.CLEAR.markingDefinitionId())
        .isEqualTo("marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487");
    assertThat(Tlp.GREEN.markingDefinitionId())
        .isEqualTo("marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb");
    assertThat(Tlp.AMBER.markingDefinitionId())
        .isEqualTo("marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421");
    assertThat(Tlp.AMBER_STRICT.markingDefinitionId())
        .isEqualTo("marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003");
    assertThat(Tlp.RED.markingDefinitionId())
        .isEqualTo("marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1");
  }

  @Test
  void legacyTlp1IdsAreReadAsTheirTlp2Levels() {
    assertThat(
            Tlp.fromMarkingDefinitionId("marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9"))
        .contains(Tlp.CLEAR);
    assertThat(
            Tlp.fromMarkingDefinitionId("marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da"))
        .contains(Tlp.GREEN);
    assertThat(
            Tlp.fromMarkingDefinitionId("marking-definition--f88d31f6-486f-44da-b317-01333bde0b82"))
        .contains(Tlp.AMBER);
    assertThat(
            Tlp.fromMarkingDefinitionId("marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed"))
        .contains(Tlp.RED);
    assertThat(Tlp.AMBER_STRICT.legacyMarkingDefinitionId()).isEmpty();
  }

  @Test
  void everyLevelRoundTripsThroughItsCodeAndItsId() {
    for (Tlp tlp : Tlp.values()) {
      assertThat(Tlp.fromCode(tlp.code())).contains(tlp);
      assertThat(Tlp.fromMarkingDefinitionId(tlp.markingDefinitionId())).contains(tlp);
    }
  }

  @Test
  void unknownCodesAndIdsAreEmpty() {
    assertThat(Tlp.fromCode("AMBER")).isEmpty();
    assertThat(Tlp.fromCode("TLP:amber")).isEmpty();
    assertThat(Tlp.fromCode("amber-strict")).isEmpty();
    assertThat(Tlp.fromCode("")).isEmpty();
    assertThat(
            Tlp.fromMarkingDefinitionId("marking-definition--00000000-0000-0000-0000-000000000000"))
        .isEmpty();
    assertThat(Tlp.fromMarkingDefinitionId("94868c89-83c2-464b-929b-a1a8aa3c8487")).isEmpty();
  }

  @Test
  void whiteIsTheTlp1NameOfClear() {
    assertThat(Tlp.fromCode("white")).contains(Tlp.CLEAR);
  }

  @Test
  void strictnessRunsFromClearToRed() {
    assertThat(Tlp.RED.isStricterThan(Tlp.AMBER_STRICT)).isTrue();
    assertThat(Tlp.AMBER_STRICT.isStricterThan(Tlp.AMBER)).isTrue();
    assertThat(Tlp.AMBER.isStricterThan(Tlp.GREEN)).isTrue();
    assertThat(Tlp.GREEN.isStricterThan(Tlp.CLEAR)).isTrue();
    assertThat(Tlp.AMBER.isStricterThan(Tlp.AMBER)).isFalse();
    assertThat(Tlp.AMBER.isAtLeastAsStrictAs(Tlp.AMBER)).isTrue();
    for (Tlp a : Tlp.values()) {
      for (Tlp b : Tlp.values()) {
        assertThat(Tlp.stricter(a, b)).isEqualTo(Tlp.stricter(b, a));
        assertThat(Tlp.stricter(a, b).isAtLeastAsStrictAs(a)).isTrue();
        assertThat(Tlp.stricter(a, b).isAtLeastAsStrictAs(b)).isTrue();
      }
    }
  }
}
