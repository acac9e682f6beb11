package org.mekong.core.screening.hashed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScreeningKeyTest {

  @Test
  void encodesAsVersionDotBase64Url() {
    ScreeningKey key = new ScreeningKey(3, KeyedHashTest.counting());
    assertThat(key.encode()).isEqualTo("3.AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8");
    assertThat(ScreeningKey.decode(key.encode())).isEqualTo(key);
    assertThat(ScreeningKey.decode("  " + key.encode() + "\n")).isEqualTo(key);
  }

  @Test
  void generatedKeysRoundTripAndDiffer() {
    long seed = new Random().nextLong();
    SecureRandom random = new SecureRandom();
    random.setSeed(seed);
    ScreeningKey a = ScreeningKey.generate(1, random);
    ScreeningKey b = ScreeningKey.generate(1, random);
    assertThat(a).as("seed %d", seed).isNotEqualTo(b);
    assertThat(ScreeningKey.decode(a.encode())).isEqualTo(a).hasSameHashCodeAs(a);
    assertThat(a.encode()).matches("1\\.[A-Za-z0-9_-]{43}");
  }

  @Test
  void copiesTheSecretInAndOut() {
    byte[] secret = KeyedHashTest.counting();
    ScreeningKey key = new ScreeningKey(1, secret);
    secret[0] = 99;
    assertThat(key.secret()[0]).isZero();
    key.secret()[1] = 99;
    assertThat(key.secret()[1]).isEqualTo((byte) 1);
  }

  @Test
  void toStringNeverShowsTheSecret() {
    ScreeningKey key = new ScreeningKey(4, KeyedHashTest.counting());
    assertThat(key.toString())
        .isEqualTo("ScreeningKey[version=4, secret=(hidden)]")
        .doesNotContain("AAECAwQF")
        .doesNotContain("[B@");
  }

  @Test
  void refusesBadKeys() {
    assertThatThrownBy(() -> new ScreeningKey(0, new byte[32])).hasMessageContaining("1 or more");
    assertThatThrownBy(() -> new ScreeningKey(1, new byte[16]))
        .hasMessageContaining("32 secret bytes, was 16");
  }

  @Test
  void decodeSaysWhatIsWrongWithoutEchoingTheSecret() {
    String secret = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8";
    assertThatThrownBy(() -> ScreeningKey.decode(secret))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no version");
    assertThatThrownBy(() -> ScreeningKey.decode("x." + secret)).hasMessageContaining("version");
    assertThatThrownBy(() -> ScreeningKey.decode("0." + secret)).hasMessageContaining("1 or more");
    assertThatThrownBy(() -> ScreeningKey.decode("1." + secret.substring(1)))
        .hasMessageContaining("43 base64url characters")
        .hasMessageContaining("was 42")
        .message()
        .doesNotContain(secret.substring(1));
    assertThatThrownBy(() -> ScreeningKey.decode("1." + secret + "="))
        .hasMessageContaining("was 44");
    assertThatThrownBy(() -> ScreeningKey.decode("1." + secret.replace('A', '+')))
        .hasMessageContaining("base64url");
    // 'h' instead of 'f' sets bits past the 32nd byte: not the canonical spelling of any key.
    assertThatThrownBy(() -> ScreeningKey.decode("1." + secret.substring(0, 42) + "h"))
        .hasMessageContaining("stray bits");
  }
}
