package org.mekong.core.audit;

/** The outcome of checking an audit chain. */
public sealed interface AuditVerification {

  /** Every entry links to the one before it and the chain ends where the head says. */
  record Intact(long entries, AuditHash head) implements AuditVerification {}

  /** The first entry at which the chain breaks, and how. */
  record Broken(long sequence, String reason) implements AuditVerification {}
}
