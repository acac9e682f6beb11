package org.mekong.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mekong.core.category.Category;
import org.mekong.core.marking.Marking;
import org.mekong.core.marking.Tlp;

class ImportRobustnessTest {

  private static final String ALPHABET = "ab.,;\"#|:{}[]0123456789+ \t\r\n\uFEFF泰@/";

  @Test
  void noInputMakesAnImportThrow() {
    for (int round = 0; round < 300; round++) {
      long seed = new Random().nextLong();
      Random random = new Random(seed);
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(400);
      for (int i = 0; i < length; i++) {
        text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      for (ImportFormat format :
          List.of(ImportFormat.CSV, ImportFormat.LIST, ImportFormat.HOSTS, ImportFormat.MISP)) {
        List<ImportResult> results =
            Imported.read(
                format, (format == ImportFormat.CSV ? "value\n" : "") + text, Imported.DEFAULTS);
        assertThat(results)
            .as("seed %d, format %s", seed, format.code())
            .allSatisfy(result -> assertThat(result.line()).isNotNegative());
      }
    }
  }

  @Test
  void bytesAreReadAsUtf8WithoutAByteOrderMark() {
    byte[] bytes = "\uFEFF# จีน\n泰国.com\n".getBytes(StandardCharsets.UTF_8);
    try (Stream<ImportResult> results =
        IndicatorImport.read(
            ImportFormat.LIST, new ByteArrayInputStream(bytes), Imported.DEFAULTS)) {
      assertThat(Imported.keys(results.toList())).containsExactly("xn--vcsr42c.com");
    }
  }

  @Test
  void stixIsNotAnIndicatorList() {
    assertThatThrownBy(
            () ->
                IndicatorImport.read(ImportFormat.STIX, new StringReader("{}"), Imported.DEFAULTS))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void formatsHaveStableCodes() {
    assertThat(Stream.of(ImportFormat.values()).map(ImportFormat::code))
        .containsExactly("csv", "list", "hosts", "misp", "stix");
    assertThat(ImportFormat.fromCode(" HOSTS ")).contains(ImportFormat.HOSTS);
    assertThat(ImportFormat.fromCode("xlsx")).isEmpty();
    assertThat(Stream.of(ExportFormat.values()).map(ExportFormat::code))
        .containsExactly("csv", "list", "misp");
  }

  @Test
  void defaultsValidateThemselves() {
    ImportDefaults defaults = ImportDefaults.of(Set.of(Category.FRAUD), Marking.of(Tlp.GREEN));
    assertThat(defaults.withRegion("th").region()).isEqualTo("TH");
    assertThatThrownBy(() -> defaults.withRegion("Thailand"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> defaults.withConfidence(101))
        .isInstanceOf(IllegalArgumentException.class);
    java.time.Instant now = java.time.Instant.parse("2026-01-01T00:00:00Z");
    assertThatThrownBy(() -> defaults.withValidity(now, now))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
