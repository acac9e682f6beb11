package org.mekong.core.screening.hashed;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.mekong.core.selector.Selector;
import org.mekong.core.selector.SelectorType;

/**
 * The keyed hash of a selector: the first 8 bytes, big-endian, of HMAC-SHA-256 under a {@link
 * ScreeningKey} of the UTF-8 bytes of {@code type.code() + ":" + canonical}; and its JSON form, 16
 * lowercase hex digits.
 *
 * <p>Each thread keeps one {@link Mac} initialised with the last key it used, so hashing many
 * selectors under one key costs one HMAC each and allocates only the canonical's bytes.
 */
public final class KeyedHash {

  private static final String ALGORITHM = "HmacSHA256";
  private static final Map<SelectorType, byte[]> PREFIXES = prefixes();
  private static final ThreadLocal<PerThread> MACS = ThreadLocal.withInitial(PerThread::new);
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private KeyedHash() {}

  /** The keyed hash of a selector of this type with this canonical key. */
  public static long of(ScreeningKey key, SelectorType type, String canonical) {
    if (canonical.isEmpty()) {
      throw new IllegalArgumentException("a canonical key is never empty (" + type.code() + ")");
    }
    PerThread state = MACS.get();
    Mac mac = state.macFor(key);
    byte[] prefix = PREFIXES.get(type);
    if (prefix == null) {
      throw new IllegalStateException("no prefix for selector type " + type);
    }
    mac.update(prefix);
    mac.update(canonical.getBytes(StandardCharsets.UTF_8));
    byte[] out = state.out;
    try {
      mac.doFinal(out, 0);
    } catch (ShortBufferException e) {
      throw new IllegalStateException("HMAC-SHA-256 output is 32 bytes", e);
    }
    long hash = 0;
    for (int i = 0; i < Long.BYTES; i++) {
      hash = (hash << 8) | (out[i] & 0xFF);
    }
    return hash;
  }

  /** The keyed hash of a selector: its type and canonical key. */
  public static long of(ScreeningKey key, Selector selector) {
    return of(key, selector.type(), selector.canonical());
  }

  /** The JSON form: 16 lowercase hex digits, leading zeros kept. */
  public static String toHex(long hash) {
    char[] chars = new char[16];
    for (int i = 15; i >= 0; i--) {
      chars[i] = HEX[(int) (hash & 0xF)];
      hash >>>= 4;
    }
    return new String(chars);
  }

  /** Parses the JSON form strictly: exactly 16 lowercase hex digits, nothing else. */
  public static ParsedHash parseHex(String text) {
    if (text.length() != 16) {
      return new ParsedHash.Invalid(
          "a hash is 16 lowercase hex digits, "
              + describe(text)
              + " has "
              + text.length()
              + " characters");
    }
    long hash = 0;
    for (int i = 0; i < 16; i++) {
      char c = text.charAt(i);
      int digit;
      if (c >= '0' && c <= '9') {
        digit = c - '0';
      } else if (c >= 'a' && c <= 'f') {
        digit = c - 'a' + 10;
      } else if (c >= 'A' && c <= 'F') {
        return new ParsedHash.Invalid(
            "a hash is lowercase hex: upper-case '" + c + "' at position " + (i + 1));
      } else {
        return new ParsedHash.Invalid(
            "a hash is 16 lowercase hex digits: '" + printable(c) + "' at position " + (i + 1));
      }
      hash = (hash << 4) | digit;
    }
    return new ParsedHash.Valid(hash);
  }

  private static String describe(String text) {
    return text.length() <= 40 ? "'" + text + "'" : "the value";
  }

  private static String printable(char c) {
    return c < 0x20 || c == 0x7F ? String.format("\\u%04x", (int) c) : String.valueOf(c);
  }

  private static Map<SelectorType, byte[]> prefixes() {
    Map<SelectorType, byte[]> map = new EnumMap<>(SelectorType.class);
    for (SelectorType type : SelectorType.values()) {
      map.put(type, (type.code() + ":").getBytes(StandardCharsets.UTF_8));
    }
    return map;
  }

  /** One thread's Mac, initialised for the last key it hashed under, and its output buffer. */
  private static final class PerThread {
    private final Mac mac;
    private final byte[] out = new byte[32];
    private @Nullable ScreeningKey key;

    PerThread() {
      try {
        mac = Mac.getInstance(ALGORITHM);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every JDK provides " + ALGORITHM, e);
      }
    }

    Mac macFor(ScreeningKey wanted) {
      if (key != wanted && !wanted.equals(key)) {
        try {
          mac.init(new SecretKeySpec(wanted.secretView(), ALGORITHM));
        } catch (InvalidKeyException e) {
          throw new IllegalStateException("a 32-byte HMAC key is always valid", e);
        }
      }
      key = wanted;
      return mac;
    }
  }
}
