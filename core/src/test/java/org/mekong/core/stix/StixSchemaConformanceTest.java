package org.mekong.core.stix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mekong.core.agency.Agency;
import org.mekong.core.agency.AgencyKind;
import org.mekong.core.agency.CountryCode;
import org.mekong.core.indicator.Indicator;
import org.mekong.core.marking.Evaluation;
import org.mekong.core.marking.Handling;
import org.mekong.core.marking.HandlingCode;
import org.mekong.core.selector.Selector;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every object type Mekong emits validates against the OASIS STIX 2.1 JSON schemas in {@code
 * shared/} (skipped when they are absent).
 */
class StixSchemaConformanceTest {

  private static StixSchemas schemas;

  @BeforeAll
  static void loadSchemas() {
    schemas = StixSchemas.load();
  }

  private static void assertValid(String schema, JsonNode node) {
    assertThat(schemas.errors(schema, node)).as("%s against %s", node, schema).isEmpty();
  }

  @Test
  void indicatorsOfEverySelectorTypeAreValid() {
    for (Selector selector : Fixtures.selectors().values()) {
      assertValid(
          "schemas/sdos/indicator.json", StixIndicators.indicator(Fixtures.indicator(selector)));
      assertValid("schemas/sdos/indicator.json", StixIndicators.indicator(Fixtures.bare(selector)));
    }
  }

  @Test
  void observablesAreValidAgainstTheirSchemaOrTheObservableCore() {
    for (Selector selector : Fixtures.selectors().values()) {
      ObjectNode observable = StixIndicators.observable(selector);
      String schema =
          StixDefinitions.observableExtension(selector.stixType()).isPresent()
              ? "schemas/common/cyber-observable-core.json"
              : "schemas/observables/" + selector.stixType() + ".json";
      assertValid(schema, observable);
    }
  }

  @Test
  void customObservablesFitTheirOwnSchemas() {
    // Test schemas in resources: the observable core plus each type's properties and extension.
    for (Selector selector : Fixtures.selectors().values()) {
      if (StixDefinitions.observableExtension(selector.stixType()).isPresent()) {
        ObjectNode observable = StixIndicators.observable(selector);
        assertThat(schemas.customObservableErrors(selector.stixType(), observable))
            .as("%s", observable)
            .isEmpty();
      }
    }
    ObjectNode phone = StixIndicators.observable(Fixtures.selector("phone"));
    phone.put("value", "0812345678");
    assertThat(schemas.customObservableErrors("phone-number", phone)).isNotEmpty();
    ObjectNode wallet = StixIndicators.observable(Fixtures.selector("tron"));
    wallet.remove("extensions");
    assertThat(schemas.customObservableErrors("cryptocurrency-wallet", wallet)).isNotEmpty();
  }

  @Test
  void basedOnRelationshipsAreValid() {
    for (Selector selector : Fixtures.selectors().values()) {
      assertValid(
          "schemas/sros/relationship.json", StixIndicators.basedOn(Fixtures.indicator(selector)));
    }
  }

  @Test
  void identitiesAreValid() {
    for (AgencyKind kind : AgencyKind.values()) {
      assertValid(
          "schemas/sdos/identity.json",
          StixIdentities.identity(
              new Agency(Fixtures.CCIB, "Thai CCIB", new CountryCode("TH"), kind)));
    }
    assertValid("schemas/sdos/identity.json", StixIdentities.mekong());
  }

  @Test
  void extensionDefinitionsAreValid() {
    for (ObjectNode definition : StixDefinitions.extensionDefinitions()) {
      assertValid("schemas/common/extension-definition.json", definition);
    }
  }

  @Test
  void markingDefinitionsAreValid() {
    for (ObjectNode definition : StixDefinitions.tlpMarkingDefinitions()) {
      assertValid("schemas/common/marking-definition.json", definition);
    }
    assertValid(
        "schemas/common/marking-definition.json",
        StixDefinitions.markingDefinition(Handling.NONE, Evaluation.UNJUDGED));
    assertValid(
        "schemas/common/marking-definition.json",
        StixDefinitions.markingDefinition(
            Handling.of(
                HandlingCode.NO_JUDICIAL_USE,
                HandlingCode.NO_ONWARD_SHARING,
                new HandlingCode.H3("ask first"),
                new HandlingCode.H3("not for the press")),
            Evaluation.fromCode("A1").orElseThrow()));
  }

  @Test
  void bundlesOfIndicatorsAreValid() {
    List<Indicator> indicators = new ArrayList<>();
    for (Selector selector : Fixtures.selectors().values()) {
      indicators.add(Fixtures.indicator(selector));
      indicators.add(Fixtures.bare(selector));
    }
    assertValid(
        "schemas/common/bundle.json", StixBundles.indicators(UUID.randomUUID(), indicators));
  }

  @Test
  void bundlesOfIdentitiesAndMarkingsAreValid() {
    List<JsonNode> objects = new ArrayList<>();
    objects.add(
        StixIdentities.identity(
            new Agency(Fixtures.MPS, "MPS", new CountryCode("CN"), AgencyKind.LAW_ENFORCEMENT)));
    objects.addAll(StixDefinitions.tlpMarkingDefinitions());
    objects.add(StixIdentities.mekong());
    assertValid("schemas/common/bundle.json", StixBundles.bundle(objects));
    assertThat(StixDefinitions.published()).hasSize(1 + 8 + 4 + 2 + 6 + 5);
  }

  @Test
  void theSchemasRejectBrokenObjects() {
    Selector phone = Fixtures.selector("phone");
    ObjectNode noPattern = StixIndicators.indicator(Fixtures.indicator(phone));
    noPattern.remove("pattern");
    ObjectNode secondsOnly = StixIndicators.indicator(Fixtures.indicator(phone));
    secondsOnly.put("modified", "2026-03-02T09:30:00Z");
    ObjectNode emptyList = StixIndicators.indicator(Fixtures.indicator(phone));
    emptyList.putArray("labels");
    for (ObjectNode broken : List.of(noPattern, secondsOnly, emptyList)) {
      assertThat(schemas.errors("schemas/sdos/indicator.json", broken))
          .as("%s", broken)
          .isNotEmpty();
    }
  }

  @Test
  void extensionDefinitionsFitNoSingleBranchOfTheBundleSchema() {
    // The OASIS bundle schema lists no extension-definition schema, and its catch-all for custom
    // objects requires exactly one of the object core and the observable core to match, which an
    // extension definition both does: so Mekong publishes its definitions outside bundles.
    assertThat(
            schemas.errors(
                "schemas/common/bundle.json",
                StixBundles.bundle(List.of(StixDefinitions.extensionDefinitions().getFirst()))))
        .isNotEmpty();
  }
}
