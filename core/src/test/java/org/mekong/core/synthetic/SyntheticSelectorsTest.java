package org.mekong.core.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mekong.core.selector.Parsed;
import org.mekong.core.selector.Selector;
import org.mekong.core.selector.SelectorType;
import org.mekong.core.selector.Selectors;

class SyntheticSelectorsTest {

  private static final long SEED = 20261129L;
  private static final int COUNT = 10_000;

  @ParameterizedTest
  @EnumSource(SelectorType.class)
  void tenThousandOfEachTypeParseAsValidCanonicalAndDistinct(SelectorType type) {
    SyntheticSelectors selectors = new SyntheticSelectors(SEED + type.ordinal());
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < COUNT; i++) {
      Spelled spelled = selectors.next(type);
      Selector selector = spelled.selector();
      assertThat(Selectors.parse(spelled.raw(), expectedType(type), spelled.region()))
          .as("seed %d, %s #%d: %s", SEED + type.ordinal(), type, i, spelled.raw())
          .isEqualTo(new Parsed.Valid(selector));
      assertCanonical(selector, "seed " + (SEED + type.ordinal()) + ", #" + i);
      assertThat(seen.add(selector.type() + ":" + selector.canonical()))
          .as("seed %d: %s generated twice", SEED + type.ordinal(), selector.canonical())
          .isTrue();
    }
  }

  @Test
  void everyPhoneRegionGivesValidMobileNumbersOfThatCountry() {
    SyntheticSelectors selectors = new SyntheticSelectors(SEED);
    for (PhoneRegion region : PhoneRegion.values()) {
      for (int i = 0; i < 2_000; i++) {
        Selector phone = selectors.phone(region).selector();
        assertThat(phone.canonical()).startsWith("+" + region.callingCode());
        assertThat(phone.attributes()).containsEntry("country", region.name());
        assertThat(phone.attributes()).containsEntry("number-type", "mobile");
      }
    }
  }

  @Test
  void thaiNationalNumbersNeedTheRegionHintAndGiveE164() {
    Spelled spelled = new SyntheticSelectors(SEED).thaiNationalPhone();
    assertThat(spelled.raw()).startsWith("0").hasSize(10);
    assertThat(spelled.region()).isEqualTo("TH");
    assertThat(spelled.selector().canonical()).startsWith("+66").hasSize(12);
  }

  @Test
  void everyWalletKindAndAccountFormIsGenerated() {
    SyntheticSelectors selectors = new SyntheticSelectors(SEED);
    Set<String> kinds = new HashSet<>();
    Set<String> countries = new HashSet<>();
    for (int i = 0; i < 500; i++) {
      kinds.add(selectors.next(SelectorType.WALLET).selector().attributes().get("kind"));
      countries.add(
          selectors.next(SelectorType.BANK_ACCOUNT).selector().attributes().get("country"));
    }
    assertThat(kinds).contains("account", "p2pkh", "p2sh", "p2wpkh");
    assertThat(countries).contains("CN", "TH", "MM", "KH", "DE", "GB", "NL", "AE");
    assertThat(selectors.tronWallet().selector().canonical()).startsWith("tron:T");
    assertThat(selectors.evmWallet().selector().canonical()).matches("evm:0x[0-9a-f]{40}");
  }

  @Test
  void sameSeedSameValuesDifferentSeedDifferentValues() {
    SyntheticSelectors a = new SyntheticSelectors(7);
    SyntheticSelectors b = new SyntheticSelectors(7);
    SyntheticSelectors c = new SyntheticSelectors(8);
    int differ = 0;
    for (SelectorType type : SelectorType.values()) {
      for (int i = 0; i < 20; i++) {
        Spelled x = a.next(type);
        assertThat(b.next(type)).isEqualTo(x);
        if (!c.next(type).equals(x)) {
          differ++;
        }
      }
    }
    assertThat(differ).isGreaterThan(200);
  }

  @Test
  void urlsArePublishedAsTheirHostUntilTheUrlSelectorExists() {
    Spelled url = new SyntheticSelectors(SEED).url(DomainTheme.PHISHING);
    if (urlSelectorAvailable()) {
      assertThat(url.selector().type()).isEqualTo(SelectorType.URL);
    } else {
      assertThat(url.selector().type()).isEqualTo(SelectorType.DOMAIN);
    }
  }

  static boolean urlSelectorAvailable() {
    return Selectors.parse("https://example.com/login?id=1", null, null) instanceof Parsed.Valid;
  }

  static void assertCanonical(Selector selector, String context) {
    switch (Selectors.parse(selector.canonical(), selector.type(), null)) {
      case Parsed.Valid valid ->
          assertThat(valid.selector().canonical()).as(context).isEqualTo(selector.canonical());
      case Parsed.Invalid invalid ->
          fail("%s: canonical %s does not parse: %s", context, selector.canonical(), invalid);
      case Parsed.Ambiguous ambiguous ->
          fail("%s: canonical %s is ambiguous", context, selector.canonical());
    }
  }

  /** A URL item is a domain until the URL selector is merged. */
  private static SelectorType expectedType(SelectorType type) {
    return type == SelectorType.URL && !urlSelectorAvailable() ? SelectorType.DOMAIN : type;
  }
}
