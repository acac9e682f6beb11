package org.mekong.core.selector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Parsing answers every input with a value: seeded random junk never makes it throw. */
class NeverThrowsTest {

  private static final String ALPHABET =
      "0123456789abcdefxyzTBQ+@:/.-_ %[]~?=&#\u3002\uFF11\uFF0B\u0E51\u4E2D\u00FC";

  @Test
  void seededRandomJunkIsAnsweredWithAValue() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    List<@Nullable SelectorType> types = new ArrayList<>(List.of(SelectorType.values()));
    types.add(null);
    List<@Nullable String> regions = new ArrayList<>(List.of("TH", "CN", "zz", ""));
    regions.add(null);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(60);
      for (int i = 0; i < length; i++) {
        sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      String raw = sb.toString();
      SelectorType type = types.get(random.nextInt(types.size()));
      String region = regions.get(random.nextInt(regions.size()));
      try {
        assertThat(Selectors.parse(raw, type, region)).isNotNull();
      } catch (RuntimeException e) {
        throw new AssertionError(
            "seed " + seed + ": parse(\"" + raw + "\", " + type + ", " + region + ") threw", e);
      }
    }
  }

  @Test
  void prefixedJunk() {
    for (String prefix :
        List.of(
            "tron:",
            "evm:",
            "btc:",
            "telegram:",
            "line:",
            "TH:KASITHBK:",
            "mailto:",
            "t.me/",
            "line.me/ti/p/~",
            "wa.me/",
            "0x",
            "bc1",
            "::ffff:",
            "IBAN ")) {
      for (String tail : List.of("", "@", "~", "x", "0", "%%", ":", "/", "..", "\uFF11")) {
        assertThat(Selectors.parse(prefix + tail)).as(prefix + tail).isNotNull();
      }
    }
  }
}
