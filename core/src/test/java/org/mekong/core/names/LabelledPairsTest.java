package org.mekong.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** Precision and recall of the comparator on the labelled pairs in test resources. */
class LabelledPairsTest {

  private record Pair(
      Schema schema, String name1, String name2, boolean expected, String category) {}

  static List<Pair> pairs() throws IOException {
    try (InputStream in =
        Objects.requireNonNull(
            LabelledPairsTest.class.getResourceAsStream("/names/labelled-pairs.tsv"))) {
      List<Pair> pairs = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        pairs.add(new Pair(Schema.of(f[0]).orElseThrow(), f[1], f[2], f[3].equals("match"), f[4]));
      }
      return pairs;
    }
  }

  @Test
  void precisionAndRecallStayAboveTheirFloors() throws IOException {
    List<Pair> pairs = pairs();
    assertThat(pairs).hasSizeGreaterThanOrEqualTo(60);
    int tp = 0;
    int fp = 0;
    int fn = 0;
    List<String> mistakes = new ArrayList<>();
    for (Pair p : pairs) {
      Comparison c = NameComparator.compare(p.schema(), p.name1(), p.name2());
      if (c.match() && p.expected()) {
        tp++;
      } else if (c.match()) {
        fp++;
      } else if (p.expected()) {
        fn++;
      }
      if (c.match() != p.expected()) {
        mistakes.add("%s | %s | %s -> %s".formatted(p.category(), p.name1(), p.name2(), c));
      }
    }
    double precision = tp / (double) (tp + fp);
    double recall = tp / (double) (tp + fn);
    String report =
        "precision %.3f recall %.3f over %d pairs; mistakes:%n%s"
            .formatted(precision, recall, pairs.size(), String.join("\n", mistakes));
    System.out.println(report);
    assertThat(precision).as(report).isGreaterThanOrEqualTo(0.95);
    assertThat(recall).as(report).isGreaterThanOrEqualTo(0.90);
  }
}
