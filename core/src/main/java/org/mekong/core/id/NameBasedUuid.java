package org.mekong.core.id;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Name-based UUIDs, version 5 (SHA-1), as RFC 9562 section 5.5 defines them. */
public final class NameBasedUuid {

  /**
   * A SHA-1 digest per namespace that has already taken in the namespace's 16 bytes; each UUID
   * starts from a copy of it. A bulk import makes two UUIDs per line, and looking up the algorithm
   * ({@link MessageDigest#getInstance}) cost more than hashing the name.
   */
  private static final Map<UUID, MessageDigest> PRIMED = new ConcurrentHashMap<>();

  /** Namespaces primed at most; more (never the case in Mekong) are hashed from scratch. */
  private static final int MAX_PRIMED = 64;

  private NameBasedUuid() {}

  /** The version 5 UUID of {@code name} (UTF-8) in {@code namespace}. */
  public static UUID v5(UUID namespace, String name) {
    MessageDigest sha1 = digestAfter(namespace);
    byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
    hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
    hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
    ByteBuffer buffer = ByteBuffer.wrap(hash, 0, 16);
    return new UUID(buffer.getLong(), buffer.getLong());
  }

  /** A fresh SHA-1 digest that has taken in {@code namespace}. */
  private static MessageDigest digestAfter(UUID namespace) {
    MessageDigest primed = PRIMED.get(namespace);
    if (primed == null) {
      primed = sha1();
      primed.update(bytes(namespace));
      if (PRIMED.size() < MAX_PRIMED) {
        PRIMED.putIfAbsent(namespace, primed);
      }
    }
    try {
      return (MessageDigest) primed.clone();
    } catch (CloneNotSupportedException e) {
      MessageDigest sha1 = sha1();
      sha1.update(bytes(namespace));
      return sha1;
    }
  }

  private static MessageDigest sha1() {
    try {
      return MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-1", e);
    }
  }

  private static byte[] bytes(UUID namespace) {
    return ByteBuffer.allocate(16)
        .putLong(namespace.getMostSignificantBits())
        .putLong(namespace.getLeastSignificantBits())
        .array();
  }
}
