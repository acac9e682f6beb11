package org.mekong.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {

  private static final String SHA1_SEED = "12345678901234567890";
  private static final String SHA256_SEED = "12345678901234567890123456789012";
  private static final String SHA512_SEED =
      "1234567890123456789012345678901234567890123456789012345678901234";

  /** RFC 6238, appendix B: eight-digit codes for each time and HMAC. */
  @ParameterizedTest
  @CsvSource({
    "59, 94287082, 46119246, 90693936",
    "1111111109, 07081804, 68084774, 25091201",
    "1111111111, 14050471, 67062674, 99943326",
    "1234567890, 89005924, 91819424, 93441116",
    "2000000000, 69279037, 90698825, 38618901",
    "20000000000, 65353130, 77737706, 47863826"
  })
  void theRfcTestVectors(long time, String sha1, String sha256, String sha512) {
    long step = Totp.step(Instant.ofEpochSecond(time));
    assertThat(Totp.code(bytes(SHA1_SEED), step, 8, "HmacSHA1")).isEqualTo(sha1);
    assertThat(Totp.code(bytes(SHA256_SEED), step, 8, "HmacSHA256")).isEqualTo(sha256);
    assertThat(Totp.code(bytes(SHA512_SEED), step, 8, "HmacSHA512")).isEqualTo(sha512);
  }

  @Test
  void aCodeIsGoodOneStepEarlyOrLateAndOnlyOnce() {
    String secret = new Base32().encodeToString(bytes(SHA1_SEED));
    Instant at = Instant.ofEpochSecond(1111111109);
    String code = Totp.code(secret, at);
    long step = Totp.step(at);
    assertThat(Totp.verify(secret, code, at, 0)).hasValue(step);
    assertThat(Totp.verify(secret, code, at.plusSeconds(30), 0)).hasValue(step);
    assertThat(Totp.verify(secret, code, at.minusSeconds(30), 0)).hasValue(step);
    assertThat(Totp.verify(secret, code, at.plusSeconds(90), 0)).isEmpty();
    assertThat(Totp.verify(secret, code, at, step)).as("used once already").isEmpty();
  }

  @Test
  void malformedCodesAreRefused() {
    String secret = Totp.newSecret();
    Instant now = Instant.now();
    for (String bad : new String[] {"", "12345", "1234567", "abcdef", "12 345", "１２３４５６"}) {
      assertThat(Totp.verify(secret, bad, now, 0)).as(bad).isEmpty();
    }
  }

  private static byte[] bytes(String seed) {
    return seed.getBytes(StandardCharsets.US_ASCII);
  }
}
