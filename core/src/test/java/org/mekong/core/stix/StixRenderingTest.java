package org.mekong.core.stix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mekong.core.agency.Agency;
import org.mekong.core.agency.AgencyKind;
import org.mekong.core.agency.CountryCode;
import org.mekong.core.category.Category;
import org.mekong.core.indicator.Indicator;
import org.mekong.core.marking.Tlp;
import org.mekong.core.selector.Selector;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class StixRenderingTest {

  private static String json(JsonNode node) {
    return StixJson.write(node);
  }

  @Test
  void anIndicatorRendersFieldForFieldInAFixedOrder() {
    String expected =
        """
        {"type":"indicator","spec_version":"2.1",\
        "id":"indicator--2fb20821-bcf6-5ab9-9361-805827f72203",\
        "created_by_ref":"identity--aa524827-f1ac-5f66-a27b-8af78ce88e04",\
        "created":"2026-03-01T08:00:00.123456Z","modified":"2026-03-02T09:30:00.500Z",\
        "name":"phone +66812345678",\
        "description":"Used in \\"fake police\\" calls; victim's money sent on.",\
        "indicator_types":["malicious-activity"],\
        "pattern":"[phone-number:value = '+66812345678']","pattern_type":"stix",\
        "pattern_version":"2.1","valid_from":"2026-03-01T08:00:00.000Z",\
        "valid_until":"2026-12-31T00:00:00.000Z","confidence":80,"revoked":false,\
        "labels":["fraud.impersonation.authority","money-mule"],\
        "external_references":[{"source_name":"th-ccib-case",\
        "url":"https://ccib.example/cases/2026-0042","external_id":"2026-0042"}],\
        "object_marking_refs":["marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",\
        "marking-definition--345ead8a-30f9-5c94-9e3d-3a1666676636"],\
        "extensions":{"extension-definition--5a25e1dd-ef01-502c-bed0-d3b5a63617bd":{\
        "extension_type":"property-extension",\
        "categories":["fraud.impersonation.authority","money-mule"],\
        "selector_type":"phone","selector_canonical":"+66812345678",\
        "selector_ref":"phone-number--d80a021c-cd33-5077-89c2-854ec59cb871",\
        "handling":["H2","H3"],"handling_restrictions":["no 'press' \\\\ use"],\
        "evaluation":"B2","recipients":["cn-mps"],"version":2}}}""";

    String rendered =
        json(StixIndicators.indicator(Fixtures.indicator(Fixtures.selector("phone"))));

    assertThat(rendered).isEqualTo(expected);
  }

  @Test
  void theSameVersionRendersByteIdentically() {
    for (Selector selector : Fixtures.selectors().values()) {
      Indicator indicator = Fixtures.indicator(selector);
      Indicator copy = Fixtures.indicator(Fixtures.parse(selector.canonical(), selector.type()));
      assertThat(json(StixIndicators.indicator(copy)))
          .isEqualTo(json(StixIndicators.indicator(indicator)));
      assertThat(json(StixIndicators.observable(selector)))
          .isEqualTo(json(StixIndicators.observable(copy.selector())));
    }
  }

  @Test
  void aBareIndicatorLeavesOutWhatItDoesNotHave() {
    ObjectNode node = StixIndicators.indicator(Fixtures.bare(Fixtures.selector("domain")));

    assertThat(node.has("description")).isFalse();
    assertThat(node.has("valid_until")).isFalse();
    assertThat(node.has("external_references")).isFalse();
    JsonNode extension = node.path("extensions").path(StixDefinitions.INDICATOR_EXTENSION);
    assertThat(extension.has("recipients")).isFalse();
    assertThat(extension.has("handling_restrictions")).isFalse();
    assertThat(json(extension.path("handling"))).isEqualTo("[\"H0\"]");
    assertThat(extension.path("evaluation").stringValue()).isEqualTo("X4");
    assertThat(node.path("object_marking_refs").get(0).stringValue())
        .isEqualTo(Tlp.GREEN.markingDefinitionId());
  }

  @Test
  void everySelectorTypeHasItsPattern() {
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("phone", "[phone-number:value = '+66812345678']");
    expected.put("iban", "[bank-account:iban = 'DE89370400440532013000']");
    expected.put("national", "[bank-account:value = 'TH:KASITHBK:1234567890']");
    expected.put("tron", "[cryptocurrency-wallet:value = 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t']");
    expected.put(
        "evm", "[cryptocurrency-wallet:value = '0x52908400098527886e0f7030069857d2e4169ee7']");
    expected.put(
        "btc", "[cryptocurrency-wallet:value = 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq']");
    expected.put("domain", "[domain-name:value = 'm.fun88.asia']");
    expected.put("ipv4", "[ipv4-addr:value = '203.0.113.7']");
    expected.put("cidr", "[ipv4-addr:value = '198.51.100.0/24']");
    expected.put("ipv6", "[ipv6-addr:value = '2001:db8::1']");
    expected.put("imei", "[imei:value = '490154203237518']");
    expected.put("imsi", "[imsi:value = '520031234567890']");
    expected.put("email", "[email-addr:value = 'o\\'brien@example.com']");
    expected.put("app", "[mobile-app:value = 'com.example.loanapp']");
    expected.put(
        "social",
        "[user-account:account_login = 'scam_support' AND user-account:account_type = 'telegram']");

    Map<String, String> patterns = new LinkedHashMap<>();
    Fixtures.selectors().forEach((name, selector) -> patterns.put(name, StixPatterns.of(selector)));

    assertThat(patterns).containsExactlyEntriesOf(expected);
  }

  @Test
  void patternStringsEscapeQuotesAndBackslashes() {
    assertThat(StixPatterns.quote("plain")).isEqualTo("'plain'");
    assertThat(StixPatterns.quote("it's")).isEqualTo("'it\\'s'");
    assertThat(StixPatterns.quote("a\\b")).isEqualTo("'a\\\\b'");
    assertThat(StixPatterns.quote("\\'")).isEqualTo("'\\\\\\''");
  }

  @Test
  void observablesCarryTheSelectorIdAndTheirExtension() {
    Selector national = Fixtures.selector("national");
    ObjectNode node = StixIndicators.observable(national);

    assertThat(node.path("id").stringValue()).isEqualTo(national.id().value());
    assertThat(node.path("bic").stringValue()).isEqualTo("KASITHBK");
    assertThat(node.path("account_number").stringValue()).isEqualTo("1234567890");
    assertThat(
            node.path("extensions")
                .path(StixDefinitions.observableExtension("bank-account").orElseThrow())
                .path("extension_type")
                .stringValue())
        .isEqualTo("new-sco");
    assertThat(StixIndicators.observable(Fixtures.selector("domain")).has("extensions")).isFalse();
  }

  @Test
  void theBasedOnRelationshipLinksIndicatorAndObservable() {
    Indicator indicator = Fixtures.indicator(Fixtures.selector("social"));
    ObjectNode relationship = StixIndicators.basedOn(indicator);

    assertThat(relationship.path("relationship_type").stringValue()).isEqualTo("based-on");
    assertThat(relationship.path("source_ref").stringValue()).isEqualTo(indicator.id().value());
    assertThat(relationship.path("target_ref").stringValue())
        .isEqualTo(indicator.selector().id().value());
    assertThat(relationship.path("id").stringValue())
        .isEqualTo(StixIndicators.basedOnId(indicator));
  }

  @Test
  void sanctionedSelectorsAreAlsoAttribution() {
    assertThat(StixIndicators.indicatorTypes(Set.of(Category.SANCTIONED, Category.FRAUD_LOAN)))
        .containsExactly("attribution", "malicious-activity");
    assertThat(StixIndicators.indicatorTypes(Set.of(Category.GAMBLING)))
        .containsExactly("malicious-activity");
  }

  @Test
  void idsAreFixedForever() {
    assertThat(StixDefinitions.INDICATOR_EXTENSION)
        .isEqualTo("extension-definition--5a25e1dd-ef01-502c-bed0-d3b5a63617bd");
    assertThat(StixDefinitions.MARKING_EXTENSION)
        .isEqualTo("extension-definition--ce5ab13b-cb80-5a1d-9d09-67fd1964db16");
    assertThat(
            StixDefinitions.extensionDefinitions().stream()
                .map(node -> node.path("name").stringValue() + " " + node.path("id").stringValue())
                .toList())
        .startsWith(
            "phone-number extension-definition--5d97a801-809a-5360-9bf3-8620b33f1699",
            "bank-account extension-definition--a7844e7b-61a9-56d3-9b4f-9dd2b0a18687",
            "cryptocurrency-wallet extension-definition--8520a2be-1930-5f2f-b5a5-0f8ac5a2c1c7",
            "imei extension-definition--ec87e353-630f-539b-8d25-c7887522f8d0",
            "imsi extension-definition--a1d2fa99-7e56-5a1b-83c1-7d7ea90dfc73",
            "mobile-app extension-definition--5b9edf72-5ba8-5110-b976-11d52c88d452");
    assertThat(StixIdentities.MEKONG).isEqualTo("identity--10f73ef3-00e7-5729-a924-d454328c5ad7");
    assertThat(StixIdentities.of(Fixtures.CCIB))
        .isEqualTo("identity--aa524827-f1ac-5f66-a27b-8af78ce88e04");
  }

  @Test
  void theTlpMarkingDefinitionsAreThePublishedOnes() {
    assertThat(json(StixDefinitions.tlpMarkingDefinition(Tlp.AMBER_STRICT)))
        .isEqualTo(
            """
            {"type":"marking-definition","spec_version":"2.1",\
            "id":"marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",\
            "created":"2022-10-01T00:00:00.000Z","name":"TLP:AMBER+STRICT",\
            "extensions":{"extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d":{\
            "extension_type":"property-extension","tlp_2_0":"amber+strict"}}}""");
    assertThat(StixDefinitions.tlpMarkingDefinitions())
        .extracting(node -> node.path("name").stringValue())
        .containsExactly("TLP:CLEAR", "TLP:GREEN", "TLP:AMBER", "TLP:AMBER+STRICT", "TLP:RED");
  }

  @Test
  void identitiesAreTheSameOnEveryNode() {
    Agency ccib =
        new Agency(Fixtures.CCIB, "CCIB", new CountryCode("TH"), AgencyKind.LAW_ENFORCEMENT);
    assertThat(json(StixIdentities.identity(ccib))).isEqualTo(json(StixIdentities.identity(ccib)));
    assertThat(StixIdentities.identity(ccib).path("id").stringValue())
        .isEqualTo(StixIdentities.of(Fixtures.CCIB));
    assertThat(StixIdentities.identity(ccib).path("identity_class").stringValue())
        .isEqualTo("organization");
  }

  @Test
  void aBundleCarriesEachVersionAndEachSharedObjectOnceWithTheMarkingsUsed() {
    Indicator first = Fixtures.indicator(Fixtures.selector("phone"));
    Indicator second = Fixtures.bare(Fixtures.selector("phone"));
    UUID id = UUID.fromString("5b1a4a1e-1c44-4f4e-9a8b-0f2f3e0c6a11");

    ObjectNode bundle = StixBundles.indicators(id, List.of(first, second));

    assertThat(bundle.path("id").stringValue()).isEqualTo("bundle--" + id);
    assertThat(bundle.path("objects").values())
        .extracting(node -> node.path("type").stringValue())
        .containsExactly(
            "indicator",
            "phone-number",
            "relationship",
            "indicator",
            "marking-definition",
            "marking-definition",
            "marking-definition",
            "marking-definition");
    assertThat(json(StixBundles.indicators(id, List.of(first, second)))).isEqualTo(json(bundle));
  }

  @Test
  void aBundleIdNeedsAStixUuid() {
    assertThatThrownBy(() -> StixBundles.bundle(new UUID(0, 0), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void timestampsKeepMicrosecondsOnlyWhenThereAreAny() {
    assertThat(Stix.timestamp(Instant.parse("2026-01-02T03:04:05Z")))
        .isEqualTo("2026-01-02T03:04:05.000Z");
    assertThat(Stix.timestamp(Instant.parse("2026-01-02T03:04:05.120Z")))
        .isEqualTo("2026-01-02T03:04:05.120Z");
    assertThat(Stix.timestamp(Instant.parse("2026-01-02T03:04:05.000001999Z")))
        .isEqualTo("2026-01-02T03:04:05.000001Z");
  }
}
