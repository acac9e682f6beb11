package org.mekong.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Precision, recall and F1 of the comparator on the labelled pairs in test resources, per category
 * and overall; fails when overall F1 drops below the floor measured when the set was made.
 */
class LabelledPairsTest {

  /** The overall F1 measured on the set (docs/benchmarks.md), less a small margin. */
  static final double F1_FLOOR = 0.98;

  record Pair(Schema schema, String name1, String name2, boolean expected, String category) {}

  /** Counts of one category, or of all. */
  static final class Counts {
    int tp;
    int fp;
    int fn;
    int tn;

    void add(boolean predicted, boolean expected) {
      if (predicted && expected) {
        tp++;
      } else if (predicted) {
        fp++;
      } else if (expected) {
        fn++;
      } else {
        tn++;
      }
    }

    double precision() {
      return tp + fp == 0 ? 1.0 : tp / (double) (tp + fp);
    }

    double recall() {
      return tp + fn == 0 ? 1.0 : tp / (double) (tp + fn);
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    String row(String name) {
      if (tp + fn == 0) {
        return String.format(Locale.ROOT, "| %s | %d | 0 | %d | – | – | – |", name, fp + tn, fp);
      }
      return String.format(
          Locale.ROOT,
          "| %s | %d | %d | %d | %.3f | %.3f | %.3f |",
          name,
          tp + fp + fn + tn,
          tp + fn,
          fp + fn,
          precision(),
          recall(),
          f1());
    }
  }

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
        if (f.length != 6 || !(f[3].equals("match") || f[3].equals("no"))) {
          throw new IllegalStateException("a labelled pair needs six fields: " + line);
        }
        pairs.add(new Pair(Schema.of(f[0]).orElseThrow(), f[1], f[2], f[3].equals("match"), f[4]));
      }
      return pairs;
    }
  }

  @Test
  void f1StaysAboveItsFloor() throws IOException {
    List<Pair> pairs = pairs();
    assertThat(pairs).hasSizeGreaterThanOrEqualTo(1500);
    Counts all = new Counts();
    Map<String, Counts> categories = new TreeMap<>();
    List<String> mistakes = new ArrayList<>();
    for (Pair p : pairs) {
      Comparison c = NameComparator.compare(p.schema(), p.name1(), p.name2());
      all.add(c.match(), p.expected());
      categories.computeIfAbsent(p.category(), k -> new Counts()).add(c.match(), p.expected());
      if (c.match() != p.expected()) {
        mistakes.add("%s | %s | %s -> %s".formatted(p.category(), p.name1(), p.name2(), c));
      }
    }
    StringBuilder table =
        new StringBuilder(
            "| category | pairs | labelled match | mistakes | precision | recall | F1 |\n"
                + "|---|---:|---:|---:|---:|---:|---:|\n");
    categories.forEach((name, counts) -> table.append(counts.row(name)).append('\n'));
    table.append(all.row("**all**")).append('\n');
    String report =
        "%s%nmistakes (%d):%n%s".formatted(table, mistakes.size(), String.join("\n", mistakes));
    System.out.println(report);
    assertThat(all.f1()).as(report).isGreaterThanOrEqualTo(F1_FLOOR);
  }
}
