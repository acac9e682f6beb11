package org.mekong.core.selector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mekong.core.selector.CryptoWallet.Chain;
import org.mekong.core.selector.SocialAccount.Platform;

/** Records refuse values that are not canonical: a selector that exists is a canonical one. */
class RecordInvariantsTest {

  @Test
  void nonCanonicalValuesAreBugs() {
    List<Runnable> constructions =
        List.of(
            () -> new PhoneNumber("+66112345678", "TH", "mobile"),
            () -> new PhoneNumber("66812345678", "TH", "mobile"),
            () -> new PhoneNumber("+66812345678", "Thailand", "mobile"),
            () -> new BankAccount("GB82WEST12345698765433", "GB", "WEST"),
            () -> new BankAccount("gb82west12345698765432", "GB", "WEST"),
            () -> new BankAccount("TH:KASICNBK:1234567890", "TH", "KASICNBK"),
            () -> new BankAccount("DE:DEUTDEFF:1234567890", "DE", "DEUTDEFF"),
            () ->
                new CryptoWallet(
                    Chain.EVM, "0x01E2919679362DFBC9EE1644BA9C6DA6D6245BB1", "account"),
            () -> new CryptoWallet(Chain.TRON, "TBHTJqAy4DhHhmT3dNceJYNRz4SdLofLrf", "account"),
            () -> new CryptoWallet(Chain.BITCOIN, "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "p2sh"),
            () -> new DomainName("pages.dev", "pages.dev", "dev"),
            () -> new DomainName("M.fun88.asia", "fun88.asia", "asia"),
            () -> new DomainName("m.fun88.asia", "m.fun88.asia", "asia"),
            () -> new IpAddress("10.0.0.1", 4, 8),
            () -> new IpAddress("2001:DB8::1", 6, 128),
            () -> new IpAddress("::ffff:10.0.0.1", 6, 128),
            () -> new Imei("4901542032375"),
            () -> new Imsi("920031234567890"),
            () -> new EmailAddress("John@example.com", "example.com"),
            () -> new AppId("Com.Example"),
            () -> new SocialAccount(Platform.TELEGRAM, "Scam_Support"),
            () -> new SocialAccount(Platform.WHATSAPP, "+66112345678"),
            () -> new SelectorId("phone-number--" + SelectorId.NAMESPACE));
    for (Runnable construction : constructions) {
      assertThatIllegalArgumentException().isThrownBy(construction::run);
    }
  }

  @Test
  void canonicalValuesConstruct() {
    assertThat(new PhoneNumber("+66812345678", "TH", "mobile").canonical())
        .isEqualTo("+66812345678");
    assertThat(new SocialAccount(Platform.WHATSAPP, "+66812345678").canonical())
        .isEqualTo("whatsapp:+66812345678");
    assertThat(new IpAddress("10.0.0.0", 4, 8).canonical()).isEqualTo("10.0.0.0/8");
  }
}
