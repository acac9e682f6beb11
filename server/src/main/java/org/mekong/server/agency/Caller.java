package org.mekong.server.agency;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.Agency;

/**
 * Who is calling: the agency an API key belongs to, or the node's operator for an admin key.
 *
 * @param keyId the key used
 * @param agency the key's agency; null for an admin key
 * @param node the partner node of a remote agency; null for an own agency and the admin key
 */
public record Caller(UUID keyId, @Nullable Agency agency, @Nullable String node) {

  /** A caller of this node's own: an own agency, or the admin key when {@code agency} is null. */
  public Caller(UUID keyId, @Nullable Agency agency) {
    this(keyId, agency, null);
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

  /** How the audit log names this caller: the agency id, or {@code admin:<key id>}. */
  public String auditName() {
    return agency == null ? "admin:" + keyId : agency.id().value();
  }
}
