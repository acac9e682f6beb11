package org.mekong.core.selector.url;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Ipv4FormsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "192.168.0.1, 192.168.0.1",
    // one part: a 32-bit number, decimal, hex or octal
    "3232235521, 192.168.0.1",
    "0xC0A80001, 192.168.0.1",
    "0XC0A80001, 192.168.0.1",
    "030052000001, 192.168.0.1",
    "0, 0.0.0.0",
    // octal and hex parts
    "0300.0250.0.01, 192.168.0.1",
    "0xc0.0xa8.0x0.0x1, 192.168.0.1",
    "0300.0xa8.0.1, 192.168.0.1",
    // fewer than four parts: the last one fills the remaining bytes
    "192.168.1, 192.168.0.1",
    "192.11010049, 192.168.0.1",
    "192.0xA80001, 192.168.0.1",
    "127.1, 127.0.0.1",
  })
  void normalisesToDottedDecimal(String host, String expected) {
    assertThat(Ipv4.normalize(host)).isEqualTo(expected);
    PublishedVectorsTest.assertCanonical("http://" + host + "/x", "http://" + expected + "/x");
  }

  @Test
  void dotsAreCleanedBeforeTheAddressIsRead() {
    PublishedVectorsTest.assertCanonical("http://.192..168.0.1./", "http://192.168.0.1/");
  }

  @Test
  void ipv4HostsHaveNoHostSuffixExpressions() {
    CanonicalUrl url = (CanonicalUrl) SafeBrowsingUrls.canonicalize("http://0xC0A80001/a/b.html");

    assertThat(SafeBrowsingUrls.expressions(url))
        .containsExactly("192.168.0.1/a/b.html", "192.168.0.1/", "192.168.0.1/a/");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "4294967296", // more than 32 bits
    "1.2.3.4.5", // more than four parts
    "08.1.1.1", // 8 is not an octal digit
    "0x.1.1.1", // hex prefix without digits
    "0xg.1.1.1",
    "1.2.3.a",
    "example.com",
    "1e3",
    "'1.2.3.4 and more text'", // longer than the 15 bytes of the resolver quirk
  })
  void leavesOtherHostsAlone(String host) {
    assertThat(Ipv4.normalize(host)).isNull();
  }
}
