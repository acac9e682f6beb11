package org.mekong.core.stix;

import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/**
 * Mekong's own STIX domain object types for requests between nodes, each declared by a {@code
 * new-sdo} extension definition: the request, and the recipient's response that travels back. Both
 * carry the request's id, so a request and its response have the same id on every node.
 */
public enum RequestStixType {
  REQUEST(
      "mekong-request",
      "A request with a deadline from an agency to an agency of another node: information, freeze"
          + " or stop-payment, suspension of numbers, takedown, cutting service to an area,"
          + " preservation of data or handover of a person, with its urgency, subject, legal basis,"
          + " payload, the targets an execution may name and the timeline (sent, reminder,"
          + " deadline, escalation) the sender's node keeps."),
  RESPONSE(
      "mekong-request-response",
      "The recipient's steps on a request, travelling back to the sender's node: acknowledged,"
          + " answered in part or in full, refused with a reason, execution confirmed. Each"
          + " version holds every step so far and the status they led to.");

  private final String type;
  private final String description;

  RequestStixType(String type, String description) {
    this.type = type;
    this.description = description;
  }

  /** The STIX object type, e.g. {@code mekong-request}. */
  public String type() {
    return type;
  }

  String description() {
    return description;
  }

  /** The id of the {@code new-sdo} extension definition that declares this type. */
  public String extensionId() {
    return MekongSdoIds.extensionId(type);
  }

  /** The STIX id of the object of this type for the request with this id. */
  public String stixId(UUID request) {
    return MekongSdoIds.stixId(type, request);
  }

  /** The request id in a STIX id of this type, if it is one. */
  public Optional<UUID> requestId(String stixId) {
    return MekongSdoIds.recordId(type, stixId);
  }

  /** The type whose STIX type is {@code type}. */
  public static Optional<RequestStixType> ofType(String type) {
    return Arrays.stream(values()).filter(t -> t.type.equals(type)).findFirst();
  }

  /** The type a STIX id names, if it names one of these types. */
  public static Optional<RequestStixType> ofId(String stixId) {
    return Arrays.stream(values()).filter(t -> t.requestId(stixId).isPresent()).findFirst();
  }
}
