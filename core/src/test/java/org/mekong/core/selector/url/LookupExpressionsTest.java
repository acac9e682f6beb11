package org.mekong.core.selector.url;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LookupExpressionsTest {

  @Test
  void publishedExampleWithQueryInItsOrder() {
    assertThat(expressions("http://a.b.c/1/2.html?param=1"))
        .containsExactly(
            "a.b.c/1/2.html?param=1",
            "a.b.c/1/2.html",
            "a.b.c/",
            "a.b.c/1/",
            "b.c/1/2.html?param=1",
            "b.c/1/2.html",
            "b.c/",
            "b.c/1/");
  }

  @Test
  void publishedExampleWithManyHostComponentsSkipsAllButTheLastFive() {
    assertThat(expressions("http://a.b.c.d.e.f.g/1.html"))
        .containsExactly(
            "a.b.c.d.e.f.g/1.html",
            "a.b.c.d.e.f.g/",
            "c.d.e.f.g/1.html",
            "c.d.e.f.g/",
            "d.e.f.g/1.html",
            "d.e.f.g/",
            "e.f.g/1.html",
            "e.f.g/",
            "f.g/1.html",
            "f.g/");
  }

  @Test
  void publishedExampleWithAnIpAddressHasNoHostSuffixes() {
    assertThat(expressions("http://1.2.3.4/1/")).containsExactly("1.2.3.4/1/", "1.2.3.4/");
  }

  /** Vectors of the reference client (urls_test.go) that agree with the published rule. */
  static Stream<Arguments> referenceClient() {
    return Stream.of(
        Arguments.of(
            "http://a.b.c/1/2.html?param=1/2",
            List.of(
                "a.b.c/1/2.html?param=1/2",
                "a.b.c/1/2.html",
                "a.b.c/1/",
                "a.b.c/",
                "b.c/1/2.html?param=1/2",
                "b.c/1/2.html",
                "b.c/1/",
                "b.c/")),
        Arguments.of(
            "http://a.b.c/1/2/3/4/5/",
            List.of(
                "a.b.c/1/2/3/4/5/",
                "a.b.c/1/2/3/",
                "a.b.c/1/2/",
                "a.b.c/1/",
                "a.b.c/",
                "b.c/1/2/3/4/5/",
                "b.c/1/2/3/",
                "b.c/1/2/",
                "b.c/1/",
                "b.c/")),
        Arguments.of(
            "http://a.b.c.d.e/1.html",
            List.of(
                "a.b.c.d.e/1.html",
                "a.b.c.d.e/",
                "b.c.d.e/1.html",
                "b.c.d.e/",
                "c.d.e/1.html",
                "c.d.e/",
                "d.e/1.html",
                "d.e/")),
        Arguments.of(
            "http://b.c/1/2/3.html?param=1/2",
            List.of("b.c/1/2/3.html?param=1/2", "b.c/1/2/3.html", "b.c/1/2/", "b.c/1/", "b.c/")),
        Arguments.of("http://a.b/?", List.of("a.b/")),
        Arguments.of(
            "http://[2001:470:1:18::114]/a/b",
            List.of(
                "[2001:470:1:18::114]/a/b", "[2001:470:1:18::114]/a/", "[2001:470:1:18::114]/")),
        Arguments.of(
            "[2001:470:1:18::114]/a/b",
            List.of(
                "[2001:470:1:18::114]/a/b", "[2001:470:1:18::114]/a/", "[2001:470:1:18::114]/")),
        Arguments.of("http://1.2.3.4/a/b", List.of("1.2.3.4/a/b", "1.2.3.4/a/", "1.2.3.4/")),
        Arguments.of("http://a.b/", List.of("a.b/")),
        Arguments.of("http://b/", List.of("b/")),
        Arguments.of(
            "http://a.com/a/b/c/d/e.html?123",
            List.of(
                "a.com/a/b/c/d/e.html?123",
                "a.com/a/b/c/d/e.html",
                "a.com/",
                "a.com/a/",
                "a.com/a/b/",
                "a.com/a/b/c/")),
        Arguments.of(
            "http://a.com/a/b/c.html",
            List.of("a.com/a/b/c.html", "a.com/", "a.com/a/", "a.com/a/b/")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("referenceClient")
  void matchesTheReferenceClient(String url, List<String> expected) {
    assertThat(expressions(url)).containsExactlyInAnyOrderElementsOf(expected);
  }

  /**
   * The reference client looks up 7 host components; the published rule, which we follow, says 5:
   * the exact host and at most 4 suffixes.
   */
  @Test
  void nineComponentHostGivesTheExactHostAndFourSuffixes() {
    List<String> expected =
        List.of("a.b.c.d.e.f.g.h.i/", "e.f.g.h.i/", "f.g.h.i/", "g.h.i/", "h.i/");
    assertThat(expressions("http://a.b.c.d.e.f.g.h.i/")).containsExactlyElementsOf(expected);
    assertThat(expressions("https://a.b.c.d.e.f.g.h.i/")).containsExactlyElementsOf(expected);
    assertThat(expressions("a.b.c.d.e.f.g.h.i/")).containsExactlyElementsOf(expected);
  }

  @Test
  void hostSuffixesNeverIncludeTheTopLevelDomainAlone() {
    assertThat(LookupExpressions.hosts("www.google.com"))
        .containsExactly("www.google.com", "google.com");
    assertThat(LookupExpressions.hosts("a.b.c.com"))
        .containsExactly("a.b.c.com", "b.c.com", "c.com");
    assertThat(LookupExpressions.hosts("a.b.c.d.e.f.kita.tokyo.jp"))
        .containsExactly(
            "a.b.c.d.e.f.kita.tokyo.jp",
            "e.f.kita.tokyo.jp",
            "f.kita.tokyo.jp",
            "kita.tokyo.jp",
            "tokyo.jp");
    assertThat(LookupExpressions.hosts("localhost")).containsExactly("localhost");
  }

  @Test
  void ipAddressHostsHaveNoSuffixes() {
    assertThat(LookupExpressions.hosts("192.168.0.1")).containsExactly("192.168.0.1");
    assertThat(LookupExpressions.hosts("[::c009:505]")).containsExactly("[::c009:505]");
    assertThat(expressions("http://3279880203/a/b/c")).allMatch(e -> e.startsWith("195.127.0.11/"));
  }

  @Test
  void aNameThatOnlyLooksNumericStillHasSuffixes() {
    assertThat(expressions("http://99999999999.1.1.1/"))
        .containsExactly("99999999999.1.1.1/", "1.1.1/", "1.1/");
  }

  @Test
  void pathPrefixesStopAfterFourIncludingTheRoot() {
    assertThat(LookupExpressions.paths("/a/b/c/d/e/f.html", "x=1"))
        .containsExactly(
            "/a/b/c/d/e/f.html?x=1", "/a/b/c/d/e/f.html", "/", "/a/", "/a/b/", "/a/b/c/");
  }

  @Test
  void anEmptyQueryAddsNoExpressionOfItsOwn() {
    assertThat(expressions("http://www.google.com/q?"))
        .containsExactly("www.google.com/q", "www.google.com/", "google.com/q", "google.com/");
  }

  @Test
  void theBusiestUrlGivesExactlyThirty() {
    List<String> all = expressions("http://a.b.c.d.e.f.g/1/2/3/4/5.html?q=1");

    assertThat(all).hasSize(30).doesNotHaveDuplicates();
    assertThat(all.getFirst()).isEqualTo("a.b.c.d.e.f.g/1/2/3/4/5.html?q=1");
  }

  @Test
  void expressionsUseTheEscapedCanonicalForm() {
    assertThat(expressions("http://Ex ample.com/a b/c?d e"))
        .containsExactly(
            "ex%20ample.com/a%20b/c?d%20e",
            "ex%20ample.com/a%20b/c", "ex%20ample.com/", "ex%20ample.com/a%20b/");
  }

  private static List<String> expressions(String url) {
    UrlCanonicalization result = SafeBrowsingUrls.canonicalize(url);
    assertThat(result).isInstanceOf(CanonicalUrl.class);
    return SafeBrowsingUrls.expressions((CanonicalUrl) result);
  }
}
