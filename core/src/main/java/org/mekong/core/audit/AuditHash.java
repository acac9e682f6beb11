package org.mekong.core.audit;

import java.util.Arrays;
import java.util.HexFormat;

/** A SHA-256 link of the audit chain. */
public record AuditHash(byte[] bytes) {

  /** The hash that the first entry links to. */
  public static final AuditHash GENESIS = new AuditHash(new byte[32]);

  public AuditHash {
    if (bytes.length != 32) {
      throw new IllegalArgumentException("an audit hash is 32 bytes, was " + bytes.length);
    }
    bytes = bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  /** Lower-case hex, 64 characters. */
  public String hex() {
    return HexFormat.of().formatHex(bytes);
  }

  /** Parses 64 hex characters. */
  public static AuditHash ofHex(String hex) {
    return new AuditHash(HexFormat.of().parseHex(hex));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AuditHash that && Arrays.equals(bytes, that.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return hex();
  }
}
