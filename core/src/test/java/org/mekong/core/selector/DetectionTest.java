package org.mekong.core.selector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mekong.core.selector.ParsedAssertions.invalid;
import static org.mekong.core.selector.ParsedAssertions.valid;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DetectionTest {

  @ParameterizedTest
  @CsvSource({
    "+66 81 234 5678, PHONE",
    "TBHTJqAy4DhHhmT3dNceJYNRz4SdLofLre, WALLET",
    "0x01e2919679362dFBC9ee1644Ba9C6da6D6245BB1, WALLET",
    "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4, WALLET",
    "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa, WALLET",
    "GB82 WEST 1234 5698 7654 32, BANK_ACCOUNT",
    "TH:KASITHBK:123-4-56789-0, BANK_ACCOUNT",
    "192.0.2.1, IP",
    "2001:db8::/32, IP",
    "victim.helper@gmail.com, EMAIL",
    "m.fun88.asia, DOMAIN",
    "scam.pages.dev, DOMAIN",
    "com.zhiliaoapp.musically, APP",
    "https://t.me/scam_support, SOCIAL",
    "line:lucky888, SOCIAL",
    "https://kbank-secure.xyz, URL",
    "http://gov-cn.safe-check.top/verify?id=88, URL",
    "example.com/login, URL",
    "www.example.com/, URL",
    "192.0.2.1/admin, URL",
    "scam.example.co.th:8443/pay, URL",
    "10.0.0.0/8, IP",
    "example.com/24, URL",
    "www.example.com, DOMAIN",
  })
  void unambiguousInputIsDetected(String raw, SelectorType type) {
    assertThat(valid(raw).type()).isEqualTo(type);
  }

  @Test
  void bareDigitStringsAreAmbiguous() {
    Parsed imei = Selectors.parse("490154203237518");
    assertThat(imei).isInstanceOf(Parsed.Ambiguous.class);
    assertThat(((Parsed.Ambiguous) imei).candidates())
        .containsExactly(SelectorType.IMEI, SelectorType.IMSI, SelectorType.BANK_ACCOUNT);
    assertThat(((Parsed.Ambiguous) imei).reason())
        .isEqualTo("could be imei, imsi or bank-account: give the type");
    Parsed phone = Selectors.parse("081-234-5678", null, "TH");
    assertThat(((Parsed.Ambiguous) phone).candidates())
        .containsExactly(SelectorType.PHONE, SelectorType.BANK_ACCOUNT);
    Parsed callRecord = Selectors.parse("8613800138000");
    assertThat(((Parsed.Ambiguous) callRecord).candidates())
        .containsExactly(SelectorType.PHONE, SelectorType.BANK_ACCOUNT);
    assertThat(invalid("1234567")).contains("CC:BIC:account");
    assertThat(invalid("123")).contains("no valid phone number");
  }

  @Test
  void limitsAndJunk() {
    assertThat(invalid("   ")).isEqualTo("empty input");
    assertThat(invalid("a".repeat(2049))).contains("at most 2048");
    assertThat(invalid("hello world")).contains("give its type");
    assertThat(invalid("ftp://scam.example.com/login")).contains("scheme");
    assertThat(invalid("http://", SelectorType.URL, null)).isNotBlank();
    assertThat(invalid("login/page")).contains("give its type");
    assertThat(invalid("@handle")).contains("platform");
  }

  @Test
  void aUrlIsKeyedByItsSafeBrowsingCanonicalForm() {
    Selector url = valid("HTTP://www.Kbank-Secure.xyz:443/a/./b/../login?x=1#top");
    assertThat(url).isInstanceOf(Url.class);
    assertThat(url.canonical()).isEqualTo("http://www.kbank-secure.xyz/a/login?x=1");
    assertThat(url.stixType()).isEqualTo("url");
    assertThat(url.attributes())
        .containsExactly(
            org.assertj.core.api.Assertions.entry("host", "www.kbank-secure.xyz"),
            org.assertj.core.api.Assertions.entry("registrable", "kbank-secure.xyz"),
            org.assertj.core.api.Assertions.entry("expressions", "8"));
    assertThat(((Url) url).expressions())
        .startsWith("www.kbank-secure.xyz/a/login?x=1", "www.kbank-secure.xyz/a/login")
        .contains("kbank-secure.xyz/")
        .hasSize(8);
    assertThat(valid("http://3279880203/x").attributes())
        .containsExactly(
            org.assertj.core.api.Assertions.entry("host", "195.127.0.11"),
            org.assertj.core.api.Assertions.entry("expressions", "2"));
  }

  @Test
  void typeCodesAreStable() {
    assertThat(SelectorType.values())
        .extracting(SelectorType::code)
        .containsExactly(
            "phone",
            "bank-account",
            "wallet",
            "domain",
            "url",
            "ip",
            "imei",
            "imsi",
            "email",
            "app",
            "social");
    assertThat(SelectorType.values())
        .extracting(SelectorType::stixType)
        .containsExactly(
            "phone-number",
            "bank-account",
            "cryptocurrency-wallet",
            "domain-name",
            "url",
            "ipv4-addr",
            "imei",
            "imsi",
            "email-addr",
            "mobile-app",
            "user-account");
    assertThat(SelectorType.fromCode(" Bank-Account ")).contains(SelectorType.BANK_ACCOUNT);
    assertThat(SelectorType.fromCode("fax")).isEmpty();
  }
}
