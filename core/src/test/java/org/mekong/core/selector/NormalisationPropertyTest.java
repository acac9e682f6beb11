package org.mekong.core.selector;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Normalising a canonical key gives itself, for seeded random input of every type. */
class NormalisationPropertyTest {

  private record Case(SelectorType type, @Nullable String region, Supplier<String> raw) {}

  @Test
  void normalisingACanonicalKeyGivesItself() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    RandomSelectors generator = new RandomSelectors(random);
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    List<String> regions = List.of("CN", "TH", "MM", "KH", "LA", "VN", "PH", "MY", "US", "GB");
    List<Case> cases =
        List.of(
            new Case(SelectorType.PHONE, null, () -> phone(util, random, regions, true)),
            new Case(SelectorType.PHONE, "TH", () -> phone(util, random, List.of("TH"), false)),
            new Case(SelectorType.BANK_ACCOUNT, null, generator::iban),
            new Case(SelectorType.BANK_ACCOUNT, null, generator::nationalBankAccount),
            new Case(SelectorType.WALLET, null, generator::tron),
            new Case(SelectorType.WALLET, null, generator::bitcoinBase58),
            new Case(
                SelectorType.WALLET,
                null,
                () -> generator.bitcoinSegwit().toUpperCase(Locale.ROOT)),
            new Case(SelectorType.WALLET, null, generator::evmChecksummed),
            new Case(SelectorType.DOMAIN, null, generator::domain),
            new Case(SelectorType.URL, null, generator::url),
            new Case(SelectorType.IP, null, generator::ip),
            new Case(SelectorType.IMEI, null, generator::imei15),
            new Case(SelectorType.IMSI, null, generator::imsi),
            new Case(SelectorType.EMAIL, null, generator::email),
            new Case(SelectorType.APP, null, generator::app),
            new Case(SelectorType.SOCIAL, null, generator::social));
    Set<SelectorType> covered = EnumSet.noneOf(SelectorType.class);
    for (int round = 0; round < 300; round++) {
      for (Case c : cases) {
        String raw = c.raw().get();
        Parsed first = Selectors.parse(raw, c.type(), c.region());
        if (c.type() == SelectorType.PHONE && first instanceof Parsed.Invalid) {
          continue; // random phone tails may fall outside every assigned range
        }
        assertThat(first).as("seed %d: %s", seed, raw).isInstanceOf(Parsed.Valid.class);
        Selector selector = ((Parsed.Valid) first).selector();
        assertThat(Selectors.parse(selector.canonical(), c.type(), null))
            .as("seed %d: %s -> %s", seed, raw, selector.canonical())
            .isEqualTo(first);
        assertThat(selector.type()).isEqualTo(c.type());
        assertThat(selector.id()).isEqualTo(SelectorId.of(selector));
        covered.add(c.type());
      }
    }
    assertThat(covered).containsAll(EnumSet.allOf(SelectorType.class));
  }

  private static String phone(
      PhoneNumberUtil util, Random random, List<String> regions, boolean international) {
    String region = regions.get(random.nextInt(regions.size()));
    PhoneNumberType[] types = {PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE};
    Phonenumber.PhoneNumber example =
        util.getExampleNumberForType(region, types[random.nextInt(2)]);
    String national = util.getNationalSignificantNumber(example);
    StringBuilder sb = new StringBuilder(national);
    for (int i = Math.max(3, sb.length() - 4); i < sb.length(); i++) {
      sb.setCharAt(i, (char) ('0' + random.nextInt(10)));
    }
    Phonenumber.PhoneNumber number =
        new Phonenumber.PhoneNumber()
            .setCountryCode(example.getCountryCode())
            .setNationalNumber(Long.parseLong(sb.toString()));
    return util.format(
        number, international ? PhoneNumberFormat.INTERNATIONAL : PhoneNumberFormat.NATIONAL);
  }
}
