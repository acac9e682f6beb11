package org.mekong.core.screening.hashed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mekong.core.screening.hashed.KeyedHashTest.parse;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mekong.core.selector.Selector;
import org.mekong.core.selector.SelectorType;

class HashedScreenerTest {

  private static final ScreeningKey KEY = new ScreeningKey(3, KeyedHashTest.counting());
  private static final Instant NOW = Instant.parse("2026-11-29T00:00:00Z");

  private final List<Selector> listed =
      List.of(
          parse(SelectorType.PHONE, "+66812345678"),
          parse(SelectorType.DOMAIN, "fun88.asia"),
          parse(SelectorType.DOMAIN, "login.evil.example.com"),
          parse(SelectorType.EMAIL, "mule@example.org"));

  private long[] hashes() {
    return listed.stream().mapToLong(s -> KeyedHash.of(KEY, s)).toArray();
  }

  @Test
  void listedSelectorsAreCandidatesWithTheirOwnHash() {
    for (HashedList list :
        List.of(
            HashedList.sortedHashes(3, NOW, hashes()), HashedList.bloom(3, NOW, hashes(), 1e-6))) {
      HashedScreener screener = HashedScreener.of(list, KEY);
      for (Selector selector : listed) {
        HashedScreening screening = screener.screen(selector);
        assertThat(screening.isCandidate()).as("%s in %s", selector, list).isTrue();
        assertThat(screening.hash()).isEqualTo(KeyedHash.of(KEY, selector));
        assertThat(screening.candidates())
            .contains(
                new HashedScreening.Probe(
                    selector.type(), selector.canonical(), KeyedHash.of(KEY, selector)));
      }
      HashedScreening other = screener.screen(parse(SelectorType.PHONE, "+66812345679"));
      assertThat(other.isCandidate()).isFalse();
      assertThat(other.hash()).isEqualTo(KeyedHash.of(KEY, SelectorType.PHONE, "+66812345679"));
    }
  }

  @Test
  void subdomainsAndUrlsProbeTheirParentDomains() {
    HashedScreener screener = HashedScreener.of(HashedList.sortedHashes(3, NOW, hashes()), KEY);
    HashedScreening sub = screener.screen(parse(SelectorType.DOMAIN, "m.fun88.asia"));
    assertThat(sub.candidates())
        .extracting(HashedScreening.Probe::canonical)
        .containsExactly("fun88.asia");
    HashedScreening url =
        screener.screen(parse(SelectorType.URL, "https://a.login.evil.example.com/x?y=1"));
    assertThat(url.candidates())
        .extracting(HashedScreening.Probe::canonical)
        .containsExactly("login.evil.example.com");
    HashedScreening host = screener.screen(parse(SelectorType.URL, "http://fun88.asia/"));
    assertThat(host.candidates())
        .extracting(HashedScreening.Probe::type)
        .containsExactly(SelectorType.DOMAIN);
    // A parent of a listed domain is not a hit, nor is anything above the registrable domain.
    assertThat(screener.screen(parse(SelectorType.DOMAIN, "evil.example.com")).isCandidate())
        .isFalse();
  }

  @Test
  void aSortedListHasNoFalsePositivesAndABloomListAboutItsRate() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    long[] many = random.longs(10_000).toArray();
    HashedScreener sorted = HashedScreener.of(HashedList.sortedHashes(3, NOW, many), KEY);
    HashedScreener bloom = HashedScreener.of(HashedList.bloom(3, NOW, many, 0.01), KEY);
    int sortedHits = 0;
    int bloomHits = 0;
    for (int i = 0; i < 20_000; i++) {
      Selector phone =
          parse(SelectorType.PHONE, "+668" + (10_000_000 + random.nextInt(89_999_999)));
      sortedHits += sorted.screen(phone).isCandidate() ? 1 : 0;
      bloomHits += bloom.screen(phone).isCandidate() ? 1 : 0;
    }
    assertThat(sortedHits).as("seed %d", seed).isZero();
    assertThat(bloomHits).as("seed %d: expected about 200", seed).isBetween(100, 300);
  }

  @Test
  void refusesAKeyOfAnotherVersion() {
    HashedList list = HashedList.sortedHashes(3, NOW, hashes());
    ScreeningKey next = ScreeningKey.generate(4, new SecureRandom());
    assertThatThrownBy(() -> HashedScreener.of(list, next))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the list was exported under key version 3 but the key is version 4: export the list"
                + " again, or use the key it was made for");
    assertThat(HashedScreener.of(list, KEY).keyVersion()).isEqualTo(3);
  }

  @Test
  void aKeyOfTheRightVersionButAnotherSecretFindsNothing() {
    ScreeningKey impostor = new ScreeningKey(3, new byte[32]);
    HashedScreener screener =
        HashedScreener.of(HashedList.sortedHashes(3, NOW, hashes()), impostor);
    assertThat(listed).noneMatch(s -> screener.screen(s).isCandidate());
  }
}
