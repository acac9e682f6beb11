package org.mekong.core.selector;

import java.util.UUID;
import org.mekong.core.id.NameBasedUuid;

/**
 * The deterministic STIX id of a selector: {@code <stix-type>--<UUIDv5>}, where the UUID is version
 * 5 (RFC 9562, SHA-1) of the name {@code type-code + ":" + canonical} (UTF-8) in the namespace
 * {@link #NAMESPACE}, e.g. the name {@code phone:+66812345678} for a Thai mobile.
 */
public record SelectorId(String value) {

  /** Mekong's selector namespace, fixed forever: {@code 2f68b439-34ba-404b-8090-d12edbe1a67a}. */
  public static final UUID NAMESPACE = UUID.fromString("2f68b439-34ba-404b-8090-d12edbe1a67a");

  private static final int UUID_LENGTH = 36;

  public SelectorId {
    if (!hasShape(value)) {
      throw new IllegalArgumentException("not a selector id (<stix-type>--<uuid v5>): " + value);
    }
  }

  /**
   * Whether {@code value} is {@code <stix-type>--<uuid v5>}: a type of 3 to 250 characters of
   * {@code a-z 0-9 -}, starting with a letter and ending with a letter or digit, without {@code
   * ---}, then a lower-case version 5 UUID of the RFC 9562 variant. Checked by hand: this runs for
   * every selector of every import and screening request, where a regular expression costs more
   * than the rest of the parse.
   */
  static boolean hasShape(String value) {
    int uuidStart = value.length() - UUID_LENGTH;
    int typeLength = uuidStart - 2;
    if (typeLength < 3 || typeLength > 250 || !value.startsWith("--", typeLength)) {
      return false;
    }
    char first = value.charAt(0);
    char last = value.charAt(typeLength - 1);
    if (first < 'a' || first > 'z' || !(isLowerAlnum(last))) {
      return false;
    }
    for (int i = 1; i < typeLength - 1; i++) {
      char c = value.charAt(i);
      if (!isLowerAlnum(c) && (c != '-' || value.startsWith("---", i))) {
        return false;
      }
    }
    for (int i = 0; i < UUID_LENGTH; i++) {
      char c = value.charAt(uuidStart + i);
      boolean ok =
          switch (i) {
            case 8, 13, 18, 23 -> c == '-';
            case 14 -> c == '5';
            case 19 -> c == '8' || c == '9' || c == 'a' || c == 'b';
            default -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
          };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLowerAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  /** The id of {@code selector}. */
  public static SelectorId of(Selector selector) {
    return of(selector.stixType(), selector.type(), selector.canonical());
  }

  /** The id of the selector of {@code type} with this canonical key and STIX type. */
  public static SelectorId of(String stixType, SelectorType type, String canonical) {
    return new SelectorId(
        stixType + "--" + NameBasedUuid.v5(NAMESPACE, type.code() + ":" + canonical));
  }

  /** The STIX type part. */
  public String stixType() {
    return value.substring(0, value.indexOf("--"));
  }

  /** The UUID part. */
  public UUID uuid() {
    return UUID.fromString(value.substring(value.indexOf("--") + 2));
  }
}
