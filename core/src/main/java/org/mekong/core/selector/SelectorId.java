package org.mekong.core.selector;

import java.util.UUID;
import java.util.regex.Pattern;
import org.mekong.core.id.NameBasedUuid;

/**
 * The deterministic STIX id of a selector: {@code <stix-type>--<UUIDv5>}, where the UUID is version
 * 5 (RFC 9562, SHA-1) of the name {@code type-code + ":" + canonical} (UTF-8) in the namespace
 * {@link #NAMESPACE}, e.g. the name {@code phone:+66812345678} for a Thai mobile.
 */
public record SelectorId(String value) {

  /** Mekong's selector namespace, fixed forever: {@code 2f68b439-34ba-404b-8090-d12edbe1a67a}. */
  public static final UUID NAMESPACE = UUID.fromString("2f68b439-34ba-404b-8090-d12edbe1a67a");

  private static final Pattern SHAPE =
      Pattern.compile(
          "[a-z][a-z0-9-]{1,248}[a-z0-9]--[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

  public SelectorId {
    if (!SHAPE.matcher(value).matches() || value.contains("---")) {
      throw new IllegalArgumentException("not a selector id (<stix-type>--<uuid v5>): " + value);
    }
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
