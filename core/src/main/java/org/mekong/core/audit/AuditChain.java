package org.mekong.core.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * How an audit entry is hashed into the chain: SHA-256 over the previous entry's hash followed by
 * each field of the entry, every field length-prefixed so that no two entries share an encoding.
 */
public final class AuditChain {

  private AuditChain() {}

  /** The hash of {@code entry} linked to {@code previous}. */
  public static AuditHash link(AuditHash previous, AuditEntry entry) {
    MessageDigest sha256 = sha256();
    sha256.update(previous.bytes());
    sha256.update(ByteBuffer.allocate(Long.BYTES).putLong(entry.sequence()).array());
    sha256.update(
        ByteBuffer.allocate(Long.BYTES + Integer.BYTES)
            .putLong(entry.at().getEpochSecond())
            .putInt(entry.at().getNano())
            .array());
    for (String field :
        new String[] {
          entry.actor(), entry.action(), entry.objectType(), entry.objectId(), entry.outcome()
        }) {
      byte[] utf8 = field.getBytes(StandardCharsets.UTF_8);
      sha256.update(ByteBuffer.allocate(Integer.BYTES).putInt(utf8.length).array());
      sha256.update(utf8);
    }
    return new AuditHash(sha256.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }
}
