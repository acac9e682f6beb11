package org.mekong.core.audit;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One audited event: who did what to which object, when, and with what outcome.
 *
 * <p>The time is kept to the microsecond, the precision PostgreSQL stores, so that an entry read
 * back hashes exactly as it did when written.
 */
public record AuditEntry(
    long sequence,
    Instant at,
    String actor,
    String action,
    String objectType,
    String objectId,
    String outcome) {

  public AuditEntry {
    if (sequence < 1) {
      throw new IllegalArgumentException("audit sequence numbers start at 1, was " + sequence);
    }
    at = requireNonNull(at, "at").truncatedTo(ChronoUnit.MICROS);
    requireNonNull(actor, "actor");
    requireNonNull(action, "action");
    requireNonNull(objectType, "objectType");
    requireNonNull(objectId, "objectId");
    requireNonNull(outcome, "outcome");
  }
}
