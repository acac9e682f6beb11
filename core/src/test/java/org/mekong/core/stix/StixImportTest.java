package org.mekong.core.stix;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mekong.core.category.Category;
import org.mekong.core.indicator.Indicator;
import org.mekong.core.marking.MarkingCheck;
import org.mekong.core.marking.Tlp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class StixImportTest {

  /** A minimal importable indicator from another producer. */
  static ObjectNode indicator(String pattern) {
    ObjectNode node = Stix.object();
    node.put("type", "indicator");
    node.put("spec_version", "2.1");
    node.put("id", "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f");
    node.put("created", "2026-02-01T10:00:00.000Z");
    node.put("modified", "2026-02-01T10:00:00.000Z");
    node.put("pattern", pattern);
    node.put("pattern_type", "stix");
    node.put("valid_from", "2026-02-01T10:00:00Z");
    return node;
  }

  static ImportedIndicator accepted(JsonNode node) {
    Imported imported = StixImport.object(node);
    assertThat(imported).isInstanceOf(Imported.Accepted.class);
    return ((Imported.Accepted) imported).indicator();
  }

  private static String refusal(JsonNode node) {
    Imported imported = StixImport.object(node);
    assertThat(imported).as("%s", node).isInstanceOf(Imported.Refused.class);
    return ((Imported.Refused) imported).reason();
  }

  @Test
  void theOasisC2IndicatorIsImportedWithDefaults() throws IOException {
    Path file = SharedSpec.require("examples/indicator-for-c2-ip-address.json");

    BundleImport result = StixImport.bundle(Files.readString(file));

    assertThat(result).isInstanceOf(BundleImport.Read.class);
    BundleImport.Read read = (BundleImport.Read) result;
    assertThat(read.bundleId()).isEqualTo("bundle--44af6c39-c09b-49c5-9de2-394224b04982");
    assertThat(read.accepted()).hasSize(1);
    ImportedIndicator indicator = read.accepted().getFirst();
    assertThat(indicator.stixId()).isEqualTo("indicator--33fe3b22-0201-47cf-85d0-97c02164528d");
    assertThat(indicator.selector().canonical()).isEqualTo("10.0.0.0");
    assertThat(indicator.selector().stixType()).isEqualTo("ipv4-addr");
    assertThat(indicator.categories()).containsExactly(Category.FRAUD);
    assertThat(indicator.confidence()).isEqualTo(50);
    assertThat(indicator.tlp()).isEqualTo(Tlp.AMBER);
    assertThat(indicator.validFrom()).isEqualTo(Instant.parse("2014-05-08T09:00:00Z"));
    assertThat(indicator.modified()).isEqualTo(Instant.parse("2014-05-08T09:00:00Z"));
    assertThat(indicator.description()).isEqualTo("Test description C2 channel.");
    assertThat(indicator.name()).isEqualTo("IP Address for known C2 channel");
    assertThat(indicator.notes())
        .containsExactlyInAnyOrder(
            "no Mekong category: defaulted to 'fraud'",
            "no confidence: defaulted to 50",
            "no TLP marking: defaulted to TLP:AMBER");
  }

  @Test
  void theOasisEmailIndicatorsAreRefusedAndTheRestIgnored() throws IOException {
    Path file = SharedSpec.require("examples/malicious-email-indicator-with-attachment.json");

    BundleImport.Read read = (BundleImport.Read) StixImport.bundle(Files.readString(file));

    assertThat(read.results())
        .extracting(Imported::getClass)
        .containsExactly(
            Imported.Ignored.class,
            Imported.Ignored.class,
            Imported.Refused.class,
            Imported.Refused.class,
            Imported.Ignored.class,
            Imported.Ignored.class);
    assertThat(read.results().get(2))
        .isInstanceOfSatisfying(
            Imported.Refused.class,
            refused ->
                assertThat(refused.reason())
                    .startsWith("unsupported observable type 'email-message'"));
    assertThat(read.results().getFirst())
        .isEqualTo(
            new Imported.Ignored("identity--f690c992-8e7d-4b9a-9303-3312616c0220", "identity"));
  }

  @Test
  void everyOasisExampleImportsWithoutThrowing() throws IOException {
    Path folder = SharedSpec.require("examples");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(path -> path.toString().endsWith(".json")).sorted().toList();
    }
    int accepted = 0;
    for (Path file : files) {
      BundleImport result = StixImport.bundle(Files.readString(file));
      if (result instanceof BundleImport.Read read) {
        accepted += read.accepted().size();
        for (Imported imported : read.results()) {
          if (imported instanceof Imported.Refused refused) {
            assertThat(refused.reason()).as("%s %s", file, refused.stixId()).isNotBlank();
          }
        }
      }
    }
    assertThat(accepted).isPositive();
  }

  @Test
  void patternsOutsideTheImportedFormAreRefusedWithAReason() {
    String[][] cases = {
      {"[file:hashes.'SHA-256' = 'ef53']", "unsupported observable type 'file'"},
      {"[domain-name:value = 'a.com' OR ipv4-addr:value = '1.2.3.4']", "alternatives with OR"},
      {"[domain-name:value = 'a.com' AND ipv4-addr:value = '1.2.3.4']", "compares 2 observables"},
      {"[domain-name:value = 'a.com'] AND [domain-name:value = 'b.com']", "several observations"},
      {"[domain-name:value = 'a.com'] WITHIN 300 SECONDS", "qualifiers"},
      {"[domain-name:value LIKE '%.scam.com']", "operator LIKE is not supported"},
      {"[domain-name:value != 'a.com']", "operator != is not supported"},
      {"[(domain-name:value = 'a.com')]", "parentheses"},
      {"[phone-number:value = '12']", "'12' is not a valid phone"},
      {"[user-account:account_login = 'scam_support']", "both account_login and account_type"},
      {"[domain-name:resolves_to_refs = 'x']", "property 'resolves_to_refs' of domain-name"},
      {"[ipv4-addr:value = '2001:db8::1']", "compared as ipv4-addr but is ipv6-addr"},
      {"[domain-name:value = 'a\\x.com']", "backslash"},
      {"[domain-name:value = 'a.com", "not closed"},
      {"domain-name:value = 'a.com'", "does not start with an observation"},
      {"", "does not start with an observation"},
    };
    for (String[] c : cases) {
      assertThat(refusal(indicator(c[0]))).as(c[0]).contains(c[1]);
    }
  }

  @Test
  void framesOtherThanStix21AreRefused() {
    ObjectNode old = indicator("[domain-name:value = 'a.com']");
    old.put("spec_version", "2.0");
    assertThat(refusal(old))
        .isEqualTo("spec_version 2.0 is not supported; only STIX 2.1 is imported");
    old.remove("spec_version");
    assertThat(refusal(old)).contains("no spec_version");

    ObjectNode sigma = indicator("title: x");
    sigma.put("pattern_type", "sigma");
    assertThat(refusal(sigma)).contains("pattern_type 'sigma' is not supported");

    ObjectNode badId = indicator("[domain-name:value = 'a.com']");
    badId.put("id", "indicator--nope");
    assertThat(refusal(badId)).contains("is not an indicator id");
  }

  @Test
  void malformedPropertiesAreRefused() {
    ObjectNode confidence = indicator("[domain-name:value = 'a.com']");
    confidence.put("confidence", 150);
    assertThat(refusal(confidence)).contains("confidence");

    ObjectNode window = indicator("[domain-name:value = 'a.com']");
    window.put("valid_until", "2026-01-01T00:00:00Z");
    assertThat(refusal(window)).contains("valid_until");

    ObjectNode time = indicator("[domain-name:value = 'a.com']");
    time.put("modified", "2026-02-01 10:00");
    assertThat(refusal(time)).contains("timestamps");

    ObjectNode benign = indicator("[domain-name:value = 'a.com']");
    benign.set("indicator_types", Stix.array(List.of("benign")));
    assertThat(refusal(benign)).contains("benign");
  }

  @Test
  void aMekongExtensionThatContradictsItselfIsRefused() {
    ObjectNode rendered = StixIndicators.indicator(Fixtures.indicator(Fixtures.selector("phone")));
    ObjectNode extension =
        (ObjectNode) rendered.path("extensions").path(StixDefinitions.INDICATOR_EXTENSION);

    extension.put("selector_canonical", "+66812345679");
    assertThat(refusal(rendered)).contains("disagrees with the pattern");

    extension.put("selector_canonical", "+66812345678");
    extension.set("categories", Stix.array(List.of("fraud.nigerian-prince")));
    assertThat(refusal(rendered)).contains("unknown category 'fraud.nigerian-prince'");

    extension.set("categories", Stix.array(List.of("fraud")));
    extension.put("evaluation", "Z9");
    assertThat(refusal(rendered)).contains("evaluation");

    extension.put("evaluation", "A1");
    extension.set("recipients", Stix.array(List.of("Not An Agency")));
    assertThat(refusal(rendered)).contains("recipients");
  }

  @Test
  void objectsOfOtherTypesAreIgnoredAndNonObjectsRefused() {
    ObjectNode identity = StixIdentities.mekong();
    assertThat(StixImport.object(identity))
        .isEqualTo(new Imported.Ignored(StixIdentities.MEKONG, "identity"));
    assertThat(StixImport.object(Stix.array(List.of("x")))).isInstanceOf(Imported.Refused.class);
    assertThat(StixImport.object(Stix.object())).isInstanceOf(Imported.Refused.class);
  }

  @Test
  void labelsThatAreCategoryCodesAndOtherProducersSpellingsAreRead() {
    ObjectNode node =
        indicator(
            "[user-account:account_type = 'twitter' AND user-account:account_login = 'Scam']");
    node.set("labels", Stix.array(List.of("fraud.romance", "apt1")));
    node.put("confidence", 15);
    node.put("revoked", true);

    ImportedIndicator imported = accepted(node);

    assertThat(imported.selector().canonical()).isEqualTo("x:scam");
    assertThat(imported.categories()).containsExactly(Category.FRAUD_ROMANCE);
    assertThat(imported.confidence()).isEqualTo(15);
    assertThat(imported.revoked()).isTrue();
  }

  @Test
  void otherProducersBankAccountsAndWalletsAreRead() {
    assertThat(
            accepted(indicator("[bank-account:iban = 'de89 3704 0044 0532 0130 00']"))
                .selector()
                .canonical())
        .isEqualTo("DE89370400440532013000");
    assertThat(
            accepted(
                    indicator(
                        "[cryptocurrency-wallet:value = '0x52908400098527886E0F7030069857D2E4169EE7']"))
                .selector()
                .canonical())
        .isEqualTo("evm:0x52908400098527886e0f7030069857d2e4169ee7");
    assertThat(accepted(indicator("[ipv4-addr:value = '198.51.100.1/32']")).selector().canonical())
        .isEqualTo("198.51.100.1");
  }

  @Test
  void whatIsNoBundleIsSaidSo() {
    assertThat(StixImport.bundle("{not json")).isInstanceOf(BundleImport.NotABundle.class);
    assertThat(StixImport.bundle("{\"type\":\"indicator\"}"))
        .isEqualTo(new BundleImport.NotABundle("not a STIX bundle: its type is not 'bundle'"));
    assertThat(StixImport.bundle("{\"type\":\"bundle\",\"id\":\"bundle--x\",\"objects\":3}"))
        .isInstanceOf(BundleImport.NotABundle.class);
  }

  @Test
  void mekongsOwnBundlesImportWithoutDefaultsOrNotes() {
    List<Indicator> versions =
        Fixtures.selectors().values().stream().map(Fixtures::indicator).toList();
    String json = StixJson.write(StixBundles.indicators(UUID.randomUUID(), versions));

    BundleImport.Read read = (BundleImport.Read) StixImport.bundle(json);

    assertThat(read.accepted()).hasSize(versions.size());
    for (int i = 0; i < versions.size(); i++) {
      ImportedIndicator imported = read.accepted().get(i);
      assertThat(imported.selector()).isEqualTo(versions.get(i).selector());
      assertThat(imported.marking()).isEqualTo(new MarkingCheck.Valid(versions.get(i).marking()));
      assertThat(imported.notes()).isEmpty();
    }
    assertThat(read.results())
        .filteredOn(result -> !(result instanceof Imported.Accepted))
        .allMatch(result -> result instanceof Imported.Ignored);
  }
}
