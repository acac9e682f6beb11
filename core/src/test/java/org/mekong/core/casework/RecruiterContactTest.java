package org.mekong.core.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.mekong.core.input.InvalidInputException;
import org.mekong.core.selector.Parsed;
import org.mekong.core.selector.Selectors;

class RecruiterContactTest {

  private static String canonical(
      String channel, @Nullable String type, String value, @Nullable String region) {
    RecruiterContact contact = RecruiterContact.parse("r", channel, type, value, region);
    var parsed =
        Selectors.parse(
            contact.selectorText(),
            contact.type(),
            contact.region() == null ? null : contact.region().value());
    assertThat(parsed).as(value).isInstanceOf(Parsed.Valid.class);
    return ((Parsed.Valid) parsed).selector().canonical();
  }

  @Test
  void aBareHandleOnAMessagingChannelReadsAsThatPlatformsAccount() {
    assertThat(canonical("telegram", null, "@KK_Recruit88", null))
        .isEqualTo("telegram:kk_recruit88");
    assertThat(canonical("wechat", null, "kkpark_hr", null)).isEqualTo("wechat:kkpark_hr");
    assertThat(canonical("facebook", null, "thai.jobs.now", null))
        .isEqualTo("facebook:thai.jobs.now");
    assertThat(canonical("telegram", null, "https://t.me/kk_recruit88", null))
        .isEqualTo("telegram:kk_recruit88");
  }

  @Test
  void aNumberOrATypedValueIsReadAsItIs() {
    assertThat(canonical("line", null, "+66 81 234 5678", null)).isEqualTo("+66812345678");
    assertThat(canonical("phone-call", "phone", "081 234 5678", "th")).isEqualTo("+66812345678");
  }

  @Test
  void eachPartIsCheckedAndNamed() {
    assertThatThrownBy(() -> RecruiterContact.parse("r", "fax", null, "x", null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("r.channel");
    assertThatThrownBy(() -> RecruiterContact.parse("r", "line", null, " ", null))
        .hasMessageContaining("r.value");
    assertThatThrownBy(() -> RecruiterContact.parse("r", "line", "telex", "x", null))
        .hasMessageContaining("r.type");
    assertThatThrownBy(() -> RecruiterContact.parse("r", "line", null, "x", "ZZ"))
        .hasMessageContaining("r.region");
    assertThatThrownBy(() -> RecruiterContact.parse("r", "line", null, "a\u0000b", null))
        .hasMessageContaining("r.value");
  }
}
