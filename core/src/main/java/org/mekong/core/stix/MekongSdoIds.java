package org.mekong.core.stix;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The ids of Mekong's own STIX object types (legal, request and casework records): {@code
 * type--uuid} of the record's id, and the id of the {@code new-sdo} extension definition that
 * declares the type.
 */
final class MekongSdoIds {

  private static final Pattern UUID_TEXT =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[1-7][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

  private MekongSdoIds() {}

  /** The id of the {@code new-sdo} extension definition that declares {@code type}. */
  static String extensionId(String type) {
    return Stix.id("extension-definition", "new-sdo:" + type);
  }

  /** The STIX id of the record {@code record} as an object of {@code type}. */
  static String stixId(String type, UUID record) {
    return type + "--" + record;
  }

  /**
   * The record id in {@code stixId} if it is an id of {@code type} (a lower-case RFC 9562 UUID).
   */
  static Optional<UUID> recordId(String type, String stixId) {
    String prefix = type + "--";
    if (!stixId.startsWith(prefix)
        || !UUID_TEXT.matcher(stixId.substring(prefix.length())).matches()) {
      return Optional.empty();
    }
    return Optional.of(UUID.fromString(stixId.substring(prefix.length())));
  }
}
