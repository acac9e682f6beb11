package org.mekong.core.stix;

import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/**
 * Mekong's own STIX domain object types for casework records, each declared by a {@code new-sdo}
 * extension definition: people, cases with their timeline, determinations, handover manifests, a
 * receiver's decisions on a manifest and the events recorded on a partner's case.
 */
public enum CaseworkStixType {
  PERSON(
      "mekong-person",
      "person",
      "A person of a rescue-and-repatriation case, with the fields the disclosure table gives the"
          + " recipient (names, birth date, sex, nationalities, documents, languages, contact,"
          + " needs), the legal basis of the disclosure, or withdrawn with no personal field."),
  CASE(
      "mekong-case",
      "case",
      "A rescue-and-repatriation case: the person, its state and its timeline of events (each"
          + " event a new version), with each event's agency, person acting, time and place."),
  DETERMINATION(
      "mekong-determination",
      "determination",
      "Whether a person is a victim, an offender or undetermined: agency, who decided, when, on"
          + " what basis, and the determination it supersedes."),
  MANIFEST(
      "mekong-manifest",
      "manifest",
      "A handover manifest: sending and receiving agencies, transport, date, place and one entry"
          + " per person with its status (pending, accepted, refused with a reason, handed-over)."),
  MANIFEST_DECISION(
      "mekong-manifest-decision",
      "manifest-decision",
      "A receiving agency's decisions on a manifest (accepted, or refused with a reason), sent back"
          + " to the sending agency's node."),
  CASE_EVENT(
      "mekong-case-event",
      "case-event",
      "An event an agency recorded on its copy of a partner's case (the case and the event, as the"
          + " casework API writes an event), sent to the case's originating agency, which appends it"
          + " to the case under the same lifecycle rules, once.");

  private final String type;
  private final String kind;
  private final String description;

  CaseworkStixType(String type, String kind, String description) {
    this.type = type;
    this.kind = kind;
    this.description = description;
  }

  /** The STIX object type, e.g. {@code mekong-person}. */
  public String type() {
    return type;
  }

  /** The kind of record, e.g. {@code person}. */
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
  public static Optional<CaseworkStixType> ofType(String type) {
    return Arrays.stream(values()).filter(t -> t.type.equals(type)).findFirst();
  }

  /** The type a STIX id names, if it names one of these types. */
  public static Optional<CaseworkStixType> ofId(String stixId) {
    return Arrays.stream(values()).filter(t -> t.recordId(stixId).isPresent()).findFirst();
  }
}
