package org.mekong.core.stix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mekong.core.marking.Evaluation;
import org.mekong.core.marking.Handling;
import org.mekong.core.marking.HandlingCode;
import org.mekong.core.marking.Tlp;
import tools.jackson.databind.node.ObjectNode;

/** How imported indicators' markings are read: TLP ids, definitions in the bundle, Mekong's. */
class StixImportMarkingsTest {

  private static ObjectNode indicator(String pattern) {
    return StixImportTest.indicator(pattern);
  }

  private static ImportedIndicator accepted(ObjectNode node) {
    return StixImportTest.accepted(node);
  }

  @Test
  void tlpMarkingsOfBothVersionsCountAndTheStrictestWins() {
    ObjectNode node = indicator("[domain-name:value = 'a.com']");
    node.set(
        "object_marking_refs",
        Stix.array(
            List.of(
                "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da",
                Tlp.AMBER_STRICT.markingDefinitionId())));
    assertThat(accepted(node).tlp()).isEqualTo(Tlp.AMBER_STRICT);

    node.set(
        "object_marking_refs",
        Stix.array(List.of("marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed")));
    assertThat(accepted(node).tlp()).isEqualTo(Tlp.RED);
    assertThat(accepted(node).marking())
        .isInstanceOf(org.mekong.core.marking.MarkingCheck.Invalid.class);
  }

  @Test
  void markingsDefinedInTheBundleAreUnderstood() {
    ObjectNode tlp = Stix.object();
    tlp.put("type", "marking-definition");
    tlp.put("spec_version", "2.1");
    tlp.put("id", "marking-definition--939a9414-1955-4a77-93a3-5a4ec65c9b6e");
    tlp.put("created", "2022-03-11T19:45:00.000Z");
    tlp.putObject("extensions")
        .putObject(StixDefinitions.TLP_2_EXTENSION)
        .put("extension_type", "property-extension")
        .put("tlp_2_0", "amber+strict");
    Handling handling = Handling.of(HandlingCode.NO_JUDICIAL_USE);
    Evaluation evaluation = Evaluation.fromCode("C3").orElseThrow();
    ObjectNode ours = StixDefinitions.markingDefinition(handling, evaluation);
    ObjectNode node = indicator("[domain-name:value = 'a.com']");
    node.set(
        "object_marking_refs",
        Stix.array(
            List.of(
                tlp.path("id").stringValue(),
                ours.path("id").stringValue(),
                "marking-definition--0b0b0b0b-0000-4000-8000-000000000000")));

    BundleImport.Read read =
        (BundleImport.Read) StixImport.bundle(StixBundles.bundle(List.of(tlp, ours, node)));

    ImportedIndicator imported = read.accepted().getFirst();
    assertThat(imported.tlp()).isEqualTo(Tlp.AMBER_STRICT);
    assertThat(imported.handling()).isEqualTo(handling);
    assertThat(imported.evaluation()).isEqualTo(evaluation);
    assertThat(imported.notes())
        .contains(
            "marking marking-definition--0b0b0b0b-0000-4000-8000-000000000000 is not understood"
                + " and was not applied");
  }

  @Test
  void severalMekongMarkingsInABundleCombineWithoutLoosening() {
    ObjectNode first =
        StixDefinitions.markingDefinition(
            Handling.of(HandlingCode.NO_JUDICIAL_USE), Evaluation.fromCode("C3").orElseThrow());
    ObjectNode second =
        StixDefinitions.markingDefinition(
            Handling.of(HandlingCode.NO_ONWARD_SHARING), Evaluation.fromCode("A1").orElseThrow());
    ObjectNode node = indicator("[domain-name:value = 'a.com']");
    node.set(
        "object_marking_refs",
        Stix.array(List.of(first.path("id").stringValue(), second.path("id").stringValue())));

    BundleImport.Read read =
        (BundleImport.Read) StixImport.bundle(StixBundles.bundle(List.of(first, second, node)));

    ImportedIndicator imported = read.accepted().getFirst();
    assertThat(imported.handling())
        .isEqualTo(Handling.of(HandlingCode.NO_JUDICIAL_USE, HandlingCode.NO_ONWARD_SHARING));
    assertThat(imported.evaluation()).isEqualTo(Evaluation.fromCode("C3").orElseThrow());
  }
}
