package org.mekong.core.selector.url;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mekong.core.selector.url.UrlCanonicalization.Rejected;

class RejectionTest {

  @Test
  void emptyAndBlankInput() {
    assertThat(reason("")).contains("empty");
    assertThat(reason(" \t\n ")).contains("empty");
    assertThat(reason("#only-a-fragment")).contains("empty");
  }

  @Test
  void inputLongerThan8192Characters() {
    String longest = "http://example.com/" + "a".repeat(SafeBrowsingUrls.MAX_LENGTH - 19);

    assertThat(SafeBrowsingUrls.canonicalize(longest)).isInstanceOf(CanonicalUrl.class);
    assertThat(reason(longest + "a")).contains("8193").contains("8192");
  }

  @Test
  void canonicalFormLongerThan8192Characters() {
    // 1,000 three-byte characters become 9,000 characters once escaped.
    String raw = "http://example.com/" + "\u4f60".repeat(1_000);

    assertThat(reason(raw)).contains("canonical form").contains("9019").contains("8192");
  }

  @Test
  void aHostThatIsBracketedOnceItsLeadingDotsGoIsReadAsAnIpv6Literal() {
    // regression: ".[x:y]z" canonicalised to "[x:y]z", which canonicalising again rejected
    assertThat(reason("http://.[BTb&ay8e:B]+5B47z/")).contains("IPv6");
    assertThat(SafeBrowsingUrls.canonicalize("http://..[2001:DB8::1]/"))
        .isEqualTo(SafeBrowsingUrls.canonicalize("http://[2001:db8::1]/"));
  }

  @Test
  void schemesOtherThanHttpAndHttps() {
    assertThat(reason("ftp://ftp.myfiles.com/")).contains("'ftp'").contains("http and https");
    assertThat(reason("mailto:someone@example.com")).contains("'mailto'");
    assertThat(reason("javascript:alert(1)")).contains("'javascript'");
    assertThat(reason("file:///etc/passwd")).contains("'file'");
  }

  @Test
  void schemeIsCaseInsensitive() {
    PublishedVectorsTest.assertCanonical("HTTPS://Example.COM/A", "https://example.com/A");
  }

  @Test
  void schemeWithoutSlashes() {
    assertThat(reason("http:example.com/")).contains("'http:' must be followed by '//'");
  }

  @Test
  void emptyHost() {
    assertThat(reason("http:///path")).contains("no host");
    assertThat(reason("http://.../path")).contains("no host");
    assertThat(reason("http://user@/path")).contains("no host");
    assertThat(reason("http://:8080/path")).contains("no host");
    assertThat(reason("/relative/path")).contains("no host");
  }

  @Test
  void malformedIpv6Literal() {
    assertThat(reason("http://[2001:db8::1/")).contains("IPv6");
    assertThat(reason("http://[2001:db8::zz]/")).contains("IPv6");
    assertThat(reason("http://[example.com]/")).contains("IPv6");
    assertThat(reason("http://[::1]junk/")).contains("IPv6");
  }

  @Test
  void acceptsWhatThePublishedVectorsAccept() {
    assertThat(SafeBrowsingUrls.canonicalize("%20leadingspace.com/"))
        .isInstanceOf(CanonicalUrl.class);
    assertThat(SafeBrowsingUrls.canonicalize("http://%01%80.com/"))
        .isInstanceOf(CanonicalUrl.class);
    assertThat(SafeBrowsingUrls.canonicalize("http://host%23.com/"))
        .isInstanceOf(CanonicalUrl.class);
  }

  @Test
  void userInfoAndPortAreDropped() {
    PublishedVectorsTest.assertCanonical(
        "http://user:pass@www.example.com:8080/a", "http://www.example.com/a");
    PublishedVectorsTest.assertCanonical("http://[::1]:8080/a", "http://[::1]/a");
    PublishedVectorsTest.assertCanonical("http://example.com:/a", "http://example.com/a");
  }

  @Test
  void javaStringsAreEncodedAsUtf8() {
    // U+0080 is the two bytes C2 80 in UTF-8; IDNA refuses the control characters, so the bytes
    // stay and are escaped.
    PublishedVectorsTest.assertCanonical("http://\u0001\u0080.com/", "http://%01%C2%80.com/");
    PublishedVectorsTest.assertCanonical(
        "http://example.com/caf\u00e9", "http://example.com/caf%C3%A9");
    PublishedVectorsTest.assertCanonical("http://b\u00fccher.de/", "http://xn--bcher-kva.de/");
    PublishedVectorsTest.assertCanonical(
        "http://\u4f60\u597d.\u4e2d\u56fd/", "http://xn--6qq79v.xn--fiqs8s/");
    PublishedVectorsTest.assertCanonical(
        "http://%E4%BD%A0%E5%A5%BD.com/", "http://xn--6qq79v.com/");
  }

  @Test
  void hostsTooLongForPunycodeKeepTheirBytes() {
    String host = "\u00fc".repeat(1_300);

    UrlCanonicalization result = SafeBrowsingUrls.canonicalize("http://" + host + "/");

    assertThat(result).isInstanceOf(CanonicalUrl.class);
    assertThat(((CanonicalUrl) result).host()).isEqualTo("%C3%BC".repeat(1_300));
  }

  @Test
  void labelsTooLongForDnsKeepTheirBytes() {
    PublishedVectorsTest.assertCanonical(
        "http://" + "\u00fc".repeat(64) + ".com/", "http://" + "%C3%BC".repeat(64) + ".com/");
  }

  @Test
  void pathDotSegments() {
    PublishedVectorsTest.assertCanonical("http://a.com/a/b/..", "http://a.com/a/");
    PublishedVectorsTest.assertCanonical("http://a.com/a/b/.", "http://a.com/a/b/");
    PublishedVectorsTest.assertCanonical("http://a.com/../../a", "http://a.com/a");
    PublishedVectorsTest.assertCanonical("http://a.com/%2E%2E/a/%2e/b", "http://a.com/a/b");
    PublishedVectorsTest.assertCanonical("http://a.com/a?b/../c", "http://a.com/a?b/../c");
  }

  private static String reason(String raw) {
    UrlCanonicalization result = SafeBrowsingUrls.canonicalize(raw);
    assertThat(result).as("canonicalize(%s)", raw).isInstanceOf(Rejected.class);
    return ((Rejected) result).reason();
  }
}
