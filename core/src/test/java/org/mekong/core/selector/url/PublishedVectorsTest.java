package org.mekong.core.selector.url;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mekong.core.selector.url.UrlCanonicalization.Rejected;

/**
 * Google's published canonicalisation test vectors: the Safe Browsing API v4 "URLs and Hashing"
 * page, and the unit tests of Google's reference client (github.com/google/safebrowsing,
 * urls_test.go) where they agree with that page.
 */
class PublishedVectorsTest {

  /** Safe Browsing API v4, "URLs and Hashing", Canonicalization: every vector, in its order. */
  static Stream<Arguments> safeBrowsingV4() {
    return Stream.of(
        Arguments.of("http://host/%25%32%35", "http://host/%25"),
        Arguments.of("http://host/%25%32%35%25%32%35", "http://host/%25%25"),
        Arguments.of("http://host/%2525252525252525", "http://host/%25"),
        Arguments.of("http://host/asdf%25%32%35asd", "http://host/asdf%25asd"),
        Arguments.of("http://host/%%%25%32%35asd%%", "http://host/%25%25%25asd%25%25"),
        Arguments.of("http://www.google.com/", "http://www.google.com/"),
        Arguments.of(
            "http://%31%36%38%2e%31%38%38%2e%39%39%2e%32%36/%2E%73%65%63%75%72%65/%77%77%77%2E%65%62%61%79%2E%63%6F%6D/",
            "http://168.188.99.26/.secure/www.ebay.com/"),
        Arguments.of(
            "http://195.127.0.11/uploads/%20%20%20%20/.verify/.eBaysecure=updateuserdataxplimnbqmn-xplmvalidateinfoswqpcmlx=hgplmcx/",
            "http://195.127.0.11/uploads/%20%20%20%20/.verify/.eBaysecure=updateuserdataxplimnbqmn-xplmvalidateinfoswqpcmlx=hgplmcx/"),
        Arguments.of(
            "http://host%23.com/%257Ea%2521b%2540c%2523d%2524e%25f%255E00%252611%252A22%252833%252944_55%252B",
            "http://host%23.com/~a!b@c%23d$e%25f^00&11*22(33)44_55+"),
        Arguments.of("http://3279880203/blah", "http://195.127.0.11/blah"),
        Arguments.of("http://www.google.com/blah/..", "http://www.google.com/"),
        Arguments.of("www.google.com/", "http://www.google.com/"),
        Arguments.of("www.google.com", "http://www.google.com/"),
        Arguments.of("http://www.evil.com/blah#frag", "http://www.evil.com/blah"),
        Arguments.of("http://www.GOOgle.com/", "http://www.google.com/"),
        Arguments.of("http://www.google.com.../", "http://www.google.com/"),
        Arguments.of("http://www.google.com/foo\tbar\rbaz\n2", "http://www.google.com/foobarbaz2"),
        Arguments.of("http://www.google.com/q?", "http://www.google.com/q?"),
        Arguments.of("http://www.google.com/q?r?", "http://www.google.com/q?r?"),
        Arguments.of("http://www.google.com/q?r?s", "http://www.google.com/q?r?s"),
        Arguments.of("http://evil.com/foo#bar#baz", "http://evil.com/foo"),
        Arguments.of("http://evil.com/foo;", "http://evil.com/foo;"),
        Arguments.of("http://evil.com/foo?bar;", "http://evil.com/foo?bar;"),
        // "http://\x01\x80.com/" is a byte string: see rawBytesVector() below.
        Arguments.of("http://notrailingslash.com", "http://notrailingslash.com/"),
        Arguments.of("http://www.gotaport.com:1234/", "http://www.gotaport.com/"),
        Arguments.of("  http://www.google.com/  ", "http://www.google.com/"),
        Arguments.of("http:// leadingspace.com/", "http://%20leadingspace.com/"),
        Arguments.of("http://%20leadingspace.com/", "http://%20leadingspace.com/"),
        Arguments.of("%20leadingspace.com/", "http://%20leadingspace.com/"),
        Arguments.of("https://www.securesite.com/", "https://www.securesite.com/"),
        Arguments.of("http://host.com/ab%23cd", "http://host.com/ab%23cd"),
        Arguments.of(
            "http://host.com//twoslashes?more//slashes",
            "http://host.com/twoslashes?more//slashes"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("safeBrowsingV4")
  void canonicalisesTheSafeBrowsingV4Vector(String raw, String expected) {
    assertCanonical(raw, expected);
  }

  /** The v4 vector {@code http://\x01\x80.com/}, given as the bytes it is made of. */
  @Test
  void rawBytesVector() {
    byte[] raw = "http://\u0001\u0080.com/".getBytes(ISO_8859_1);

    UrlCanonicalization result = Canonicalizer.canonicalize(raw);

    assertThat(result).isInstanceOf(CanonicalUrl.class);
    assertThat(((CanonicalUrl) result).value()).isEqualTo("http://%01%80.com/");
  }

  /** The same bytes reach {@link SafeBrowsingUrls#canonicalize(String)} when escaped. */
  @Test
  void rawBytesVectorEscapedInAString() {
    assertCanonical("http://%01%80.com/", "http://%01%80.com/");
  }

  /**
   * The reference client's vectors beyond the v4 page. Two differ from the client only where the
   * client departs from the page: it drops the query (the page keeps it) and escapes in lowercase
   * hex (the page asks for uppercase).
   */
  static Stream<Arguments> referenceClient() {
    return Stream.of(
        Arguments.of(
            "http://%31%36%38%2e%31%38%38%2e%39%39%2e%32%36/%2E%73%65%63%75%72%65/%77%77%77%2E%65%62%61%79%2E%63%6F%6D/?query#fragment",
            "http://168.188.99.26/.secure/www.ebay.com/?query"),
        Arguments.of("http://some%1bhost.com/%1b", "http://some%1Bhost.com/%1B"),
        Arguments.of("http://www.google.com/q?r?s%3F", "http://www.google.com/q?r?s?"),
        Arguments.of("http://www.\u00fcmlat.com/", "http://www.xn--mlat-zra.com/"),
        Arguments.of("http://[2001:470:1:18::114]/", "http://[2001:470:1:18::114]/"),
        Arguments.of("http%3A%2F%2Fwackyurl.com:80/", "http://wackyurl.com/"),
        Arguments.of("http://W!eird<>Ho$^.com/", "http://w!eird<>ho$^.com/"),
        Arguments.of(
            "http://i.have.way.too.many.dots.com/", "http://i.have.way.too.many.dots.com/"),
        // canonicalHost
        Arguments.of("http://www.google.com/foo.html", "http://www.google.com/foo.html"),
        Arguments.of("http://google.com./foo.html", "http://google.com/foo.html"),
        Arguments.of("http://google.com.:8080/foo.html", "http://google.com/foo.html"),
        Arguments.of("http://google...com/foo.html", "http://google.com/foo.html"),
        Arguments.of("http://..google.com/foo.html", "http://google.com/foo.html"),
        Arguments.of(
            "http://[FEDC:BA98:7654:3210:FEDC:BA98:7654:3210]:80/index.html",
            "http://[fedc:ba98:7654:3210:fedc:ba98:7654:3210]/index.html"),
        // The client keeps the literal as written; the v5 page's RFC 5952 rule writes it in hex.
        Arguments.of("http://[::192.9.5.5]/ipng", "http://[::c009:505]/ipng"),
        Arguments.of("http://0x12.0x43.0x44.0x01", "http://18.67.68.1/"),
        Arguments.of("http://192.168.0.1:80/index.html", "http://192.168.0.1/index.html"),
        // canonicalPath
        Arguments.of("http://a.com", "http://a.com/"),
        Arguments.of("http://a.com/foo/.././bar/./../foo.html", "http://a.com/foo.html"),
        Arguments.of("http://a.com/a/b/", "http://a.com/a/b/"),
        Arguments.of("http://a.com/a/b/c", "http://a.com/a/b/c"),
        Arguments.of("http://a.com//a//b///c////", "http://a.com/a/b/c/"),
        // parseURL
        Arguments.of("www.google.com:8080/foo.html", "http://www.google.com/foo.html"),
        Arguments.of("www.google.com:80/", "http://www.google.com/"),
        Arguments.of("www.google.com:80", "http://www.google.com/"),
        Arguments.of("http://www.google.com:8080/foo.html", "http://www.google.com/foo.html"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("referenceClient")
  void canonicalisesTheReferenceClientVector(String raw, String expected) {
    assertCanonical(raw, expected);
  }

  /** The reference client's inputs that have no valid host, or no http(s) URL at all. */
  static Stream<String> referenceClientRejections() {
    return Stream.of(
        "",
        ":",
        "/blah",
        "#ref",
        "/blah#ref",
        "?query#ref",
        "/blah?query#ref",
        "/blah;param",
        "http://#ref",
        "http:///blah#ref",
        "http://?query#ref",
        "http:///blah?query#ref",
        "http:///blah;param",
        "http:///blah;param?query#ref",
        "mailto:bryner@google.com",
        "/asdf",
        ":8080/foo.html",
        "http:www.google.com:8080/foo.html",
        "www.google.com:xxyy/foo.html:80");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("referenceClientRejections")
  void rejectsTheReferenceClientFailure(String raw) {
    assertThat(SafeBrowsingUrls.canonicalize(raw)).isInstanceOf(Rejected.class);
  }

  /** The reference client's IPv4 parsing vectors ({@code parseIPAddress}), as hosts. */
  static Stream<Arguments> referenceClientIpv4() {
    return Stream.of(
        Arguments.of("123.123.0.0.1", "123.123.0.0.1"),
        Arguments.of("255.0.0.1", "255.0.0.1"),
        Arguments.of("12.0x12.01234", "12.18.2.156"),
        Arguments.of("276.2.3", "20.2.0.3"),
        Arguments.of("012.034.01.055", "10.28.1.45"),
        Arguments.of("0x12.0x43.0x44.0x01", "18.67.68.1"),
        Arguments.of("167838211", "10.1.2.3"),
        Arguments.of("3279880203", "195.127.0.11"),
        Arguments.of("4294967295", "255.255.255.255"),
        Arguments.of("10.192.95.89 xy", "10.192.95.89"),
        Arguments.of("1.2.3.00x0", "1.2.3.00x0"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("referenceClientIpv4")
  void normalisesTheReferenceClientIpv4Host(String host, String expected) {
    assertCanonical("http://" + host + "/", "http://" + expected + "/");
  }

  static void assertCanonical(String raw, String expected) {
    UrlCanonicalization result = SafeBrowsingUrls.canonicalize(raw);
    assertThat(result).as("canonicalize(%s)", raw).isInstanceOf(CanonicalUrl.class);
    assertThat(((CanonicalUrl) result).value()).as("canonicalize(%s)", raw).isEqualTo(expected);
  }
}
