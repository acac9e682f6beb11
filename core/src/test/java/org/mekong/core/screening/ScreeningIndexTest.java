package org.mekong.core.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mekong.core.screening.Parse.as;
import static org.mekong.core.selector.SelectorType.APP;
import static org.mekong.core.selector.SelectorType.BANK_ACCOUNT;
import static org.mekong.core.selector.SelectorType.DOMAIN;
import static org.mekong.core.selector.SelectorType.EMAIL;
import static org.mekong.core.selector.SelectorType.IMEI;
import static org.mekong.core.selector.SelectorType.IMSI;
import static org.mekong.core.selector.SelectorType.IP;
import static org.mekong.core.selector.SelectorType.PHONE;
import static org.mekong.core.selector.SelectorType.URL;
import static org.mekong.core.selector.SelectorType.WALLET;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ScreeningIndexTest {

  private final ScreeningIndex index = ScreeningIndex.create();

  @Test
  void aPhoneHitsExactlyInEverySpelling() {
    index.add(1, as(PHONE, "+66 81 234 5678"));
    assertThat(index.screen(as(PHONE, "+66812345678")))
        .containsExactly(new Hit(1, MatchKind.EXACT, "+66812345678"));
    assertThat(index.hitsPhone(66812345678L)).isTrue();
    assertThat(index.screen(as(PHONE, "+66812345679"))).isEmpty();
    assertThat(index.hitsPhone(66812345679L)).isFalse();
  }

  @Test
  void imeisAndImsisHitAsNumbersWithoutAllocating() {
    index.add(1, as(IMEI, "00000000000000"));
    index.add(2, as(IMEI, "35209900176148"));
    index.add(3, as(IMSI, "520031234567890"));
    assertThat(index.hitsImei(0L)).as("the all-zero body is a key like any").isTrue();
    assertThat(index.hitsImei(35209900176148L)).isTrue();
    assertThat(index.hitsImei(35209900176149L)).isFalse();
    assertThat(index.hitsImsi(520031234567890L)).isTrue();
    assertThat(index.hitsImsi(35209900176148L)).as("IMEIs and IMSIs do not mix").isFalse();
    assertThat(index.hitsImsi(0L)).isFalse();
    assertThat(index.hitsPhone(520031234567890L)).isFalse();
    assertThatThrownBy(() -> index.hitsImei(100_000_000_000_000L))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> index.hitsImei(-1L)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void severalEntriesShareASelectorAndLeaveOneByOne() {
    var phone = as(PHONE, "+66891234567");
    index.add(1, phone);
    index.add(2, phone);
    index.add(3, phone);
    assertThat(index.add(2, phone)).isFalse();
    assertThat(index.screen(phone)).extracting(Hit::entry).containsExactlyInAnyOrder(1, 2, 3);
    assertThat(index.remove(2, phone)).isTrue();
    assertThat(index.remove(2, phone)).isFalse();
    assertThat(index.screen(phone)).extracting(Hit::entry).containsExactlyInAnyOrder(1, 3);
    index.remove(1, phone);
    assertThat(index.screen(phone)).extracting(Hit::entry).containsExactly(3);
    index.remove(3, phone);
    assertThat(index.screen(phone)).isEmpty();
    assertThat(index.size()).isZero();
  }

  @Test
  void aDomainIndicatorHitsItsSubdomainsButNotItsParents() {
    index.add(1, as(DOMAIN, "fun88.asia"));
    index.add(2, as(DOMAIN, "m.fun88.asia"));
    assertThat(index.screen(as(DOMAIN, "fun88.asia")))
        .containsExactly(new Hit(1, MatchKind.EXACT, "fun88.asia"));
    assertThat(index.screen(as(DOMAIN, "a.m.fun88.asia")))
        .containsExactlyInAnyOrder(
            new Hit(2, MatchKind.PARENT_DOMAIN, "m.fun88.asia"),
            new Hit(1, MatchKind.PARENT_DOMAIN, "fun88.asia"));
    assertThat(index.screen(as(DOMAIN, "fun88.com"))).isEmpty();
    assertThat(index.screen(as(DOMAIN, "xfun88.asia"))).isEmpty();
  }

  @Test
  void aDomainNeverMatchesAboveItsRegistrableDomain() {
    // github.io is a public suffix (private section): evil.github.io is registrable
    index.add(1, as(DOMAIN, "evil.github.io"));
    assertThat(index.screen(as(DOMAIN, "good.github.io"))).isEmpty();
    assertThat(index.screen(as(DOMAIN, "a.evil.github.io")))
        .containsExactly(new Hit(1, MatchKind.PARENT_DOMAIN, "evil.github.io"));
  }

  @Test
  void aUrlHitsByLookupExpressionAndByHost() {
    index.add(1, as(URL, "http://evil.example.com/login"));
    index.add(2, as(DOMAIN, "example.com"));
    index.add(3, as(URL, "http://other.com/"));
    assertThat(index.screen(as(URL, "https://a.evil.example.com/login?next=1")))
        .containsExactlyInAnyOrder(
            new Hit(1, MatchKind.URL_EXPRESSION, "evil.example.com/login"),
            new Hit(2, MatchKind.URL_HOST, "example.com"));
    assertThat(index.screen(as(URL, "http://other.com/any/path")))
        .containsExactly(new Hit(3, MatchKind.URL_EXPRESSION, "other.com/"));
    assertThat(index.screen(as(URL, "http://evil.example.org/login"))).isEmpty();
    // the URL indicator is not a domain indicator
    assertThat(index.screen(as(DOMAIN, "evil.example.com")))
        .containsExactly(new Hit(2, MatchKind.PARENT_DOMAIN, "example.com"));
  }

  @Test
  void anAddressHitsTheNetworksThatContainIt() {
    index.add(1, as(IP, "10.1.0.0/16"));
    index.add(2, as(IP, "10.1.2.3"));
    index.add(3, as(IP, "0.0.0.0/0"));
    index.add(4, as(IP, "2001:db8::/32"));
    index.add(5, as(IP, "2001:db8::1"));
    assertThat(index.screen(as(IP, "10.1.2.3")))
        .containsExactlyInAnyOrder(
            new Hit(3, MatchKind.CIDR, "0.0.0.0/0"),
            new Hit(1, MatchKind.CIDR, "10.1.0.0/16"),
            new Hit(2, MatchKind.EXACT, "10.1.2.3"));
    assertThat(index.screen(as(IP, "10.1.0.0/24")))
        .containsExactlyInAnyOrder(
            new Hit(3, MatchKind.CIDR, "0.0.0.0/0"), new Hit(1, MatchKind.CIDR, "10.1.0.0/16"));
    assertThat(index.screen(as(IP, "2001:db8::1")))
        .containsExactlyInAnyOrder(
            new Hit(4, MatchKind.CIDR, "2001:db8::/32"),
            new Hit(5, MatchKind.EXACT, "2001:db8::1"));
    assertThat(index.screen(as(IP, "2001:db9::1"))).isEmpty();
    index.remove(3, as(IP, "0.0.0.0/0"));
    assertThat(index.screen(as(IP, "192.0.2.1"))).isEmpty();
  }

  @Test
  void hashedSelectorsHitExactly() {
    var iban = as(BANK_ACCOUNT, "GB82 WEST 1234 5698 7654 32");
    var wallet = as(WALLET, "0x52908400098527886E0F7030069857D2E4169EE7");
    var email = as(EMAIL, "Scam@Example.com");
    var app = as(APP, "com.fake.police");
    var imei = as(IMEI, "490154203237518");
    var imsi = as(IMSI, "520031234567890");
    Map.of(1, iban, 2, wallet, 3, email, 4, app, 5, imei, 6, imsi).forEach(index::add);
    assertThat(index.screen(email))
        .containsExactly(new Hit(3, MatchKind.EXACT, "scam@example.com"));
    assertThat(index.screen(iban)).extracting(Hit::entry).containsExactly(1);
    assertThat(index.screen(wallet)).extracting(Hit::entry).containsExactly(2);
    assertThat(index.screen(app)).extracting(Hit::entry).containsExactly(4);
    assertThat(index.screen(imei)).extracting(Hit::entry).containsExactly(5);
    assertThat(index.screen(imsi)).extracting(Hit::entry).containsExactly(6);
    assertThat(index.screen(as(EMAIL, "scam@example.org"))).isEmpty();
    assertThat(index.size()).isEqualTo(6);
  }

  @Test
  void theAllZeroImeiBodyIsAKeyLikeAnyOther() {
    var zero = as(IMEI, "000000000000000");
    index.add(1, zero);
    assertThat(index.screen(zero)).extracting(Hit::entry).containsExactly(1);
  }

  @Test
  void negativeEntryIdsAreRejected() {
    assertThatThrownBy(() -> index.add(-1, as(PHONE, "+66812345678")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> index.addPhone(1, 0L)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anIndexBuiltFromEntriesScreensLikeOneBuiltStepByStep() {
    var phone = as(PHONE, "+66891234567");
    var domain = as(DOMAIN, "fun88.asia");
    ScreeningIndex built = ScreeningIndex.of(Map.of(1, phone, 2, domain, 3, phone));
    assertThat(built.size()).isEqualTo(3);
    assertThat(built.screen(phone)).extracting(Hit::entry).containsExactlyInAnyOrder(1, 3);
    assertThat(built.screen(as(DOMAIN, "www.fun88.asia")))
        .extracting(Hit::entry)
        .containsExactly(2);
    assertThat(built.tableBytes()).isPositive();
  }

  @Test
  void negativeExpectedCountsAreRejected() {
    assertThatThrownBy(() -> ScreeningIndex.create(Map.of(PHONE, -1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ScreeningIndex.create(Map.of(EMAIL, -1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
