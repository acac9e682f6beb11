package org.mekong.core.marking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EvaluationTest {

  @Test
  void everyOneOfTheSixteenCodesRoundTrips() {
    int seen = 0;
    for (SourceReliability reliability : SourceReliability.values()) {
      for (InformationAccuracy accuracy : InformationAccuracy.values()) {
        Evaluation evaluation = new Evaluation(reliability, accuracy);
        assertThat(Evaluation.fromCode(evaluation.code())).contains(evaluation);
        seen++;
      }
    }
    assertThat(seen).isEqualTo(16);
    assertThat(new Evaluation(SourceReliability.B, InformationAccuracy.KNOWN_TO_SOURCE).code())
        .isEqualTo("B2");
  }

  @Test
  void codesOutsideTheGridAreEmpty() {
    for (String code : new String[] {"", "B", "B22", "b2", "D1", "A0", "A5", "X9", "2B", " B2"}) {
      assertThat(Evaluation.fromCode(code)).as(code).isEmpty();
    }
  }

  @Test
  void weakerTakesTheWeakerGradeOnEachAxis() {
    Evaluation a1 = Evaluation.fromCode("A1").orElseThrow();
    Evaluation c2 = Evaluation.fromCode("C2").orElseThrow();
    Evaluation b4 = Evaluation.fromCode("B4").orElseThrow();

    assertThat(a1.weaker(c2).code()).isEqualTo("C2");
    assertThat(c2.weaker(b4).code()).isEqualTo("C4");
    assertThat(a1.weaker(Evaluation.UNJUDGED)).isEqualTo(Evaluation.UNJUDGED);
    assertThat(c2.weaker(b4).isNoBetterThan(c2)).isTrue();
    assertThat(c2.weaker(b4).isNoBetterThan(b4)).isTrue();
    assertThat(a1.isNoBetterThan(c2)).isFalse();
  }
}
