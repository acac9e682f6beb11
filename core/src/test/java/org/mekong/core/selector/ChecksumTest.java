package org.mekong.core.selector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.mekong.core.selector.ParsedAssertions.canonical;
import static org.mekong.core.selector.ParsedAssertions.invalid;
import static org.mekong.core.selector.ParsedAssertions.valid;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ChecksumTest {

  @Test
  void imeiForms() {
    Imei imei = (Imei) valid("49-015420-323751-8", SelectorType.IMEI, null);
    assertThat(imei.body()).isEqualTo("49015420323751");
    assertThat(imei.withCheckDigit()).isEqualTo("490154203237518");
    assertThat(imei.attributes())
        .containsExactly(
            entry("tac", "49015420"), entry("serial", "323751"), entry("check-digit", "8"));
    assertThat(canonical("4901542032375101", SelectorType.IMEI, null)).isEqualTo("49015420323751");
    assertThat(canonical("49015420323751", SelectorType.IMEI, null)).isEqualTo("49015420323751");
    assertThat(invalid("490154203237519", SelectorType.IMEI, null)).contains("Luhn");
    assertThat(invalid("4901542032375", SelectorType.IMEI, null)).contains("15 digits");
    assertThat(invalid("49015420323751A", SelectorType.IMEI, null)).contains("digits only");
  }

  @Test
  void luhnRejectsEverySingleDigitCorruptionOfAnImei() {
    long seed = System.nanoTime();
    RandomSelectors generator = new RandomSelectors(new Random(seed));
    for (int round = 0; round < 300; round++) {
      String imei = generator.imei15();
      assertThat(Selectors.parse(imei, SelectorType.IMEI, null))
          .as("seed %d: %s", seed, imei)
          .isInstanceOf(Parsed.Valid.class);
      for (int i = 0; i < imei.length(); i++) {
        for (char d = '0'; d <= '9'; d++) {
          if (d != imei.charAt(i)) {
            String corrupted = imei.substring(0, i) + d + imei.substring(i + 1);
            assertThat(Selectors.parse(corrupted, SelectorType.IMEI, null))
                .as("seed %d: %s", seed, corrupted)
                .isInstanceOf(Parsed.Invalid.class);
          }
        }
      }
    }
  }

  @Test
  void ibanForms() {
    BankAccount account = (BankAccount) valid("gb82 west 1234 5698 7654 32");
    assertThat(account.canonical()).isEqualTo("GB82WEST12345698765432");
    assertThat(account.isIban()).isTrue();
    assertThat(account.attributes()).containsExactly(entry("country", "GB"), entry("bank", "WEST"));
    assertThat(canonical("IBAN DE89 3704 0044 0532 0130 00", SelectorType.BANK_ACCOUNT, null))
        .isEqualTo("DE89370400440532013000");
    assertThat(invalid("GB82WEST12345698765433", SelectorType.BANK_ACCOUNT, null))
        .isEqualTo("IBAN check digits do not match");
    assertThat(invalid("GB82WEST1234569876543", SelectorType.BANK_ACCOUNT, null)).contains("IBAN");
  }

  @Test
  void mod97RejectsEverySingleDigitCorruptionOfAnIban() {
    long seed = System.nanoTime();
    RandomSelectors generator = new RandomSelectors(new Random(seed));
    for (int round = 0; round < 200; round++) {
      String iban = generator.iban();
      assertThat(canonical(iban, SelectorType.BANK_ACCOUNT, null))
          .as("seed %d", seed)
          .isEqualTo(iban);
      for (int i = 2; i < iban.length(); i++) {
        if (!Character.isDigit(iban.charAt(i))) {
          continue;
        }
        for (char d = '0'; d <= '9'; d++) {
          if (d != iban.charAt(i)) {
            String corrupted = iban.substring(0, i) + d + iban.substring(i + 1);
            assertThat(Selectors.parse(corrupted, SelectorType.BANK_ACCOUNT, null))
                .as("seed %d: %s", seed, corrupted)
                .isInstanceOf(Parsed.Invalid.class);
          }
        }
      }
    }
  }

  @Test
  void nationalBankAccounts() {
    BankAccount kbank = (BankAccount) valid("TH:KASITHBK:123-4-56789-0");
    assertThat(kbank.canonical()).isEqualTo("TH:KASITHBK:1234567890");
    assertThat(kbank.attributes())
        .containsExactly(entry("country", "TH"), entry("bank", "KASITHBK"));
    assertThat(canonical("cn:bkchcnbj:6217 0000 1234 5678 901", SelectorType.BANK_ACCOUNT, null))
        .isEqualTo("CN:BKCHCNBJ:62170000123456789 01".replace(" ", ""));
    assertThat(canonical("TH:KASITHBKXXX:1234567890", null, null))
        .isEqualTo("TH:KASITHBK:1234567890");
    assertThat(Selectors.bankAccount("mm", "KBZBMMMY", "0123 4567 8901"))
        .isEqualTo(new Parsed.Valid(new BankAccount("MM:KBZBMMMY:012345678901", "MM", "KBZBMMMY")));
    assertThat(invalid("TH:KASICNBK:1234567890", null, null)).contains("not of a bank in TH");
    assertThat(invalid("DE:DEUTDEFF:1234567890", null, null)).contains("IBAN");
    assertThat(invalid("TH:KASITHBK:12345", null, null)).contains("6 to 20 digits");
    assertThat(invalid("TH:KAS1THBK:1234567", null, null)).contains("BIC");
    assertThat(Selectors.bankAccount("TH", "KASITHBK", "12a45678"))
        .isInstanceOf(Parsed.Invalid.class);
  }
}
