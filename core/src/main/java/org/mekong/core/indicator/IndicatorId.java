package org.mekong.core.indicator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.selector.SelectorId;

/**
 * The STIX id of an indicator, {@code indicator--<uuid>}. Mekong mints it deterministically from
 * the originating agency and the selector's id (UUIDv5 of {@code agency + "|" + selector id} in
 * {@link #NAMESPACE}), so an agency has one indicator per selector and re-importing a list finds
 * the indicators it created before. Ids minted elsewhere (any UUID) are accepted as they are.
 */
public record IndicatorId(String value) {

  /** Mekong's indicator namespace, fixed forever. */
  public static final UUID NAMESPACE = UUID.fromString("7c4d6f0e-2b7a-4c51-9a53-5c3f3b0d8e21");

  private static final Pattern SHAPE =
      Pattern.compile("indicator--[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  public IndicatorId {
    if (!SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException("not an indicator id (indicator--<uuid>): " + value);
    }
  }

  /** Whether {@code candidate} has the shape of an indicator id. */
  public static boolean isValid(String candidate) {
    return SHAPE.matcher(candidate).matches();
  }

  /** The id an agency's indicator on a selector has. */
  public static IndicatorId of(AgencyId originator, SelectorId selector) {
    return new IndicatorId("indicator--" + uuid5(originator.value() + "|" + selector.value()));
  }

  private static UUID uuid5(String name) {
    try {
      MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
      sha1.update(toBytes(NAMESPACE));
      byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
      hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
      hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
      long msb = 0;
      long lsb = 0;
      for (int i = 0; i < 8; i++) {
        msb = (msb << 8) | (hash[i] & 0xff);
        lsb = (lsb << 8) | (hash[i + 8] & 0xff);
      }
      return new UUID(msb, lsb);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-1", e);
    }
  }

  private static byte[] toBytes(UUID uuid) {
    byte[] bytes = new byte[16];
    long msb = uuid.getMostSignificantBits();
    long lsb = uuid.getLeastSignificantBits();
    for (int i = 0; i < 8; i++) {
      bytes[i] = (byte) (msb >>> (56 - 8 * i));
      bytes[i + 8] = (byte) (lsb >>> (56 - 8 * i));
    }
    return bytes;
  }

  @Override
  public String toString() {
    return value;
  }
}
