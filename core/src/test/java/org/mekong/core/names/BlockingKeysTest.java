package org.mekong.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Blocking keys find the candidates the comparator would match: a superset, not the answer. */
class BlockingKeysTest {

  @Test
  void everyLabelledPairTheComparatorMatchesSharesAKey() throws IOException {
    List<String> missed = new ArrayList<>();
    int matched = 0;
    try (InputStream in =
        Objects.requireNonNull(getClass().getResourceAsStream("/names/labelled-pairs.tsv"))) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        Schema schema = Schema.of(f[0]).orElseThrow();
        if (!NameComparator.compare(schema, f[1], f[2]).match()) {
          continue;
        }
        matched++;
        Set<String> shared = new HashSet<>(BlockingKeys.of(schema, f[1]));
        shared.retainAll(BlockingKeys.of(schema, f[2]));
        if (shared.isEmpty()) {
          missed.add(f[1] + " / " + f[2]);
        }
      }
    }
    assertThat(matched).isGreaterThan(40);
    assertThat(missed).as("matched pairs without a common key").isEmpty();
  }

  @Test
  void namesThatCannotBeComparedHaveNoKeys() {
    assertThat(BlockingKeys.of(Schema.PERSON, " ")).isEmpty();
    assertThat(BlockingKeys.of(Schema.COMPANY, "Co., Ltd.")).isEmpty();
    assertThat(BlockingKeys.of(Schema.PERSON, "Wang Xiaohong"))
        .contains("r:" + ChineseSyllables.key("xiaohong").orElseThrow());
  }
}
