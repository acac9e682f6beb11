package org.mekong.server.agency;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.Agency;

/**
 * Who is calling: the agency an API key belongs to, the node's operator for an admin key, or a
 * person of an own agency logged in to the console, who acts with that agency's kind.
 *
 * @param keyId the key used, or the person's account id
 * @param agency the key's (or person's) agency; null for an admin key
 * @param node the partner node of a remote agency; null for an own agency and the admin key
 * @param person the console user name of a person; null for a key
 */
public record Caller(
    UUID keyId, @Nullable Agency agency, @Nullable String node, @Nullable String person) {

  /** Checks that a person acts for an own agency. */
  public Caller {
    if (person != null && (agency == null || node != null)) {
      throw new IllegalArgumentException("a person acts for an agency of this node");
    }
  }

  /** A caller of this node's own: an own agency, or the admin key when {@code agency} is null. */
  public Caller(UUID keyId, @Nullable Agency agency) {
    this(keyId, agency, null, null);
  }

  /** An agency's key; {@code node} names the partner node of a remote agency. */
  public Caller(UUID keyId, @Nullable Agency agency, @Nullable String node) {
    this(keyId, agency, node, null);
  }

  /** A person of an own agency, logged in to the console with account {@code accountId}. */
  public static Caller person(UUID accountId, Agency agency, String username) {
    return new Caller(accountId, agency, null, username);
  }

  /** Whether the caller is a partner node's agency, which reads here but does not write. */
  public boolean isRemote() {
    return node != null;
  }

  /** The kind of caller, as endpoints declare whom they serve ({@link Serves}). */
  public CallerKind kind() {
    if (agency == null) {
      return CallerKind.ADMIN;
    }
    return node != null ? CallerKind.REMOTE_AGENCY : CallerKind.of(agency.kind());
  }

  /** Whether this is the node operator's admin key. */
  public boolean isAdmin() {
    return agency == null;
  }

  /** The caller's agency; the admin key acts for none and is refused (403). */
  public Agency requireAgency() {
    if (agency == null) {
      throw new org.springframework.security.access.AccessDeniedException(
          "the admin key acts for no agency; use an agency's key");
    }
    return agency;
  }

  /**
   * How the audit log names this caller: the agency id, {@code <agency id>/<user name>} for a
   * person, or {@code admin:<key id>}.
   */
  public String auditName() {
    if (agency == null) {
      return "admin:" + keyId;
    }
    return person == null ? agency.id().value() : agency.id().value() + "/" + person;
  }
}
