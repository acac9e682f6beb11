package org.mekong.core.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mekong.core.screening.Parse.as;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.category.Category;
import org.mekong.core.indicator.IndicatorId;
import org.mekong.core.marking.Tlp;
import org.mekong.core.selector.Selector;
import org.mekong.core.selector.SelectorType;

class WatchListTest {

  private static final AgencyId CCIB = new AgencyId("th-ccib");
  private static final AgencyId MPS = new AgencyId("cn-mps");

  @Test
  void aHitNamesTheIndicatorItsMarkingAndOriginator() {
    ScreeningEntry byThailand = entry(CCIB, as(SelectorType.PHONE, "+66891234567"), null);
    ScreeningEntry byChina = entry(MPS, as(SelectorType.PHONE, "+66891234567"), MPS);
    WatchList list = WatchList.of(List.of(byThailand, byChina));
    List<ScreeningHit> hits = list.screen(as(SelectorType.PHONE, "+66 89 123 4567"));
    assertThat(hits)
        .containsExactlyInAnyOrder(
            new ScreeningHit(byThailand, MatchKind.EXACT, "+66891234567"),
            new ScreeningHit(byChina, MatchKind.EXACT, "+66891234567"));
    assertThat(hits)
        .extracting(h -> h.entry().originatorLabel())
        .containsExactlyInAnyOrder(ScreeningEntry.WITHHELD, "cn-mps");
  }

  @Test
  void aRevokedIndicatorStopsHittingAtOnce() {
    var domain = as(SelectorType.DOMAIN, "fun88.asia");
    ScreeningEntry e = entry(CCIB, domain, CCIB);
    WatchList list = WatchList.of(List.of(e));
    assertThat(list.screen(as(SelectorType.DOMAIN, "m.fun88.asia")))
        .containsExactly(new ScreeningHit(e, MatchKind.PARENT_DOMAIN, "fun88.asia"));
    assertThat(list.remove(e.indicator())).isTrue();
    assertThat(list.remove(e.indicator())).isFalse();
    assertThat(list.screen(as(SelectorType.DOMAIN, "m.fun88.asia"))).isEmpty();
    assertThat(list.size()).isZero();
  }

  @Test
  void aNewVersionReplacesTheOldOneEvenWithAnotherSelector() {
    var old = as(SelectorType.DOMAIN, "fun88.asia");
    ScreeningEntry first = entry(CCIB, old, CCIB);
    WatchList list = WatchList.create();
    list.put(first);
    ScreeningEntry stronger =
        new ScreeningEntry(first.indicator(), old, Set.of(Category.GAMBLING), 95, Tlp.AMBER, CCIB);
    list.put(stronger);
    assertThat(list.screen(old)).extracting(h -> h.entry().confidence()).containsExactly(95);
    var moved = as(SelectorType.DOMAIN, "fun99.asia");
    list.put(
        new ScreeningEntry(
            first.indicator(), moved, Set.of(Category.GAMBLING), 95, Tlp.AMBER, CCIB));
    assertThat(list.screen(old)).isEmpty();
    assertThat(list.screen(moved)).hasSize(1);
    assertThat(list.size()).isEqualTo(1);
  }

  @Test
  void anEntryValidatesItself() {
    var phone = as(SelectorType.PHONE, "+66891234567");
    IndicatorId id = IndicatorId.of(CCIB, phone.id());
    assertThatThrownBy(() -> new ScreeningEntry(id, phone, Set.of(), 50, Tlp.GREEN, CCIB))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new ScreeningEntry(id, phone, Set.of(Category.FRAUD), 101, Tlp.GREEN, CCIB))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static ScreeningEntry entry(
      AgencyId agency, Selector selector, @Nullable AgencyId visibleOriginator) {
    return new ScreeningEntry(
        IndicatorId.of(agency, selector.id()),
        selector,
        Set.of(Category.FRAUD),
        70,
        Tlp.GREEN,
        visibleOriginator);
  }
}
