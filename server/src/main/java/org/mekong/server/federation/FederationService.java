package org.mekong.server.federation;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.AgencyId;
import org.mekong.server.config.NodeConfig;
import org.mekong.server.config.TlsSettings;
import org.mekong.server.web.RedactedFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Pulls from every partner: one loop per partner, each on its own virtual thread. Every {@code
 * pollSeconds} the loop pulls, for each local agency with a key at the partner, every version the
 * partner added after that agency's cursor, following {@code next} while {@code more} is true, and
 * stores each page with the cursor in one transaction. A failed attempt is recorded with a code and
 * retried after a back-off of 1 s, 2 s, 4 s … at most 60 s, reset by a success. Partners added,
 * changed or removed through the API take effect at once.
 */
@Component
class FederationService implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(FederationService.class);
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

  private final PartnerStore store;
  private final PageIngest ingest;
  private final TaxiiPuller puller;
  private final Map<String, Loop> loops = new ConcurrentHashMap<>();
  private final Map<String, PartnerState> states = new ConcurrentHashMap<>();
  private volatile boolean running;

  FederationService(PartnerStore store, PageIngest ingest, NodeConfig config) {
    this.store = store;
    this.ingest = ingest;
    TlsSettings tls = config.tls();
    this.puller =
        new TaxiiPuller(CONNECT_TIMEOUT, READ_TIMEOUT, tls == null ? null : tls.sslContext());
  }

  @Override
  public synchronized void start() {
    running = true;
    store.names().forEach(this::ensureLoop);
  }

  @Override
  public synchronized void stop() {
    running = false;
    loops.values().forEach(Loop::halt);
    loops.values().forEach(Loop::join);
    loops.clear();
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** A partner was added or changed: its loop starts, or wakes and reads the new settings. */
  synchronized void changed(String name) {
    if (running) {
      ensureLoop(name).wake();
    }
  }

  /** A partner was removed: its loop ends and its state is forgotten. */
  synchronized void removed(String name) {
    Loop loop = loops.remove(name);
    if (loop != null) {
      loop.halt();
    }
    states.remove(name);
  }

  /** How the pull from a partner is going. */
  PartnerState.Snapshot state(String name) {
    return states.computeIfAbsent(name, n -> new PartnerState()).snapshot();
  }

  private Loop ensureLoop(String name) {
    return loops.computeIfAbsent(
        name,
        n -> {
          Loop loop = new Loop(n, states.computeIfAbsent(n, x -> new PartnerState()));
          loop.begin();
          return loop;
        });
  }

  /** The loop of one partner. */
  private final class Loop {
    private final String name;
    private final PartnerState state;
    private final Object signal = new Object();
    private volatile boolean halted;
    private boolean woken;
    private @Nullable Thread thread;

    Loop(String name, PartnerState state) {
      this.name = name;
      this.state = state;
    }

    void begin() {
      thread = Thread.ofVirtual().name("federation-" + name).start(this::run);
    }

    void halt() {
      halted = true;
      wake();
      Thread running = thread;
      if (running != null) {
        running.interrupt();
      }
    }

    void join() {
      Thread running = thread;
      if (running != null) {
        try {
          running.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }

    void wake() {
      synchronized (signal) {
        woken = true;
        signal.notifyAll();
      }
    }

    private void run() {
      while (!halted && running) {
        Duration wait;
        try {
          Optional<Partner> partner = store.find(name);
          if (partner.isEmpty()) {
            loops.remove(name, this);
            return;
          }
          wait = cycle(partner.get());
        } catch (InterruptedException e) {
          return;
        } catch (RuntimeException e) {
          if (halted) {
            return;
          }
          LOG.warn("reading partner {} failed", name, RedactedFailure.of(e));
          wait =
              state.failed(
                  new PartnerState.Failure(
                      "internal",
                      "reading the partner failed on this node: " + e.getMessage(),
                      now()));
        }
        state.next(Instant.now().plus(wait));
        if (!sleep(wait)) {
          return;
        }
      }
    }

    /** One catch-up with every credential; how long to wait before the next. */
    private Duration cycle(Partner partner) throws InterruptedException {
      Instant began = now();
      state.attempting(began);
      if (partner.credentials().isEmpty()) {
        return state.failed(
            new PartnerState.Failure(
                "no-credentials",
                "no agency of this node has a key at this partner, so nothing is pulled",
                now()));
      }
      try {
        TaxiiPuller.PullFailure first = null;
        for (Map.Entry<AgencyId, String> credential : partner.credentials().entrySet()) {
          try {
            catchUp(partner, credential.getKey(), credential.getValue());
          } catch (TaxiiPuller.PullFailure failure) {
            LOG.info(
                "pulling from {} for {} failed: {}",
                partner,
                credential.getKey(),
                failure.getMessage());
            first = first == null ? failure : first;
          }
        }
        if (first != null) {
          return state.failed(
              new PartnerState.Failure(first.code(), String.valueOf(first.getMessage()), now()));
        }
        state.succeeded(began, now());
        return Duration.ofSeconds(partner.pollSeconds());
      } catch (RuntimeException e) {
        if (halted) {
          throw new InterruptedException("stopping");
        }
        LOG.warn("storing what {} sent failed", partner, RedactedFailure.of(e));
        return state.failed(
            new PartnerState.Failure(
                "internal", "storing the page failed on this node: " + e.getMessage(), now()));
      }
    }

    private void catchUp(Partner partner, AgencyId agency, String key)
        throws TaxiiPuller.PullFailure, InterruptedException {
      Instant after = store.cursor(partner.name(), agency).orElse(null);
      String next = null;
      do {
        TaxiiPuller.Page page = puller.fetch(partner.url(), key, after, next);
        PageIngest.Counts counts = ingest.ingest(partner.name(), agency, page);
        state.counted(counts.received(), counts.unchanged(), counts.refused(), counts.ownObjects());
        next = page.more() ? page.next() : null;
      } while (next != null && !halted);
    }

    /** Waits, unless woken or halted; false when halted. */
    private boolean sleep(Duration wait) {
      long deadline = System.nanoTime() + wait.toNanos();
      synchronized (signal) {
        while (!woken && !halted) {
          long left = deadline - System.nanoTime();
          if (left <= 0) {
            break;
          }
          try {
            TimeUnit.NANOSECONDS.timedWait(signal, left);
          } catch (InterruptedException e) {
            return false;
          }
        }
        woken = false;
      }
      return !halted;
    }
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MILLIS);
  }
}
