package org.mekong.server.security;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.mekong.server.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Records refused authentications in the audit log without the presented secret, rate-limited so
 * that a flood cannot fill the log: the first refusal of a source address for a reason is written
 * at once, and the ones that follow within a minute are written as one entry with their count when
 * the minute is over.
 */
@Component
class FailedAuthentications {

  /** Why a request did not authenticate, as the audit log names it. */
  enum Reason {
    MISSING("no-credentials"),
    MALFORMED("malformed-credentials"),
    UNKNOWN_KEY("unknown-or-revoked-key"),
    WRONG_USER("user-does-not-match-key");

    private final String code;

    Reason(String code) {
      this.code = code;
    }

    String code() {
      return code;
    }
  }

  static final String ACTION = "authentication-failed";
  static final Duration WINDOW = Duration.ofMinutes(1);

  /** More sources than this in one minute are counted together under {@link #OTHERS}. */
  private static final int MAX_SOURCES = 10_000;

  private static final String OTHERS = "other-addresses";
  private static final Logger LOG = LoggerFactory.getLogger(FailedAuthentications.class);

  private record Source(String address, Reason reason) {}

  /** The refusals of one source since its first one was written. */
  private record Window(Instant start, AtomicLong more) {}

  private final AuditLog audit;
  private final Clock clock;
  private final Map<Source, Window> windows = new ConcurrentHashMap<>();
  private final ScheduledExecutorService flusher;

  @Autowired
  FailedAuthentications(AuditLog audit) {
    this(audit, Clock.systemUTC());
    flusher.scheduleWithFixedDelay(this::flushSafely, 5, 5, TimeUnit.SECONDS);
  }

  /** Counts by this clock and writes counts only when {@link #flush()} is called. */
  FailedAuthentications(AuditLog audit, Clock clock) {
    this.audit = audit;
    this.clock = clock;
    this.flusher =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "mekong-failed-authentications");
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Notes a refused request from {@code address} to {@code path}. */
  void refused(String address, Reason reason, String method, String path) {
    Source source =
        windows.size() >= MAX_SOURCES && !windows.containsKey(new Source(address, reason))
            ? new Source(OTHERS, reason)
            : new Source(address, reason);
    boolean[] opened = {false};
    windows.compute(
        source,
        (key, window) -> {
          if (window == null) {
            opened[0] = true;
            return new Window(clock.instant(), new AtomicLong());
          }
          window.more().incrementAndGet();
          return window;
        });
    if (opened[0]) {
      audit.append(actor(source), ACTION, "request", method + " " + path, "401 " + reason.code());
    }
  }

  /** Writes the count of every window that is over and forgets it. */
  void flush() {
    Instant now = clock.instant();
    for (var entry : windows.entrySet()) {
      Window window = entry.getValue();
      if (window.start().plus(WINDOW).isAfter(now)) {
        continue;
      }
      if (!windows.remove(entry.getKey(), window)) {
        continue;
      }
      long more = window.more().get();
      if (more > 0) {
        audit.append(
            actor(entry.getKey()),
            ACTION,
            "request",
            "(repeated)",
            "401 " + entry.getKey().reason().code() + " x" + more + " since " + window.start());
      }
    }
  }

  private void flushSafely() {
    try {
      flush();
    } catch (RuntimeException e) {
      LOG.warn("could not write the count of refused authentications: {}", e.toString());
    }
  }

  private static String actor(Source source) {
    return "unauthenticated:" + source.address();
  }

  @PreDestroy
  void stop() {
    flusher.shutdownNow();
  }
}
