package org.mekong.core.selector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written shape check says exactly what the documented pattern says. */
class SelectorIdShapeTest {

  private static final Pattern DOCUMENTED =
      Pattern.compile(
          "[a-z][a-z0-9-]{1,248}[a-z0-9]--[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

  private static boolean documented(String value) {
    return DOCUMENTED.matcher(value).matches() && !value.contains("---");
  }

  @Test
  void agreesWithTheDocumentedPatternOnMutatedIds() {
    long seed = System.nanoTime();
    SplittableRandom random = new SplittableRandom(seed);
    String alphabet = "abcdefz0189-ABF_.5";
    String[] valid = {
      SelectorId.of("phone-number", SelectorType.PHONE, "+66812345678").value(),
      SelectorId.of("ipv4-addr", SelectorType.IP, "1.2.3.4").value(),
      SelectorId.of("url", SelectorType.URL, "http://a.top/").value()
    };
    for (int round = 0; round < 200_000; round++) {
      StringBuilder id = new StringBuilder(valid[random.nextInt(valid.length)]);
      int edits = 1 + random.nextInt(3);
      for (int e = 0; e < edits; e++) {
        int at = random.nextInt(id.length() + 1);
        switch (random.nextInt(3)) {
          case 0 -> id.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
          case 1 -> {
            if (at < id.length()) {
              id.deleteCharAt(at);
            }
          }
          default -> {
            if (at < id.length()) {
              id.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
            }
          }
        }
      }
      String candidate = id.toString();
      assertThat(SelectorId.hasShape(candidate))
          .as("'%s' (seed %d)", candidate, seed)
          .isEqualTo(documented(candidate));
    }
  }
}
