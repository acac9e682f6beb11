package org.mekong.core.selector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.mekong.core.selector.ParsedAssertions.canonical;
import static org.mekong.core.selector.ParsedAssertions.invalid;
import static org.mekong.core.selector.ParsedAssertions.valid;

import org.junit.jupiter.api.Test;

class OtherSelectorsTest {

  @Test
  void domains() {
    DomainName domain = (DomainName) valid("M.Fun88.Asia.");
    assertThat(domain.canonical()).isEqualTo("m.fun88.asia");
    assertThat(domain.attributes())
        .containsExactly(entry("registrable", "fun88.asia"), entry("public-suffix", "asia"));
    assertThat(valid("scam.pages.dev").attributes()).containsEntry("registrable", "scam.pages.dev");
    assertThat(canonical("bücher.example.co.th", SelectorType.DOMAIN, null))
        .isEqualTo("xn--bcher-kva.example.co.th");
    assertThat(canonical("例子.中国", null, null)).isEqualTo("xn--fsqu00a.xn--fiqs8s");
    assertThat(invalid("pages.dev", SelectorType.DOMAIN, null)).contains("public suffix");
    assertThat(invalid("co.th", null, null)).contains("public suffix");
    assertThat(invalid("localhost", SelectorType.DOMAIN, null)).contains("two labels");
    assertThat(invalid("example.notatld", SelectorType.DOMAIN, null)).contains("public suffix");
    assertThat(invalid("-bad.com", SelectorType.DOMAIN, null)).contains("hyphen");
    assertThat(invalid("a..com", SelectorType.DOMAIN, null)).isNotBlank();
    assertThat(invalid("exa_mple.com", SelectorType.DOMAIN, null))
        .contains("only in labels below the registrable domain");
    assertThat(invalid("exa!mple.com", SelectorType.DOMAIN, null)).contains("letters, digits");
    assertThat(invalid("a".repeat(64) + ".com", SelectorType.DOMAIN, null)).isNotBlank();
  }

  @Test
  void ipAddresses() {
    assertThat(canonical("192.0.2.1", null, null)).isEqualTo("192.0.2.1");
    assertThat(valid("192.0.2.1").stixType()).isEqualTo("ipv4-addr");
    IpAddress v6 = (IpAddress) valid("2001:DB8:0:0:0:0:0:1");
    assertThat(v6.canonical()).isEqualTo("2001:db8::1");
    assertThat(v6.stixType()).isEqualTo("ipv6-addr");
    assertThat(v6.attributes())
        .containsExactly(entry("version", "6"), entry("prefix-length", "128"));
    assertThat(canonical("::ffff:192.0.2.1", null, null)).isEqualTo("192.0.2.1");
    assertThat(canonical("::ffff:10.0.0.0/104", null, null)).isEqualTo("10.0.0.0/8");
    assertThat(canonical("10.0.0.0/8", null, null)).isEqualTo("10.0.0.0/8");
    assertThat(canonical("10.0.0.1/32", null, null)).isEqualTo("10.0.0.1");
    assertThat(canonical("2001:db8::/32", null, null)).isEqualTo("2001:db8::/32");
    assertThat(invalid("10.0.0.1/8", null, null)).contains("did you mean 10.0.0.0/8");
    assertThat(invalid("10.0.0.0/33", null, null)).contains("exceeds 32");
    assertThat(invalid("::ffff:10.0.0.0/8", null, null)).contains("96");
    assertThat(invalid("256.1.1.1", SelectorType.IP, null)).contains("not an IP");
    assertThat(invalid("fe80::1%eth0", SelectorType.IP, null)).contains("zone");
    assertThat(invalid("10.0.0.0/x", SelectorType.IP, null)).contains("prefix");
  }

  @Test
  void imsi() {
    Imsi imsi = (Imsi) valid("520 03 1234567890", SelectorType.IMSI, null);
    assertThat(imsi.attributes()).containsExactly(entry("mcc", "520"), entry("mnc", "03"));
    assertThat(valid("310150123456789", SelectorType.IMSI, null).attributes())
        .containsEntry("mnc", "150");
    assertThat(invalid("52003123456789", SelectorType.IMSI, null)).contains("15 digits");
    assertThat(invalid("920031234567890", SelectorType.IMSI, null)).contains("200 to 799");
  }

  @Test
  void emails() {
    EmailAddress email = (EmailAddress) valid("John.Doe@Mail.Example.CO.TH");
    assertThat(email.canonical()).isEqualTo("john.doe@mail.example.co.th");
    assertThat(email.attributes())
        .containsExactly(
            entry("domain", "mail.example.co.th"), entry("registrable", "example.co.th"));
    assertThat(canonical("mailto:support@例子.中国", SelectorType.EMAIL, null))
        .isEqualTo("support@xn--fsqu00a.xn--fiqs8s");
    assertThat(invalid("john..doe@example.com", null, null)).contains("before @");
    assertThat(invalid("john@localhost", null, null)).contains("domain after @");
    assertThat(invalid("johnexample.com", SelectorType.EMAIL, null)).contains("@");
  }

  @Test
  void appIds() {
    AppId app = (AppId) valid("com.Example.Wallet", SelectorType.APP, null);
    assertThat(app.canonical()).isEqualTo("com.example.wallet");
    assertThat(app.attributes()).containsExactly(entry("vendor-domain", "example.com"));
    assertThat(valid("com.zhiliaoapp.musically")).isInstanceOf(AppId.class);
    assertThat(
            canonical(
                "https://play.google.com/store/apps/details?id=com.fake.bank&hl=th", null, null))
        .isEqualTo("com.fake.bank");
    assertThat(invalid("wallet", SelectorType.APP, null)).contains("two");
    assertThat(invalid("1com.example", SelectorType.APP, null)).contains("reverse-DNS");
  }

  @Test
  void socialAccounts() {
    assertThat(canonical("https://t.me/Scam_Support", null, null))
        .isEqualTo("telegram:scam_support");
    assertThat(canonical("t.me/scam_support", null, null)).isEqualTo("telegram:scam_support");
    assertThat(canonical("telegram:@Scam_Support", null, null)).isEqualTo("telegram:scam_support");
    assertThat(invalid("@Scam_Support", SelectorType.SOCIAL, null)).contains("platform");
    assertThat(canonical("line.me/ti/p/~Lucky.888", null, null)).isEqualTo("line:lucky.888");
    assertThat(canonical("https://wa.me/66812345678", null, null))
        .isEqualTo("whatsapp:+66812345678");
    assertThat(canonical("whatsapp:081-234-5678", null, "TH")).isEqualTo("whatsapp:+66812345678");
    assertThat(canonical("viber:+66812345678", null, null)).isEqualTo("viber:+66812345678");
    assertThat(canonical("x.com/ElonMusk", null, null)).isEqualTo("x:elonmusk");
    assertThat(canonical("https://www.tiktok.com/@lucky.casino", null, null))
        .isEqualTo("tiktok:lucky.casino");
    assertThat(canonical("zalo:0912345678", null, null)).isEqualTo("zalo:+84912345678");
    assertThat(canonical("wechat:wxid_abc123", null, null)).isEqualTo("wechat:wxid_abc123");
    assertThat(Selectors.social("Telegram", "@Scam_Support", null))
        .isEqualTo(
            new Parsed.Valid(new SocialAccount(SocialAccount.Platform.TELEGRAM, "scam_support")));
    assertThat(valid("telegram:scam_support").attributes())
        .containsExactly(entry("platform", "telegram"), entry("handle", "scam_support"));
    assertThat(invalid("telegram:abc", null, null)).contains("5 to 32");
    assertThat(invalid("@someone", null, null)).contains("platform");
    assertThat(invalid("t.me/+AbCdEf", null, null)).contains("names no account");
    assertThat(invalid("whatsapp:hello", null, null)).contains("phone number");
    assertThat(Selectors.social("myspace", "tom", null)).isInstanceOf(Parsed.Invalid.class);
  }
}
