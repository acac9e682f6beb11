package org.mekong.core.selector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mekong.core.selector.ParsedAssertions.valid;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class SelectorIdTest {

  @Test
  void uuid5MatchesTheRfcExample() {
    // RFC 9562 appendix A.4: "www.example.com" in the DNS namespace
    UUID dns = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
    assertThat(org.mekong.core.id.NameBasedUuid.v5(dns, "www.example.com"))
        .isEqualTo(UUID.fromString("2ed6657d-e927-568b-95e1-2665a8aea6a2"));
  }

  @Test
  void goldenIds() {
    assertThat(valid("+66812345678").id().value()).isEqualTo(GOLDEN_PHONE);
    assertThat(valid("m.fun88.asia").id().value()).isEqualTo(GOLDEN_DOMAIN);
    assertThat(valid("TBHTJqAy4DhHhmT3dNceJYNRz4SdLofLre").id().value()).isEqualTo(GOLDEN_WALLET);
    assertThat(valid("2001:db8::1").id().value()).isEqualTo(GOLDEN_IPV6);
    assertThat(valid("HTTP://Gov-CN.Safe-Check.top:80/verify?id=88#top").id().value())
        .isEqualTo(GOLDEN_URL);
  }

  @Test
  void spellingsOfOneSelectorShareTheId() {
    assertThat(valid("0066 81 234 5678", SelectorType.PHONE, null).id())
        .isEqualTo(valid("081-234-5678", SelectorType.PHONE, "TH").id());
    SelectorId id = valid("M.FUN88.ASIA.").id();
    assertThat(id.stixType()).isEqualTo("domain-name");
    assertThat(id.uuid().version()).isEqualTo(5);
    assertThat(id.uuid())
        .isEqualTo(
            org.mekong.core.id.NameBasedUuid.v5(SelectorId.NAMESPACE, "domain:m.fun88.asia"));
  }

  @Test
  void shapeIsValidated() {
    assertThatThrownBy(() -> new SelectorId("phone-number--not-a-uuid"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SelectorId("Phone--2ed6657d-e927-568b-95e1-2665a8aea6a2"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SelectorId("phone-number--2ed6657d-e927-468b-95e1-2665a8aea6a2"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new SelectorId("phone-number--2ed6657d-e927-568b-95e1-2665a8aea6a2").stixType())
        .isEqualTo("phone-number");
  }

  // computed independently (Python's uuid.uuid5) from the documented rule
  private static final String GOLDEN_PHONE = "phone-number--d80a021c-cd33-5077-89c2-854ec59cb871";
  private static final String GOLDEN_DOMAIN = "domain-name--06452f1c-f36d-5889-bf85-a6a416cf3549";
  private static final String GOLDEN_WALLET =
      "cryptocurrency-wallet--0fde32ac-b768-5fd1-8c63-1fd9ed759a1a";
  private static final String GOLDEN_IPV6 = "ipv6-addr--b7bdbaad-27e6-53a7-9494-844c9d0615ba";
  // name "url:http://gov-cn.safe-check.top/verify?id=88"
  private static final String GOLDEN_URL = "url--07ae1287-9a69-50f9-b975-b35d62a05cef";
}
