package org.mekong.server.requests;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.mekong.core.requests.DeadlineEvent;
import org.mekong.server.audit.AuditLog;
import org.mekong.server.web.RedactedFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Records the reminders, overdue marks and escalations that the clock has made due, each exactly
 * once per request: an event is a row keyed by request and event, inserted only if absent, and its
 * audit entry is appended after the row commits; a check after a crash appends the entries that
 * were missed. Runs every {@code requests.check-interval}.
 */
@Component
class DeadlineWatch {

  private static final Logger LOG = LoggerFactory.getLogger(DeadlineWatch.class);

  /** The actor of the audit entries the watch appends. */
  static final String ACTOR = "node:requests";

  private static final int BATCH = 1_000;

  private final RequestStore store;
  private final AuditLog audit;
  private final Clock clock;

  DeadlineWatch(RequestStore store, AuditLog audit, Clock clock) {
    this.store = store;
    this.audit = audit;
    this.clock = clock;
  }

  @Scheduled(
      fixedDelayString = "#{@nodeConfig.requests().checkInterval().toMillis()}",
      initialDelayString = "#{@nodeConfig.requests().checkInterval().toMillis()}")
  void scheduled() {
    try {
      check();
    } catch (RuntimeException e) {
      LOG.warn(
          "Checking requests' deadlines failed; the next check retries", RedactedFailure.of(e));
    }
  }

  /** Records what is due now; returns how many events this call recorded. */
  synchronized int check() {
    Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    int recorded = 0;
    List<RequestStore.Stored> due;
    int before;
    do {
      before = recorded;
      due = store.awaitingEvents(now, BATCH);
      for (RequestStore.Stored request : due) {
        for (DeadlineEvent event : request.timeline().due(request.status(), now)) {
          if (store.recordEvent(
              request.id(), event, request.timeline().at(event), now, notify(request, event))) {
            recorded++;
          }
        }
      }
    } while (due.size() == BATCH && recorded > before);
    List<RequestStore.Unaudited> unaudited;
    do {
      unaudited = store.unaudited(BATCH);
      for (RequestStore.Unaudited event : unaudited) {
        audit.append(
            ACTOR,
            "request " + event.event(),
            "request",
            event.request().toString(),
            "notified " + String.join(", ", event.notified()));
        store.markAudited(event.request(), event.event());
      }
    } while (unaudited.size() == BATCH);
    return recorded;
  }

  /** Whom an event notifies: the recipient, both agencies, or both agencies' supervisors. */
  static List<String> notify(RequestStore.Stored request, DeadlineEvent event) {
    return switch (event) {
      case REMINDER -> List.of(request.recipient());
      case OVERDUE -> List.of(request.sender(), request.recipient());
      case ESCALATION ->
          List.of("supervisor:" + request.sender(), "supervisor:" + request.recipient());
    };
  }
}
