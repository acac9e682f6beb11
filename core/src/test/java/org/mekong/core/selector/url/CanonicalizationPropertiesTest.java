package org.mekong.core.selector.url;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.mekong.core.selector.url.UrlCanonicalization.Rejected;

/** Seeded random properties; a failure names the seed that reproduces it. */
class CanonicalizationPropertiesTest {

  private static final long FIRST_SEED = Long.getLong("seed", 20_261_128L);
  private static final int CASES = Integer.getInteger("cases", 10_000);

  private static final List<String> SCHEMES =
      List.of("", "", "http://", "https://", "HTTP://", "hTtPs://", " http://", "http%3A%2F%2F");
  private static final List<String> USER_INFO = List.of("", "", "", "user:pw@", "a%40b@", "@");
  private static final List<String> HOST_PIECES =
      List.of(
          "a",
          "b",
          "Ex",
          "www",
          "com",
          "-",
          ".",
          "..",
          "0",
          "1",
          "255",
          "0x",
          "0xC0",
          "07",
          "9",
          "%2E",
          "%2e",
          "%41",
          "%25",
          "%",
          " ",
          "%20",
          "\u00fc",
          "\u4f60",
          "\u0001",
          "%80",
          "%FF",
          "%C3%BC",
          "\u3002",
          "\uff21",
          ":",
          "%3A",
          "!",
          "<",
          "~",
          "%23",
          "%3F",
          "%2F",
          "\t",
          "\uff1a",
          "\uff18\uff10",
          "%EF%BC%8E",
          "\u00df",
          "\u0627",
          "xn--",
          "\u200b",
          "@");
  private static final List<String> IP_HOSTS =
      List.of(
          "3279880203",
          "0300.0250.0.01",
          "0xC0A80001",
          "192.168.1",
          "10.192.95.89 xy",
          "[2001:DB8::1]",
          "[::FFFF:1.2.3.4]",
          "[64:ff9b::0102:0304]",
          "[0:0::0:1]",
          "[1::2::3]",
          "[::192.9.5.5]",
          "4294967296",
          "1.2.3.4.5",
          "256.1.1.1");
  private static final List<String> PORTS = List.of("", "", "", ":80", ":8080", ":", ":x");
  private static final List<String> PATH_PIECES =
      List.of(
          "a",
          "B",
          ".",
          "..",
          "",
          "%2E",
          "%2e%2E",
          "%2F",
          "%25",
          "%",
          "%%32%35",
          "%2525",
          " ",
          "%20",
          "\t",
          "\n",
          "\u00e9",
          "?",
          "#",
          ";",
          "~",
          "%3F",
          "%23",
          "%7E",
          "%7e",
          "\u0080",
          "%00",
          "%ZZ",
          "=",
          "&",
          "index.html");
  private static final List<String> SEPARATORS = List.of("/", "/", "/", "//", "/./", "/../");

  @Test
  void canonicalisingNeverThrowsAndItsOutputIsValid() {
    forEachRandomUrl(
        raw -> {
          UrlCanonicalization result = SafeBrowsingUrls.canonicalize(raw);
          if (result instanceof CanonicalUrl url) {
            assertThat(url.value()).matches("\\p{ASCII}*");
          } else {
            assertThat(((Rejected) result).reason()).isNotBlank();
          }
        });
  }

  @Test
  void canonicalisingACanonicalUrlGivesItBack() {
    forEachRandomUrl(
        raw -> {
          if (SafeBrowsingUrls.canonicalize(raw) instanceof CanonicalUrl url) {
            assertThat(SafeBrowsingUrls.canonicalize(url.value())).isEqualTo(url);
          }
        });
  }

  @Test
  void expressionsAreAtMostThirtyDistinctWithTheExactUrlFirst() {
    forEachRandomUrl(
        raw -> {
          if (SafeBrowsingUrls.canonicalize(raw) instanceof CanonicalUrl url) {
            List<String> expressions = SafeBrowsingUrls.expressions(url);
            String query = url.query();
            String exact =
                url.host() + url.path() + (query == null || query.isEmpty() ? "" : "?" + query);

            assertThat(expressions).hasSizeBetween(1, 30).doesNotHaveDuplicates();
            assertThat(expressions.getFirst()).isEqualTo(exact);
            assertThat(expressions)
                .allMatch(
                    e -> e.contains("/") && url.host().endsWith(e.substring(0, e.indexOf('/'))));
          }
        });
  }

  @Test
  void portExposedByRemovingTrailingDotsIsDroppedAtOnce() {
    PublishedVectorsTest.assertCanonical("http://a.com.:./x", "http://a.com/x");
    PublishedVectorsTest.assertCanonical("http://a.com:80.:./x", "http://a.com/x");
    PublishedVectorsTest.assertCanonical("http://a.com/x", "http://a.com/x");
  }

  @Test
  void punycodeThatWouldFormANewEscapeIsNotApplied() {
    PublishedVectorsTest.assertCanonical("http://%25\u00fcae.com/", "http://%25%C3%BCae.com/");
    PublishedVectorsTest.assertCanonical("http://%25%C3%BCae.com/", "http://%25%C3%BCae.com/");
  }

  private static void forEachRandomUrl(Consumer<String> property) {
    for (int i = 0; i < CASES; i++) {
      long seed = FIRST_SEED + i;
      String raw = randomUrl(new Random(seed));
      try {
        property.accept(raw);
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError(
            "property fails for seed " + seed + ", input " + escapeJava(raw) + ": " + e, e);
      }
    }
  }

  static String randomUrl(Random random) {
    StringBuilder url = new StringBuilder();
    url.append(pick(random, SCHEMES)).append(pick(random, USER_INFO));
    if (random.nextInt(5) == 0) {
      url.append(pick(random, IP_HOSTS));
    } else {
      int pieces = 1 + random.nextInt(8);
      for (int i = 0; i < pieces; i++) {
        url.append(pick(random, HOST_PIECES));
        if (random.nextBoolean()) {
          url.append('.');
        }
      }
    }
    if (random.nextInt(100) == 0) {
      url.append(pick(random, HOST_PIECES).repeat(50 + random.nextInt(2_000)));
    }
    url.append(pick(random, PORTS));
    int segments = random.nextInt(7);
    for (int i = 0; i < segments; i++) {
      url.append(pick(random, SEPARATORS));
      int pieces = random.nextInt(3);
      for (int j = 0; j < pieces; j++) {
        url.append(pick(random, PATH_PIECES));
      }
    }
    if (random.nextInt(3) == 0) {
      url.append('?');
      int pieces = random.nextInt(4);
      for (int j = 0; j < pieces; j++) {
        url.append(pick(random, PATH_PIECES)).append(pick(random, SEPARATORS));
      }
    }
    if (random.nextInt(5) == 0) {
      url.append('#').append(pick(random, PATH_PIECES));
    }
    return url.toString();
  }

  private static String pick(Random random, List<String> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  private static String escapeJava(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    out.append('"');
    return out.length() <= 300
        ? out.toString()
        : out.substring(0, 300) + "...\" (" + s.length() + " chars)";
  }
}
