package org.mekong.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.selector.SelectorId;

class IndicatorIdTest {

  private static final Pattern SHAPE =
      Pattern.compile("indicator--[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  @Test
  void anIdIsIndicatorAndALowerCaseUuid() {
    assertThat(IndicatorId.isValid("indicator--2ed6657d-e927-568b-95e1-2665a8aea6a2")).isTrue();
    assertThat(IndicatorId.isValid("indicator--2ED6657D-e927-568b-95e1-2665a8aea6a2")).isFalse();
    assertThat(IndicatorId.isValid("indicator-2ed6657d-e927-568b-95e1-2665a8aea6a2")).isFalse();
    assertThat(IndicatorId.isValid("indicator--2ed6657de927-568b-95e1-2665a8aea6a2x")).isFalse();
    assertThat(IndicatorId.isValid("indicator--2ed6657d-e927-568b-95e1-2665a8aea6a")).isFalse();
    assertThat(IndicatorId.isValid("")).isFalse();
    assertThatThrownBy(() -> new IndicatorId("indicator--nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("indicator--nope");
  }

  @Test
  void theCheckAgreesWithTheRegularExpressionOnMutatedIds() {
    long seed = 4_2026_1129L;
    Random random = new Random(seed);
    String alphabet = "0123456789abcdefABCDEF-gz_ ";
    for (int i = 0; i < 100_000; i++) {
      StringBuilder id =
          new StringBuilder("indicator--" + new UUID(random.nextLong(), random.nextLong()));
      int mutations = random.nextInt(3);
      for (int m = 0; m < mutations && id.length() > 0; m++) {
        int at = random.nextInt(id.length());
        switch (random.nextInt(3)) {
          case 0 -> id.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
          case 1 -> id.deleteCharAt(at);
          default -> id.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      String candidate = id.toString();
      assertThat(IndicatorId.isValid(candidate))
          .as("seed %d, %s", seed, candidate)
          .isEqualTo(SHAPE.matcher(candidate).matches());
    }
  }

  @Test
  void madeIdsAreValidAndDependOnTheNamespace() {
    SelectorId selector = new SelectorId("domain-name--2ed6657d-e927-568b-95e1-2665a8aea6a2");
    IndicatorId public1 = IndicatorId.of(new AgencyId("th-police"), selector);
    IndicatorId secret = IndicatorId.of(UUID.randomUUID(), new AgencyId("th-police"), selector);
    assertThat(IndicatorId.isValid(public1.value())).isTrue();
    assertThat(secret).isNotEqualTo(public1);
  }
}
