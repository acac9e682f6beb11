package org.mekong.core.stix;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.agency.CountryCode;
import org.mekong.core.indicator.Indicator;
import org.mekong.core.marking.Evaluation;
import org.mekong.core.marking.Handling;
import org.mekong.core.marking.HandlingCode;
import org.mekong.core.marking.InformationAccuracy;
import org.mekong.core.marking.Marking;
import org.mekong.core.marking.SourceReliability;
import org.mekong.core.marking.Tlp;
import org.mekong.core.selector.Selector;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Indicators under every marking Mekong can give them (each TLP level, handling codes with and
 * without H3 texts, each evaluation, named recipients, revoked or not) validate against the OASIS
 * STIX 2.1 schemas and the OASIS interoperability profile, as do the marking definitions they refer
 * to and the node's identity (skipped when the schemas are absent).
 */
class StixMarkingConformanceTest {

  private static final List<Handling> HANDLINGS =
      List.of(
          Handling.NONE,
          Handling.of(HandlingCode.NO_JUDICIAL_USE),
          Handling.of(HandlingCode.NO_ONWARD_SHARING),
          Handling.of(HandlingCode.NO_JUDICIAL_USE, HandlingCode.NO_ONWARD_SHARING),
          Handling.of(new HandlingCode.H3("only for the fraud desk")),
          Handling.of(
              HandlingCode.NO_JUDICIAL_USE,
              HandlingCode.NO_ONWARD_SHARING,
              new HandlingCode.H3("ask first"),
              new HandlingCode.H3("no 'press' \\ use, \"ever\"")));

  private static StixSchemas schemas;

  @BeforeAll
  static void loadSchemas() {
    schemas = StixSchemas.load();
  }

  private static void assertValid(String schema, JsonNode node) {
    assertThat(schemas.errors(schema, node)).as("%s against %s", node, schema).isEmpty();
  }

  /** Every marking: each TLP, handling and evaluation, with and without recipients. */
  static List<Marking> markings() {
    List<Marking> markings = new ArrayList<>();
    for (Tlp tlp : Tlp.values()) {
      for (Handling handling : HANDLINGS) {
        for (SourceReliability reliability : SourceReliability.values()) {
          for (InformationAccuracy accuracy : InformationAccuracy.values()) {
            Evaluation evaluation = new Evaluation(reliability, accuracy);
            if (tlp != Tlp.RED) {
              markings.add(new Marking(tlp, handling, evaluation, Set.of()));
            }
            if (tlp != Tlp.CLEAR && tlp != Tlp.GREEN) {
              markings.add(
                  new Marking(
                      tlp, handling, evaluation, Set.of(Fixtures.MPS, new AgencyId("mm-police"))));
            }
          }
        }
      }
    }
    return markings;
  }

  private static Indicator indicator(Selector selector, Marking marking, boolean revoked) {
    Indicator full = Fixtures.indicator(selector, marking, null, null);
    return new Indicator(
        full.id(),
        full.selector(),
        full.categories(),
        full.confidence(),
        full.marking(),
        full.originator(),
        full.validFrom(),
        full.validUntil(),
        full.description(),
        full.externalReferences(),
        full.created(),
        revoked ? Instant.parse("2026-04-01T00:00:00Z") : full.modified(),
        revoked ? 3 : full.version(),
        revoked);
  }

  @Test
  void indicatorsUnderEveryMarkingRevokedOrNotAreValid() {
    Selector phone = Fixtures.selector("phone");
    List<Marking> markings = markings();
    assertThat(markings).hasSize((4 + 3) * HANDLINGS.size() * 16);
    for (Marking marking : markings) {
      for (boolean revoked : List.of(false, true)) {
        ObjectNode object = StixIndicators.indicator(indicator(phone, marking, revoked));
        assertValid("schemas/sdos/indicator.json", object);
        assertThat(object.get("revoked").asBoolean()).isEqualTo(revoked);
      }
      assertValid(
          "schemas/common/marking-definition.json",
          StixDefinitions.markingDefinition(marking.handling(), marking.evaluation()));
    }
  }

  @Test
  void indicatorsAndRelationshipsFitTheInteroperabilityProfile() {
    for (Selector selector : Fixtures.selectors().values()) {
      assertValid("interop/indicator.json", StixIndicators.indicator(Fixtures.indicator(selector)));
      assertValid("interop/indicator.json", StixIndicators.indicator(Fixtures.bare(selector)));
      assertValid("interop/relationship.json", StixIndicators.basedOn(Fixtures.bare(selector)));
    }
  }

  @Test
  void anIndicatorWithItsOriginatorWithheldIsStillValid() {
    // The server leaves out created_by_ref and recipients where the viewer may not know them.
    ObjectNode withheld = StixIndicators.indicator(Fixtures.indicator(Fixtures.selector("iban")));
    withheld.remove("created_by_ref");
    ((ObjectNode) withheld.get("extensions").get(StixDefinitions.INDICATOR_EXTENSION))
        .remove("recipients");
    assertValid("schemas/sdos/indicator.json", withheld);
  }

  @Test
  void theHandlingMarkingDefinitionsAreValidAndDistinct() {
    List<ObjectNode> definitions = StixDefinitions.handlingMarkingDefinitions();
    assertThat(definitions).hasSize(64);
    assertThat(definitions.stream().map(d -> d.get("id").asString()).distinct()).hasSize(64);
    for (ObjectNode definition : definitions) {
      assertValid("schemas/common/marking-definition.json", definition);
    }
    List<JsonNode> objects = new ArrayList<>(definitions);
    objects.addAll(StixDefinitions.tlpMarkingDefinitions());
    assertValid("schemas/common/bundle.json", StixBundles.bundle(UUID.randomUUID(), objects));
  }

  @Test
  void theNodeIdentityIsValid() {
    ObjectNode node = StixIdentities.node("Thailand", new CountryCode("TH"));
    assertValid("schemas/sdos/identity.json", node);
    assertThat(node.get("id").asString())
        .isEqualTo(StixIdentities.ofNode("Thailand", new CountryCode("TH")))
        .isNotEqualTo(StixIdentities.ofNode("Thailand", new CountryCode("LA")));
    assertValid(
        "schemas/common/bundle.json", StixBundles.bundle(List.of(node, StixIdentities.mekong())));
  }
}
