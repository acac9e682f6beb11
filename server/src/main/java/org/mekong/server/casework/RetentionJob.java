package org.mekong.server.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.mekong.server.audit.AuditLog;
import org.mekong.server.config.NodeConfig;
import org.mekong.server.config.RetentionSettings;
import org.mekong.server.web.RedactedFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Purges the personal data whose retention period is over (docs/casework.md, "Retention"): one
 * transaction per person, which also records the purge; the audit entry (ids and counts, nothing
 * personal) is appended after the commit, and a run after a crash appends those that were missed. A
 * second run finds nothing to purge. Runs every {@code casework.retention.check-interval}.
 */
@Component
class RetentionJob {

  private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);

  /** The actor of the audit entries the job appends. */
  static final String ACTOR = "node:retention";

  private static final int BATCH = 500;

  private final RetentionStore store;
  private final AuditLog audit;
  private final Clock clock;
  private final RetentionSettings settings;
  private final TransactionTemplate transaction;
  private final CaseworkPublisher publisher;

  RetentionJob(
      CaseworkPublisher publisher,
      RetentionStore store,
      AuditLog audit,
      Clock clock,
      NodeConfig config,
      PlatformTransactionManager transactions) {
    this.publisher = publisher;
    this.store = store;
    this.audit = audit;
    this.clock = clock;
    this.settings = config.retention();
    this.transaction = new TransactionTemplate(transactions);
  }

  /** Purges the person if still expired, and withdraws them from the partners that hold them. */
  private boolean purge(UUID person, Instant now) {
    if (store.purge(person, settings, now).isEmpty()) {
      return false;
    }
    publisher.person(new org.mekong.core.casework.PersonId(person));
    return true;
  }

  @Scheduled(
      fixedDelayString = "#{@nodeConfig.retention().checkInterval().toMillis()}",
      initialDelayString = "#{@nodeConfig.retention().checkInterval().toMillis()}")
  void scheduled() {
    try {
      int purged = run();
      if (purged > 0) {
        LOG.info("Retention purged the personal data of {} persons", purged);
      }
    } catch (RuntimeException e) {
      LOG.warn("The retention job failed; the next run retries", RedactedFailure.of(e));
    }
  }

  /** Purges what is expired now; returns how many persons this call purged. */
  synchronized int run() {
    Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    int purged = 0;
    List<UUID> expired;
    int before;
    do {
      before = purged;
      expired = store.expired(settings, now, BATCH);
      for (UUID person : expired) {
        if (Boolean.TRUE.equals(transaction.execute(status -> purge(person, now)))) {
          purged++;
        }
      }
    } while (expired.size() == BATCH && purged > before);
    List<RetentionStore.Purge> unaudited;
    do {
      unaudited = store.unaudited(BATCH);
      for (RetentionStore.Purge purge : unaudited) {
        audit.append(
            ACTOR, "casework purge", "casework-person", purge.person().toString(), purge.outcome());
        store.markAudited(purge.person());
      }
    } while (unaudited.size() == BATCH);
    return purged;
  }
}
