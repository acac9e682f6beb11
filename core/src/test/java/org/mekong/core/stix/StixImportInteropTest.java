package org.mekong.core.stix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mekong.core.marking.MarkingCheck;
import org.mekong.core.marking.Tlp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Other producers' STIX: every object of the OASIS examples, an OpenCTI-style export and a
 * MISP-style export is accepted, ignored (read, not kept) or refused with a reason, and never makes
 * the reader throw.
 */
class StixImportInteropTest {

  private static JsonNode resource(String name) {
    try (InputStream in = StixImportInteropTest.class.getResourceAsStream(name)) {
      Objects.requireNonNull(in, name);
      return Stix.MAPPER.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> oasisExamples() throws IOException {
    try (Stream<Path> walk = Files.walk(SharedSpec.require("examples"))) {
      return walk.filter(path -> path.toString().endsWith(".json")).sorted().toList();
    }
  }

  /** One result per object, each naming its object; every refusal says why. */
  private static List<Imported> readEveryObject(JsonNode bundle, String source) {
    BundleImport result = StixImport.bundle(bundle);
    assertThat(result).as(source).isInstanceOf(BundleImport.Read.class);
    List<Imported> results = ((BundleImport.Read) result).results();
    List<JsonNode> objects = new ArrayList<>();
    bundle.get("objects").forEach(objects::add);
    assertThat(results).as(source).hasSameSizeAs(objects);
    for (int i = 0; i < objects.size(); i++) {
      Imported imported = results.get(i);
      assertThat(imported.stixId()).as(source).isEqualTo(objects.get(i).get("id").asString());
      if (imported instanceof Imported.Refused refused) {
        assertThat(refused.reason()).as("%s %s", source, refused.stixId()).isNotBlank();
      }
      if (imported instanceof Imported.Accepted accepted) {
        assertThat(accepted.indicator().marking())
            .as("%s %s", source, accepted.stixId())
            .isInstanceOf(MarkingCheck.Valid.class);
      }
    }
    return results;
  }

  @Test
  void everyObjectOfEveryOasisExampleIsAcceptedIgnoredOrRefusedWithAReason() throws IOException {
    int accepted = 0;
    int refused = 0;
    for (Path file : oasisExamples()) {
      JsonNode node = Stix.MAPPER.readTree(Files.readString(file));
      if (node.path("type").asString("").equals("bundle")) {
        for (Imported imported : readEveryObject(node, file.toString())) {
          accepted += imported instanceof Imported.Accepted ? 1 : 0;
          refused += imported instanceof Imported.Refused ? 1 : 0;
        }
      } else {
        assertThat(StixImport.object(node)).as("%s", file).isNotNull();
      }
    }
    assertThat(accepted).isPositive();
    assertThat(refused).isPositive();
  }

  @Test
  void patternsOnObservablesMekongKnowsAreAccepted() {
    String[][] cases = {
      {"[domain-name:value = 'Scam-Shop-Demo.shop']", "domain-name", "scam-shop-demo.shop"},
      {"[ipv4-addr:value = '203.0.113.9']", "ipv4-addr", "203.0.113.9"},
      {"[ipv6-addr:value = '2001:DB8::9']", "ipv6-addr", "2001:db8::9"},
      {"[url:value = 'https://scam-shop-demo.shop/pay?id=7']", "url", null},
      {"[email-addr:value = 'Refunds@Scam-Shop-Demo.shop']", "email-addr", null},
      {"[phone-number:value = '+84 912 345 678']", "phone-number", "+84912345678"},
      {
        "[bank-account:iban = 'GB82 WEST 1234 5698 7654 32']",
        "bank-account",
        "GB82WEST12345698765432"
      },
    };
    for (String[] c : cases) {
      Imported imported = StixImport.object(StixImportTest.indicator(c[0]));
      assertThat(imported).as("%s", imported).isInstanceOf(Imported.Accepted.class);
      ImportedIndicator indicator = ((Imported.Accepted) imported).indicator();
      assertThat(indicator.selector().stixType()).as(c[0]).isEqualTo(c[1]);
      if (c[2] != null) {
        assertThat(indicator.selector().canonical()).as(c[0]).isEqualTo(c[2]);
      }
    }
  }

  @Test
  void anOpenCtiExportIsReadObjectByObject() {
    List<Imported> results = readEveryObject(resource("opencti-export.json"), "OpenCTI");

    assertThat(results)
        .as("%s", results)
        .extracting(Imported::getClass)
        .containsExactly(
            Imported.Ignored.class,
            Imported.Ignored.class,
            Imported.Accepted.class,
            Imported.Accepted.class,
            Imported.Refused.class,
            Imported.Ignored.class,
            Imported.Ignored.class);
    ImportedIndicator domain = ((Imported.Accepted) results.get(2)).indicator();
    assertThat(domain.selector().canonical()).isEqualTo("refund-desk-support-demo.top");
    assertThat(domain.tlp()).isEqualTo(Tlp.AMBER_STRICT);
    assertThat(domain.confidence()).isEqualTo(80);
    assertThat(domain.description()).isEqualTo("Landing page of a fake refund desk.");
    ImportedIndicator phone = ((Imported.Accepted) results.get(3)).indicator();
    assertThat(phone.selector().canonical()).isEqualTo("+66812345678");
    assertThat(phone.tlp()).isEqualTo(Tlp.GREEN);
    assertThat(((Imported.Refused) results.get(4)).reason())
        .startsWith("unsupported observable type 'file'");
  }

  @Test
  void aMispExportIsReadObjectByObject() {
    List<Imported> results = readEveryObject(resource("misp-export.json"), "MISP");

    assertThat(results)
        .as("%s", results)
        .extracting(Imported::getClass)
        .containsExactly(
            Imported.Ignored.class,
            Imported.Ignored.class,
            Imported.Accepted.class,
            Imported.Accepted.class,
            Imported.Accepted.class,
            Imported.Accepted.class,
            Imported.Refused.class,
            Imported.Refused.class,
            Imported.Ignored.class,
            Imported.Ignored.class);
    assertThat(results.subList(2, 6))
        .extracting(r -> ((Imported.Accepted) r).indicator().selector().stixType())
        .containsExactly("domain-name", "url", "ipv4-addr", "email-addr");
    assertThat(((Imported.Accepted) results.get(2)).indicator().tlp()).isEqualTo(Tlp.GREEN);
    assertThat(((Imported.Accepted) results.get(3)).indicator().tlp()).isEqualTo(Tlp.AMBER);
    assertThat(((Imported.Refused) results.get(6)).reason())
        .startsWith("unsupported observable type 'network-traffic'");
    assertThat(((Imported.Refused) results.get(7)).reason()).isNotBlank();
    assertThat(results.get(8))
        .isEqualTo(
            new Imported.Ignored(
                "x-misp-attribute--e0a2c4b6-9f1d-4c3e-9a7b-8d0f2b4c6e19", "x-misp-attribute"));
  }

  @Test
  void brokenCopiesOfEveryObjectNeverMakeTheReaderThrow() throws IOException {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    List<JsonNode> objects = new ArrayList<>();
    resource("opencti-export.json").get("objects").forEach(objects::add);
    resource("misp-export.json").get("objects").forEach(objects::add);
    for (Path file : oasisExamples()) {
      JsonNode node = Stix.MAPPER.readTree(Files.readString(file));
      node.path("objects").forEach(objects::add);
    }
    JsonNode[] junk = {
      Stix.MAPPER.getNodeFactory().nullNode(),
      Stix.MAPPER.getNodeFactory().numberNode(-1),
      Stix.MAPPER.getNodeFactory().stringNode(""),
      Stix.MAPPER.getNodeFactory().stringNode("[x:y = 'z'] OR"),
      Stix.MAPPER.getNodeFactory().booleanNode(true),
      Stix.array(List.of("a", "")),
      Stix.object(),
    };
    for (int round = 0; round < 2_000; round++) {
      ObjectNode copy = (ObjectNode) objects.get(random.nextInt(objects.size())).deepCopy();
      List<String> fields = new ArrayList<>(copy.propertyNames());
      for (int change = 0; change <= random.nextInt(3); change++) {
        String field = fields.get(random.nextInt(fields.size()));
        if (random.nextBoolean()) {
          copy.remove(field);
        } else {
          copy.set(field, junk[random.nextInt(junk.length)]);
        }
      }
      Imported[] read = new Imported[1];
      assertThatCode(() -> read[0] = StixImport.object(copy))
          .as("seed %d: %s", seed, copy)
          .doesNotThrowAnyException();
      Imported imported = read[0];
      assertThat(imported).as("seed %d: %s", seed, copy).isNotNull();
      if (imported instanceof Imported.Refused refused) {
        assertThat(refused.reason()).as("seed %d: %s", seed, copy).isNotBlank();
      }
    }
  }
}
