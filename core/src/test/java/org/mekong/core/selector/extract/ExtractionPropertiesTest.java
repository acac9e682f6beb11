package org.mekong.core.selector.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.mekong.core.selector.Parsed;
import org.mekong.core.selector.Selector;
import org.mekong.core.selector.Selectors;

/** Seeded random mixed-script junk: extraction never throws and every match keeps its promises. */
class ExtractionPropertiesTest {

  private static final String ALPHABET =
      "0123456789abcxyzTBQGWE +@:/.-_%?=&#()[]~\n\t。．：＠１＋中文泰ไลน์ทรမြန်မာ，！";
  private static final List<String> FRAGMENTS =
      List.of(
          "http://",
          "https://",
          "t.me/",
          "wa.me/66",
          "line.me/ti/p/~",
          ".com",
          ".co.th",
          ".top",
          "www.",
          "TG: @",
          "LINE ID: ",
          "微信：",
          "แอดไลน์ @",
          "0x",
          "bc1q",
          "TBHTJqAy4DhHhmT3dNceJYNRz4SdLofLre",
          "GB82 WEST 1234 5698 7654 32",
          "+66 81 234 5678",
          "+86 138 0013 8000",
          "02-123-4567",
          "192.168.",
          "@gmail.com",
          "%",
          "。com");
  private static final List<@Nullable String> REGIONS = regions();

  private static List<@Nullable String> regions() {
    List<@Nullable String> regions = new ArrayList<>(List.of("TH", "CN", "MM", "th", ""));
    regions.add(null);
    return regions;
  }

  @Test
  void randomMixedScriptJunkNeverThrowsAndMatchesAreExactAndCanonical() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    for (int round = 0; round < 3_000; round++) {
      String text = junk(random);
      String region = REGIONS.get(random.nextInt(REGIONS.size()));
      Extraction extraction;
      try {
        extraction = SelectorExtractor.extract(text, region);
      } catch (RuntimeException e) {
        throw new AssertionError("seed " + seed + ": extract(\"" + text + "\") threw", e);
      }
      assertThat(extraction).as("seed %d: %s", seed, text).isInstanceOf(Extraction.Found.class);
      int previousEnd = 0;
      for (Match match : ((Extraction.Found) extraction).matches()) {
        assertThat(match.start())
            .as("seed %d: %s in %s", seed, match, text)
            .isGreaterThanOrEqualTo(previousEnd);
        assertThat(text.substring(match.start(), match.end()))
            .as("seed %d: %s", seed, text)
            .isEqualTo(match.text());
        Selector selector = match.selector();
        assertThat(Selectors.parse(selector.canonical(), selector.type(), null))
            .as("seed %d: %s in %s", seed, match, text)
            .isEqualTo(new Parsed.Valid(selector));
        previousEnd = match.end();
      }
    }
  }

  @Test
  void longJunkAndRunsOfSelectorShapedCharsAreSearched() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    StringBuilder sb = new StringBuilder();
    while (sb.length() < SelectorExtractor.MAX_TEXT_LENGTH / 4) {
      sb.append(junk(random));
    }
    for (String run : List.of("a.", "1.", "a", "T", "@a.com", "GB82 ", "+6", "ไลน์ @")) {
      String text = run.repeat(SelectorExtractor.MAX_TEXT_LENGTH / run.length() / 64);
      assertThat(SelectorExtractor.extract(text, "TH"))
          .as("%s repeated", run)
          .isInstanceOf(Extraction.Found.class);
    }
    assertThat(SelectorExtractor.extract(sb.toString(), "TH"))
        .as("seed %d", seed)
        .isInstanceOf(Extraction.Found.class);
  }

  private static String junk(Random random) {
    StringBuilder sb = new StringBuilder();
    int parts = random.nextInt(12);
    for (int i = 0; i < parts; i++) {
      if (random.nextInt(3) == 0) {
        sb.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
      } else {
        int length = random.nextInt(12);
        for (int j = 0; j < length; j++) {
          sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
      }
    }
    return sb.toString();
  }
}
