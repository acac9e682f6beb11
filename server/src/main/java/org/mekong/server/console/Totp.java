package org.mekong.server.console;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226's HOTP): HMAC-SHA1, 30-second steps, six
 * digits, the secret shared as Base32 as authenticator apps expect. A code is accepted one step
 * early or late, to allow for clock drift.
 */
final class Totp {

  static final int STEP_SECONDS = 30;
  private static final int DIGITS = 6;
  private static final int SECRET_BYTES = 20;
  private static final SecureRandom RANDOM = new SecureRandom();

  private Totp() {}

  /** A new random secret, in Base32. */
  static String newSecret() {
    byte[] secret = new byte[SECRET_BYTES];
    RANDOM.nextBytes(secret);
    return new Base32().encodeToString(secret).replace("=", "");
  }

  /** The step of this instant: seconds since the epoch divided by the step length. */
  static long step(Instant at) {
    return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
  }

  /**
   * The code of a step, with {@code digits} digits and this HMAC algorithm (for the RFC's tests).
   */
  static String code(byte[] key, long step, int digits, String algorithm) {
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(key, "RAW"));
      byte[] hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
      int offset = hash[hash.length - 1] & 0x0f;
      int binary =
          ((hash[offset] & 0x7f) << 24)
              | ((hash[offset + 1] & 0xff) << 16)
              | ((hash[offset + 2] & 0xff) << 8)
              | (hash[offset + 3] & 0xff);
      int modulus = (int) Math.pow(10, digits);
      return String.format(Locale.ROOT, "%0" + digits + "d", binary % modulus);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC is not available: " + algorithm, e);
    }
  }

  /** The current six-digit code of a Base32 secret. */
  static String code(String secret, Instant at) {
    return code(decode(secret), step(at), DIGITS, "HmacSHA1");
  }

  /**
   * The step whose code {@code given} is, within one step of {@code at}, if it is later than {@code
   * lastUsed}: a code is good once.
   */
  static OptionalLong verify(String secret, String given, Instant at, long lastUsed) {
    String code = given.strip();
    if (!code.matches("[0-9]{6}")) {
      return OptionalLong.empty();
    }
    byte[] key = decode(secret);
    long now = step(at);
    for (long step = now - 1; step <= now + 1; step++) {
      if (step <= lastUsed) {
        continue;
      }
      byte[] expected =
          code(key, step, DIGITS, "HmacSHA1").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      if (MessageDigest.isEqual(
          expected, code.getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
        return OptionalLong.of(step);
      }
    }
    return OptionalLong.empty();
  }

  private static byte[] decode(String secret) {
    return new Base32().decode(secret.toUpperCase(Locale.ROOT));
  }
}
