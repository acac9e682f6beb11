package org.mekong.core.stix;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;
import org.mekong.core.agency.AgencyId;

/**
 * One version of a request or of its response as it travels: its type, the request's id, who made
 * it (the sender for a request, the recipient for a response), the agency it is addressed to,
 * timestamps, version number and its properties in the API's JSON form (camelCase keys).
 *
 * @param author the sender of a request, the recipient of a response
 * @param addressee the agency the object is for: the recipient of a request, the sender of a
 *     response
 * @param version 1 for a request; the number of steps for a response
 * @param properties the object's own properties as the requests API writes them
 */
public record RequestObject(
    RequestStixType type,
    UUID id,
    AgencyId author,
    AgencyId addressee,
    Instant created,
    Instant modified,
    int version,
    tools.jackson.databind.node.ObjectNode properties) {

  public RequestObject {
    requireNonNull(type, "type");
    requireNonNull(id, "id");
    requireNonNull(author, "author");
    requireNonNull(addressee, "addressee");
    requireNonNull(created, "created");
    requireNonNull(modified, "modified");
    requireNonNull(properties, "properties");
    if (version < 1) {
      throw new IllegalArgumentException("a version number is 1 or more, not " + version);
    }
    if (modified.isBefore(created)) {
      throw new IllegalArgumentException("modified " + modified + " is before created " + created);
    }
  }

  /** The STIX id, e.g. {@code mekong-request--<uuid>}. */
  public String stixId() {
    return type.stixId(id);
  }
}
