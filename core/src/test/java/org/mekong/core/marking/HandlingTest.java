package org.mekong.core.marking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class HandlingTest {

  @Test
  void h3WithoutRestrictionTextCannotExist() {
    assertThatIllegalArgumentException().isThrownBy(() -> new HandlingCode.H3(""));
    assertThatIllegalArgumentException().isThrownBy(() -> new HandlingCode.H3("   "));
    assertThatIllegalArgumentException().isThrownBy(() -> new HandlingCode.H3("x".repeat(1001)));
    assertThat(new HandlingCode.H3("  only for the Mae Sot task force ").restriction())
        .isEqualTo("only for the Mae Sot task force");
  }

  @Test
  void codesParseWithTheirTextRules() {
    assertThat(HandlingCode.of("H0", null)).contains(HandlingCode.NO_RESTRICTION);
    assertThat(HandlingCode.of("H1", "")).contains(HandlingCode.NO_JUDICIAL_USE);
    assertThat(HandlingCode.of("H2", null)).contains(HandlingCode.NO_ONWARD_SHARING);
    assertThat(HandlingCode.of("H3", "not before 1 May"))
        .contains(new HandlingCode.H3("not before 1 May"));
    assertThat(HandlingCode.of("H3", null)).isEmpty();
    assertThat(HandlingCode.of("H3", " ")).isEmpty();
    assertThat(HandlingCode.of("H3", "x".repeat(1001))).isEmpty();
    assertThat(HandlingCode.of("H1", "text on a code that takes none")).isEmpty();
    assertThat(HandlingCode.of("h1", null)).isEmpty();
    assertThat(HandlingCode.of("H4", null)).isEmpty();
  }

  @Test
  void handlingIsCanonical() {
    assertThat(new Handling(List.of()).codes()).containsExactly(HandlingCode.NO_RESTRICTION);
    assertThat(Handling.of(HandlingCode.NO_RESTRICTION, HandlingCode.NO_ONWARD_SHARING).codes())
        .containsExactly(HandlingCode.NO_ONWARD_SHARING);
    assertThat(
            Handling.of(
                    new HandlingCode.H3("b"),
                    HandlingCode.NO_ONWARD_SHARING,
                    new HandlingCode.H3("a"),
                    HandlingCode.NO_JUDICIAL_USE,
                    HandlingCode.NO_JUDICIAL_USE)
                .codes())
        .containsExactly(
            HandlingCode.NO_JUDICIAL_USE,
            HandlingCode.NO_ONWARD_SHARING,
            new HandlingCode.H3("a"),
            new HandlingCode.H3("b"));
  }

  @Test
  void combiningKeepsEveryRestrictionOfBoth() {
    Handling courtOnly = Handling.of(HandlingCode.NO_JUDICIAL_USE, new HandlingCode.H3("a"));
    Handling noSharing = Handling.of(HandlingCode.NO_ONWARD_SHARING, new HandlingCode.H3("b"));

    Handling both = courtOnly.combine(noSharing);

    assertThat(both.judicialUseAllowed()).isFalse();
    assertThat(both.onwardSharingAllowed()).isFalse();
    assertThat(both.restrictions()).containsExactly("a", "b");
    assertThat(both.isAtLeastAsStrictAs(courtOnly)).isTrue();
    assertThat(both.isAtLeastAsStrictAs(noSharing)).isTrue();
    assertThat(courtOnly.isAtLeastAsStrictAs(noSharing)).isFalse();
    assertThat(Handling.NONE.combine(Handling.NONE)).isEqualTo(Handling.NONE);
    assertThat(Handling.NONE.judicialUseAllowed()).isTrue();
    assertThat(Handling.NONE.onwardSharingAllowed()).isTrue();
  }
}
