package org.mekong.core.screening.hashed;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * A secret key shared between a node and one screening client, under which the node's list is
 * exported as keyed hashes; versions count the client's rotations from 1.
 *
 * <p>The text form is {@code <version>.<secret>}, the secret in base64url without padding (43
 * characters), e.g. {@code 3.q2x...}. {@link #toString()} never shows the secret.
 *
 * @param version the key version, 1 or more
 * @param secret the 32 secret bytes (copied in and out)
 */
public record ScreeningKey(int version, byte[] secret) {

  /** The length of the secret in bytes. */
  public static final int SECRET_BYTES = 32;

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  public ScreeningKey {
    if (version < 1) {
      throw new IllegalArgumentException("a key version is 1 or more, was " + version);
    }
    if (secret.length != SECRET_BYTES) {
      throw new IllegalArgumentException(
          "a screening key has " + SECRET_BYTES + " secret bytes, was " + secret.length);
    }
    secret = secret.clone();
  }

  /** A new random key of this version. */
  public static ScreeningKey generate(int version, SecureRandom random) {
    byte[] secret = new byte[SECRET_BYTES];
    random.nextBytes(secret);
    return new ScreeningKey(version, secret);
  }

  /** A copy of the secret bytes. */
  @Override
  public byte[] secret() {
    return secret.clone();
  }

  /** The secret itself, for {@link KeyedHash} (never handed out). */
  byte[] secretView() {
    return secret;
  }

  /** The text form {@code <version>.<base64url secret>}. */
  public String encode() {
    return version + "." + ENCODER.encodeToString(secret);
  }

  /**
   * Reads the text form written by {@link #encode()}.
   *
   * @throws IllegalArgumentException with what is wrong, never echoing the secret
   */
  public static ScreeningKey decode(String text) {
    String trimmed = text.strip();
    int dot = trimmed.indexOf('.');
    if (dot <= 0) {
      throw new IllegalArgumentException(
          "a screening key is <version>.<base64url secret>: no version before a '.'");
    }
    int version;
    try {
      version = Integer.parseInt(trimmed, 0, dot, 10);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "a screening key's version is a positive number: " + trimmed.substring(0, dot), e);
    }
    if (version < 1) {
      throw new IllegalArgumentException("a key version is 1 or more, was " + version);
    }
    String secret = trimmed.substring(dot + 1);
    if (secret.length() != 43 || !secret.matches("[A-Za-z0-9_-]+")) {
      throw new IllegalArgumentException(
          "a screening key's secret is 43 base64url characters (32 bytes, no padding), was "
              + secret.length()
              + " characters");
    }
    byte[] bytes = DECODER.decode(secret);
    if (!ENCODER.encodeToString(bytes).equals(secret)) {
      throw new IllegalArgumentException(
          "a screening key's secret is not canonical base64url: its last character has stray bits");
    }
    return new ScreeningKey(version, bytes);
  }

  /** Equal version and secret (compared in constant time). */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ScreeningKey key
        && version == key.version
        && MessageDigest.isEqual(secret, key.secret);
  }

  @Override
  public int hashCode() {
    return 31 * version + Arrays.hashCode(secret);
  }

  /** The version only: the secret is never printed. */
  @Override
  public String toString() {
    return "ScreeningKey[version=" + version + ", secret=(hidden)]";
  }
}
