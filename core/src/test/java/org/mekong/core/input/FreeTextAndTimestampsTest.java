package org.mekong.core.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.category.Category;
import org.mekong.core.exchange.ImportDefaults;
import org.mekong.core.exchange.ImportFormat;
import org.mekong.core.exchange.ImportResult;
import org.mekong.core.exchange.IndicatorImport;
import org.mekong.core.indicator.ExternalReference;
import org.mekong.core.marking.Evaluation;
import org.mekong.core.marking.Handling;
import org.mekong.core.marking.Marking;
import org.mekong.core.marking.Tlp;
import org.mekong.core.stix.BundleImport;
import org.mekong.core.stix.Imported;
import org.mekong.core.stix.StixImport;

/**
 * The free-text and timestamp rules, and bulk imports that refuse only the line that breaks them.
 */
class FreeTextAndTimestampsTest {

  private static final ImportDefaults DEFAULTS =
      ImportDefaults.of(
          Set.of(Category.FRAUD),
          new Marking(
              Tlp.AMBER, Handling.NONE, Evaluation.UNJUDGED, Set.of(new AgencyId("th-ccib"))));

  @Test
  void freeTextRefusesNulLoneSurrogatesAndControlsButKeepsTabsBreaksAndAnyScript() {
    assertThat(FreeText.problem("a\u0000b")).contains("NUL", "position 2");
    assertThat(FreeText.problem("a\uD800")).contains("lone surrogate");
    assertThat(FreeText.problem("\uDC00a")).contains("lone surrogate");
    assertThat(FreeText.problem("a\u001b[2J")).contains("U+001B");
    assertThat(FreeText.problem("a\u0085")).contains("U+0085");
    assertThat(FreeText.problem("a\u007f")).contains("U+007F");
    assertThat(FreeText.problem("tab\there\r\nline ตำรวจ 公安 \uD83D\uDE00")).isNull();
    assertThatThrownBy(() -> new ExternalReference("case\u0000", null, null))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void timestampsAreTheYearsOfAStixTimestamp() {
    assertThat(Timestamps.problem(Instant.parse("0001-01-01T00:00:00Z"))).isNull();
    assertThat(Timestamps.problem(Instant.parse("9999-12-31T23:59:59.999999Z"))).isNull();
    assertThat(Timestamps.problem(Instant.parse("+99999-01-01T00:00:00Z"))).isNotNull();
    assertThat(Timestamps.problem(Instant.parse("-0001-01-01T00:00:00Z"))).isNotNull();
    assertThat(Timestamps.problem(Instant.parse("0000-12-31T23:59:59Z"))).isNotNull();
    Instant now = Instant.parse("2026-12-06T00:00:00Z");
    assertThat(Timestamps.observationProblem(now.plus(Timestamps.CLOCK_SKEW), now)).isNull();
    assertThat(Timestamps.observationProblem(now.plusSeconds(301), now)).contains("future");
  }

  @Test
  void aCsvLineWithNulOrAFarYearIsRejectedAndTheOthersAreKept() {
    String csv =
        "value,description,valid_until\n"
            + "good-one.com,fine,\n"
            + "bad-one.com,bad\u0000text,\n"
            + "far-one.com,fine,+99999-01-01T00:00:00Z\n"
            + "good-two.com,fine,2030-01-01\n";
    List<ImportResult> results = read(ImportFormat.CSV, csv);
    assertThat(results).filteredOn(ImportResult.Accepted.class::isInstance).hasSize(2);
    assertThat(results)
        .filteredOn(ImportResult.Rejected.class::isInstance)
        .extracting(result -> ((ImportResult.Rejected) result).reason())
        .satisfiesExactly(
            nul -> assertThat(nul).contains("NUL"), far -> assertThat(far).contains("0001-9999"));
  }

  @Test
  void aListLineWithAControlCharacterIsRejectedByItself() {
    List<ImportResult> results = read(ImportFormat.LIST, "good-one.com\n\u0085\ngood-two.com\n");
    assertThat(results).filteredOn(ImportResult.Accepted.class::isInstance).hasSize(2);
    assertThat(results).filteredOn(ImportResult.Rejected.class::isInstance).hasSize(1);
  }

  @Test
  void aStixIndicatorWithNulOrYearZeroIsRefusedAndTheOthersImported() {
    String good =
        "{\"type\":\"indicator\",\"spec_version\":\"2.1\","
            + "\"id\":\"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f\","
            + "\"created\":\"2026-01-01T00:00:00Z\",\"modified\":\"2026-01-01T00:00:00Z\","
            + "\"valid_from\":\"2026-01-01T00:00:00Z\",\"pattern_type\":\"stix\","
            + "\"pattern\":\"[domain-name:value = 'good-stix.com']\"}";
    String nul =
        good.replace("8e2e2d2b", "9e2e2d2b")
            .replace("good-stix", "nul-stix")
            .replace("\"pattern_type\"", "\"description\":\"a\\u0000b\",\"pattern_type\"");
    String yearZero =
        good.replace("8e2e2d2b", "ae2e2d2b")
            .replace("good-stix", "old-stix")
            .replace("\"valid_from\":\"2026", "\"valid_from\":\"0000");
    String bundle =
        "{\"type\":\"bundle\",\"id\":\"bundle--5d0092c5-5f74-4287-9642-33f4c354e56d\","
            + "\"objects\":["
            + good
            + ","
            + nul
            + ","
            + yearZero
            + "]}";
    BundleImport.Read read = (BundleImport.Read) StixImport.bundle(bundle);
    assertThat(read.results())
        .extracting(result -> result.getClass().getSimpleName())
        .containsExactly("Accepted", "Refused", "Refused");
    assertThat(((Imported.Refused) read.results().get(1)).reason()).contains("NUL");
  }

  @Test
  void aDocumentNestedTenThousandLevelsIsRefusedInPlainWords() {
    BundleImport bundle = StixImport.bundle("[".repeat(10_000) + "]".repeat(10_000));
    assertThat(((BundleImport.NotABundle) bundle).reason())
        .contains("nested too deeply")
        .doesNotContain("StreamReadConstraints");
  }

  private static List<ImportResult> read(ImportFormat format, String text) {
    try (Stream<ImportResult> results =
        IndicatorImport.read(format, new StringReader(text), DEFAULTS)) {
      return results.toList();
    }
  }
}
