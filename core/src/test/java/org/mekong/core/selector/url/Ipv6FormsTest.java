package org.mekong.core.selector.url;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bracketed IPv6 hosts, normalised as the Safe Browsing reference page (v5) describes. */
class Ipv6FormsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    // the page's own examples
    "[2001:0db8:0000::1], [2001:db8::1]",
    "[::ffff:1.2.3.4], 1.2.3.4",
    "[64:ff9b::1.2.3.4], 1.2.3.4",
    // RFC 5952: lowercase, no leading zeros, the first longest zero run compressed
    "[2001:DB8:0:0:0:0:0:1], [2001:db8::1]",
    "[2001:db8:0:0:1:0:0:1], [2001:db8::1:0:0:1]",
    "[2001:db8:0:1:1:1:1:1], [2001:db8:0:1:1:1:1:1]",
    "[0:0:0:0:0:0:0:0], [::]",
    "[::1], [::1]",
    "[1::], [1::]",
    "[FEDC:BA98:7654:3210:FEDC:BA98:7654:3210], [fedc:ba98:7654:3210:fedc:ba98:7654:3210]",
    "[::ffff:c0a8:1], 192.168.0.1",
    "[0:0:0:0:0:ffff:192.168.0.1], 192.168.0.1",
    "[::192.9.5.5], [::c009:505]",
  })
  void normalises(String host, String expected) {
    PublishedVectorsTest.assertCanonical("http://" + host + ":8080/a", "http://" + expected + "/a");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "2001:db8::1::2",
    "2001:db8:1:2:3:4:5:6:7",
    "2001:db8:1:2:3:4:5",
    "12345::1",
    "1.2.3.4::1",
    "::1.2.3.256",
    "::1.2.3",
    ":1::2",
    "1::2:",
    "fe80::1%en0",
    "g::1",
  })
  void rejectsMalformedLiterals(String literal) {
    assertThat(Ipv6.normalize(literal)).isNull();
  }

  @Test
  void ipv6HostsHaveNoHostSuffixes() {
    CanonicalUrl url = (CanonicalUrl) SafeBrowsingUrls.canonicalize("http://[2001:DB8::1]/a/b");

    assertThat(SafeBrowsingUrls.expressions(url))
        .containsExactly("[2001:db8::1]/a/b", "[2001:db8::1]/", "[2001:db8::1]/a/");
  }
}
