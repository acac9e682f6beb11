package org.mekong.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * What is derived from a name analysed once equals what is derived from its text: its blocking
 * keys, and the score of a comparison made without its explanation.
 */
class AnalysedOnceTest {

  @Test
  void keysAndScoresOfAnalysedNamesAreThoseOfTheirTexts() throws IOException {
    int pairs = 0;
    try (InputStream in =
        Objects.requireNonNull(getClass().getResourceAsStream("/names/labelled-pairs.tsv"))) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        Schema schema = Schema.of(f[0]).orElseThrow();
        AnalysedName a = NameComparator.analysed(schema, f[1]).orElseThrow();
        AnalysedName b = NameComparator.analysed(schema, f[2]).orElseThrow();
        assertThat(BlockingKeys.of(a)).as(f[1]).isEqualTo(BlockingKeys.of(schema, f[1]));
        assertThat(BlockingKeys.of(b)).as(f[2]).isEqualTo(BlockingKeys.of(schema, f[2]));
        assertThat(NameComparator.score(a, b))
            .as("%s / %s", f[1], f[2])
            .isEqualTo(NameComparator.compare(schema, f[1], f[2]).score());
        pairs++;
      }
    }
    assertThat(pairs).isGreaterThan(100);
  }

  @Test
  void aNameTheComparatorRefusesHasNoAnalysis() {
    assertThat(NameComparator.analysed(Schema.PERSON, "")).isEmpty();
    assertThat(NameComparator.analysed(Schema.PERSON, "Mr")).isEmpty();
    assertThat(NameComparator.analysed(Schema.PERSON, "Wang Wei")).isPresent();
  }
}
