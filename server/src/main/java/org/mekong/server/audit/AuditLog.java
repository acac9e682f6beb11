package org.mekong.server.audit;

import java.sql.Timestamp;
import java.time.Instant;
import org.mekong.core.audit.AuditChain;
import org.mekong.core.audit.AuditEntry;
import org.mekong.core.audit.AuditHash;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends entries to the hash-chained audit log. Appends are serialised on the chain's head row, so
 * the chain has exactly one order, and each append commits on its own.
 */
@Service
public class AuditLog {

  private static final int MAX_FIELD = 1_000;

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;

  AuditLog(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
    this.transaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
  }

  /** Records that {@code actor} did {@code action} on an object, with that outcome. */
  public AuditEntry append(
      String actor, String action, String objectType, String objectId, String outcome) {
    AuditEntry appended =
        transaction.execute(
            status -> {
              record Head(long sequence, AuditHash hash) {}
              Head head =
                  jdbc.sql("SELECT seq, hash FROM audit_head FOR UPDATE")
                      .query((rs, row) -> new Head(rs.getLong(1), new AuditHash(rs.getBytes(2))))
                      .single();
              AuditEntry entry =
                  new AuditEntry(
                      head.sequence() + 1,
                      Instant.now(),
                      cap(actor),
                      cap(action),
                      cap(objectType),
                      cap(objectId),
                      cap(outcome));
              AuditHash hash = AuditChain.link(head.hash(), entry);
              jdbc.sql(
                      """
                      INSERT INTO audit_log
                        (seq, at, actor, action, object_type, object_id, outcome, prev_hash, hash)
                      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                      """)
                  .params(
                      entry.sequence(),
                      Timestamp.from(entry.at()),
                      entry.actor(),
                      entry.action(),
                      entry.objectType(),
                      entry.objectId(),
                      entry.outcome(),
                      head.hash().bytes(),
                      hash.bytes())
                  .update();
              jdbc.sql("UPDATE audit_head SET seq = ?, hash = ?")
                  .params(entry.sequence(), hash.bytes())
                  .update();
              return entry;
            });
    if (appended == null) {
      throw new IllegalStateException("the audit append returned nothing");
    }
    return appended;
  }

  private static String cap(String field) {
    return field.length() <= MAX_FIELD ? field : field.substring(0, MAX_FIELD - 1) + "…";
  }
}
