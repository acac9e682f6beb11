package org.mekong.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.indicator.Indicator;
import org.mekong.core.indicator.IndicatorDraft;
import org.mekong.core.selector.SelectorType;

/** Seeded property tests: an export re-imports to what was exported. */
class RoundTripPropertyTest {

  private static final int ROUNDS = 20;
  private static final List<AgencyId> AGENCIES =
      List.of(new AgencyId("th-ccib"), new AgencyId("cn-mps"), new AgencyId("mm-police"));

  @Test
  void aCsvExportReimportsToTheSameDrafts() throws IOException {
    for (int round = 0; round < ROUNDS; round++) {
      long seed = new Random().nextLong();
      List<Indicator> indicators = indicators(new Random(seed));
      StringWriter out = new StringWriter();
      try (IndicatorWriter writer = IndicatorExport.csv(out)) {
        writer.writeAll(indicators);
      }

      List<ImportResult> results =
          Imported.read(ImportFormat.CSV, out.toString(), Imported.DEFAULTS);

      assertThat(results)
          .as("seed %d, csv:%n%s", seed, out)
          .allSatisfy(result -> assertThat(result).isInstanceOf(ImportResult.Accepted.class));
      assertThat(Imported.drafts(results))
          .as("seed %d", seed)
          .isEqualTo(indicators.stream().map(RoundTripPropertyTest::draft).toList());
    }
  }

  @Test
  void aMispExportReimportsToTheSameSelectorsCategoriesAndTlp(@TempDir Path dir)
      throws IOException {
    for (int round = 0; round < ROUNDS; round++) {
      long seed = new Random().nextLong();
      List<Indicator> indicators = indicators(new Random(seed));
      Path feed = dir.resolve("feed-" + round);
      try (IndicatorWriter writer = IndicatorExport.mispFeed(feed)) {
        writer.writeAll(indicators);
      }

      List<ImportResult> results;
      try (Stream<ImportResult> read = IndicatorImport.mispFeed(feed, Imported.DEFAULTS)) {
        results = read.toList();
      }

      assertThat(Imported.rejected(results)).as("seed %d", seed).isEmpty();
      assertThat(Imported.drafts(results).stream().map(RoundTripPropertyTest::essentials))
          .as("seed %d", seed)
          .containsExactlyInAnyOrderElementsOf(
              indicators.stream().map(RoundTripPropertyTest::essentials).toList());
    }
  }

  @Test
  void aListExportWritesOneCanonicalKeyPerLine() throws IOException {
    long seed = new Random().nextLong();
    List<Indicator> indicators = indicators(new Random(seed));
    StringWriter out = new StringWriter();
    try (IndicatorWriter writer = IndicatorExport.list(out)) {
      writer.writeAll(indicators);
    }

    assertThat(out.toString().lines().toList())
        .as("seed %d", seed)
        .isEqualTo(indicators.stream().map(i -> i.selector().canonical()).toList());
  }

  /** A few indicators of every selector type, from the agencies. */
  private static List<Indicator> indicators(Random random) {
    RandomIndicators make = new RandomIndicators(random);
    List<Indicator> indicators = new ArrayList<>();
    for (SelectorType type : SelectorType.values()) {
      if (make.raw(type) == null) {
        continue;
      }
      for (int i = 0; i < 3; i++) {
        indicators.add(
            make.indicator(make.selector(type), AGENCIES.get(random.nextInt(AGENCIES.size()))));
      }
    }
    return indicators;
  }

  private static IndicatorDraft draft(Indicator indicator) {
    return new IndicatorDraft(
        indicator.selector(),
        indicator.categories(),
        indicator.confidence(),
        indicator.marking(),
        indicator.validFrom(),
        indicator.validUntil(),
        indicator.description(),
        indicator.externalReferences());
  }

  private static String essentials(IndicatorDraft draft) {
    return draft.selector() + " " + draft.categories() + " " + draft.marking().tlp();
  }

  private static String essentials(Indicator indicator) {
    return indicator.selector() + " " + indicator.categories() + " " + indicator.marking().tlp();
  }
}
