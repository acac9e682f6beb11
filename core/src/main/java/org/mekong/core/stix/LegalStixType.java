package org.mekong.core.stix;

import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/**
 * Mekong's own STIX domain object types for legal records, each declared by a {@code new-sdo}
 * extension definition: legal actions, expulsion orders, entry bans and notices.
 */
public enum LegalStixType {
  LEGAL_ACTION(
      "mekong-legal-action",
      "legal-action",
      "A legal action on a person or organisation: arrest, charge, prosecution, judgement,"
          + " sentence, asset seizure or forfeiture, with the case reference, acting authority,"
          + " date, legal basis, status and links."),
  EXPULSION(
      "mekong-expulsion",
      "expulsion",
      "An expulsion or deportation order (e.g. Thailand's TM 35): the person, order reference,"
          + " issuing and receiving authorities, destination, dates, and whether re-entry is"
          + " barred."),
  ENTRY_BAN(
      "mekong-entry-ban",
      "entry-ban",
      "An entry ban with the data categories of a Schengen refusal-of-entry alert: the person,"
          + " reason, issuing authority, decision reference, type of offence, start and expiry,"
          + " action on a hit, status (in-force, suspended, under-appeal, lifted) and the"
          + " proportionality note."),
  NOTICE(
      "mekong-notice",
      "notice",
      "A notice in one of INTERPOL's colours (wanted, missing, information, modus operandi,"
          + " asset tracing, threat), published once a reviewer of the issuing agency approved it,"
          + " with its legal basis, expiry and review (published or cancelled).");

  private final String type;
  private final String kind;
  private final String description;

  LegalStixType(String type, String kind, String description) {
    this.type = type;
    this.kind = kind;
    this.description = description;
  }

  /** The STIX object type, e.g. {@code mekong-entry-ban}. */
  public String type() {
    return type;
  }

  /** The kind of legal record as the API spells it, e.g. {@code entry-ban}. */
  public String kind() {
    return kind;
  }

  String description() {
    return description;
  }

  /** The id of the {@code new-sdo} extension definition that declares this type. */
  public String extensionId() {
    return MekongSdoIds.extensionId(type);
  }

  /** The STIX id of the record with this id. */
  public String stixId(UUID record) {
    return MekongSdoIds.stixId(type, record);
  }

  /** The record id in a STIX id of this type, if it is one. */
  public Optional<UUID> recordId(String stixId) {
    return MekongSdoIds.recordId(type, stixId);
  }

  /** The type whose STIX type is {@code type}. */
  public static Optional<LegalStixType> ofType(String type) {
    return Arrays.stream(values()).filter(t -> t.type.equals(type)).findFirst();
  }

  /** The type of the legal records of {@code kind} (the API's code). */
  public static Optional<LegalStixType> ofKind(String kind) {
    return Arrays.stream(values()).filter(t -> t.kind.equals(kind)).findFirst();
  }

  /** The type a STIX id names, if it names one of these types. */
  public static Optional<LegalStixType> ofId(String stixId) {
    return Arrays.stream(values()).filter(t -> t.recordId(stixId).isPresent()).findFirst();
  }
}
