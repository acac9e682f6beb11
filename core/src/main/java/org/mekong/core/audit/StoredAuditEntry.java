package org.mekong.core.audit;

/** An audit entry as it was read back from storage, with the links stored beside it. */
public record StoredAuditEntry(AuditEntry entry, AuditHash previousHash, AuditHash hash) {}
