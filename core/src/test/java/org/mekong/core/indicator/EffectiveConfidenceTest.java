package org.mekong.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.selector.SelectorId;
import org.mekong.core.selector.SelectorType;

class EffectiveConfidenceTest {

  @Test
  void sightingsMoveConfidenceByTheDocumentedRule() {
    assertThat(EffectiveConfidence.of(60, SightingCounts.NONE)).isEqualTo(60);
    assertThat(EffectiveConfidence.of(60, new SightingCounts(0, 0, 2, 0))).isEqualTo(80);
    assertThat(EffectiveConfidence.of(60, new SightingCounts(3, 0, 0, 0))).isEqualTo(66);
    assertThat(EffectiveConfidence.of(60, new SightingCounts(100, 0, 0, 0))).isEqualTo(70);
    assertThat(EffectiveConfidence.of(60, new SightingCounts(0, 1, 0, 0))).isEqualTo(35);
    assertThat(EffectiveConfidence.of(60, new SightingCounts(0, 0, 0, 1))).isEqualTo(45);
  }

  @Test
  void staysWithinZeroAndHundred() {
    assertThat(EffectiveConfidence.of(95, new SightingCounts(0, 0, 9, 0))).isEqualTo(100);
    assertThat(EffectiveConfidence.of(10, new SightingCounts(0, 5, 0, 0))).isZero();
    assertThatThrownBy(() -> EffectiveConfidence.of(101, SightingCounts.NONE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void countsGrowOneKindAtATime() {
    SightingCounts counts =
        SightingCounts.NONE.plus(SightingKind.SEEN).plus(SightingKind.FALSE_POSITIVE);
    assertThat(counts).isEqualTo(new SightingCounts(1, 1, 0, 0));
  }

  @Test
  void indicatorIdsAreDeterministicPerAgencyAndSelector() {
    SelectorId phone = SelectorId.of("phone-number", SelectorType.PHONE, "+66812345678");
    java.util.UUID node = java.util.UUID.fromString("0b7e1c5a-95c8-4f4e-9d0e-7b2f6a1c3d4e");
    IndicatorId first = IndicatorId.of(node, new AgencyId("th-ccib"), phone);
    assertThat(IndicatorId.of(node, new AgencyId("th-ccib"), phone)).isEqualTo(first);
    assertThat(IndicatorId.of(node, new AgencyId("cn-mps-afc"), phone)).isNotEqualTo(first);
    assertThat(IndicatorId.of(java.util.UUID.randomUUID(), new AgencyId("th-ccib"), phone))
        .as("another node's secret gives another id")
        .isNotEqualTo(first);
    assertThat(first.value()).matches("indicator--[0-9a-f-]{36}");
    assertThat(first.value().charAt("indicator--".length() + 14)).isEqualTo('5');
  }
}
