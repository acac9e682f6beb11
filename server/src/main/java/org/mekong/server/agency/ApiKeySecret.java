package org.mekong.server.agency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret part of an API key: {@code mk_} followed by 256 random bits in unpadded base64url.
 * Only its SHA-256 hash is ever stored.
 */
public record ApiKeySecret(String value) {

  private static final String PREFIX = "mk_";
  private static final int RANDOM_BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  public ApiKeySecret {
    if (!value.startsWith(PREFIX) || value.length() != PREFIX.length() + 43) {
      throw new IllegalArgumentException("not a Mekong API key");
    }
  }

  /** A fresh random key. */
  public static ApiKeySecret generate() {
    byte[] random = new byte[RANDOM_BYTES];
    RANDOM.nextBytes(random);
    return new ApiKeySecret(
        PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random));
  }

  /** Whether {@code candidate} has the shape of a key (it may still be unknown or revoked). */
  public static boolean hasKeyShape(String candidate) {
    return candidate.startsWith(PREFIX) && candidate.length() == PREFIX.length() + 43;
  }

  /** The SHA-256 of the key, as stored. */
  public byte[] hash() {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return PREFIX + "***";
  }
}
