package org.mekong.server.database;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Marks the transactions that store shared versions (of indicators and of legal records), so that
 * reads in stored order wait only for them: such a transaction first takes a shared advisory lock,
 * and the read horizon is the start of the oldest transaction holding it. Other writers (a casework
 * import, the audit log, PostgreSQL's own autovacuum) never hold back a TAXII feed.
 */
public final class VersionWriters {

  /** The advisory lock's two keys: "MK" and the shared versions. */
  private static final int LOCK_CLASS = 0x4d4b;

  private static final int LOCK_OBJECT = 1;

  /** Takes the lock for the rest of the current transaction, as a version writer does. */
  public static final String ENTER =
      "SELECT pg_advisory_xact_lock_shared(" + LOCK_CLASS + ", " + LOCK_OBJECT + ")";

  /**
   * The instant before which every version that will ever be stored is already committed: now, or
   * the start of the oldest other version writer not yet finished. A writer takes the lock before
   * its first version and versions are stamped with {@code clock_timestamp()}, so a writer not yet
   * holding the lock stamps its versions after this instant.
   */
  private static final String HORIZON =
      "SELECT least(clock_timestamp(), (SELECT min(a.xact_start) FROM pg_locks l"
          + " JOIN pg_stat_activity a ON a.pid = l.pid"
          + " WHERE l.locktype = 'advisory' AND l.classid = "
          + LOCK_CLASS
          + " AND l.objid = "
          + LOCK_OBJECT
          + " AND l.objsubid = 2"
          + " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())"
          + " AND l.pid <> pg_backend_pid()))";

  private static final Object HELD = new Object();

  private VersionWriters() {}

  /**
   * Declares the current transaction a version writer, once per transaction; versions are stored
   * only inside a transaction.
   */
  public static void enter(JdbcClient jdbc) {
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      throw new IllegalStateException("shared versions are stored only inside a transaction");
    }
    if (TransactionSynchronizationManager.hasResource(HELD)) {
      return;
    }
    jdbc.sql(ENTER).query().rowSet();
    TransactionSynchronizationManager.bindResource(HELD, HELD);
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(HELD);
          }
        });
  }

  /**
   * The horizon as seen now; read it before the scans, whose snapshots are later, and read it once
   * for scans whose pages are merged under one cursor.
   */
  public static Instant horizon(JdbcClient jdbc) {
    return jdbc.sql(HORIZON).query(Timestamp.class).single().toInstant();
  }
}
