package org.mekong.server.screening;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.mekong.core.indicator.IndicatorId;
import org.mekong.core.screening.ScreeningEntry;
import org.mekong.core.screening.WatchList;
import org.mekong.core.selector.SelectorType;
import org.mekong.server.indicator.IndicatorFeed;
import org.mekong.server.indicator.IndicatorRegistry;
import org.mekong.server.indicator.StoredIndicator;
import org.mekong.server.web.RedactedFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the {@link NodeWatchList} in step with the registry: builds it from PostgreSQL at start-up
 * (in the background; screening answers 503 until it is ready) and then applies every change within
 * a poll interval, without a rebuild.
 *
 * <p>Changes are found by their {@code change_seq}. Numbers are handed out before commit, so a
 * change numbered below one already seen can still appear. Each poll lists the numbers above the
 * highest one listed so far; at most once a second, a full pass re-lists every number above a
 * <em>safe</em> point — below which every transaction has finished — to find those committed out of
 * order, and only then moves the safe point. Either way only rows not yet applied are fetched. The
 * safe point advances once the transactions that were running when a number was handed out have all
 * ended, and at least a second has passed. (Re-listing the whole window on every poll cost a bulk
 * import about as much as the rest of its work in the node.)
 *
 * <p>A writer that already holds the versions it wrote (the bulk importer) hands them over after
 * commit ({@link IndicatorFeed.Written}); they wait here by change number, and a poll that finds
 * such a number still current applies the version handed over instead of reading the row back and
 * parsing its selector again. The poll alone decides what is applied and in which order, so a
 * version handed over late, already replaced by a newer one, is never applied; it is dropped once
 * the safe point passes it.
 */
@Component
class WatchListSync implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(WatchListSync.class);
  private static final Duration POLL = Duration.ofMillis(100);
  private static final Duration SETTLE = Duration.ofSeconds(1);
  private static final int BATCH = 10_000;

  /** Versions handed over and not yet applied, at most; beyond it the poll reads them back. */
  static final int MAX_HANDED = 100_000;

  /** A watermark taken at a moment, waiting to become safe. */
  private record Pending(IndicatorFeed.Watermark mark, long atNanos) {}

  private final IndicatorFeed feed;
  private final NodeWatchList watchList;
  private final Deque<Pending> pending = new ArrayDeque<>();
  private final Set<Long> appliedAboveSafe = new HashSet<>();
  private final AtomicLong loaded = new AtomicLong();
  private final Map<Long, StoredIndicator> handed = new ConcurrentHashMap<>();
  private volatile long safe;

  /** The highest change number listed since the start; polls between full passes list above it. */
  private long listedUpTo;

  /** When the last full pass ran ({@link System#nanoTime}); the first poll is one. */
  private long lastFullPassNanos = System.nanoTime() - SETTLE.toNanos();

  private volatile boolean ready;
  private volatile @Nullable Instant lastSync;
  private volatile boolean running;
  private @Nullable Thread worker;

  WatchListSync(IndicatorFeed feed, NodeWatchList watchList) {
    this.feed = feed;
    this.watchList = watchList;
  }

  /** Whether the start-up build has finished. */
  boolean ready() {
    return ready;
  }

  /** How many indicators the start-up build has read so far. */
  long loaded() {
    return loaded.get();
  }

  /** When the list last caught up with the registry. */
  @Nullable Instant lastSync() {
    return lastSync;
  }

  @Override
  public synchronized void start() {
    running = true;
    Thread thread = Thread.ofPlatform().name("watch-list-sync").daemon().unstarted(this::run);
    worker = thread;
    thread.start();
  }

  @Override
  public synchronized void stop() {
    running = false;
    Thread thread = worker;
    if (thread != null) {
      thread.interrupt();
      try {
        thread.join(TimeUnit.SECONDS.toMillis(10));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @TransactionalEventListener(fallbackExecution = true)
  void sighted(IndicatorRegistry.IndicatorSighted sighted) {
    if (ready) {
      // a version handed over carries the counts before this sighting
      handed.values().removeIf(stored -> stored.indicator().id().equals(sighted.indicator()));
      feed.find(sighted.indicator()).ifPresent(watchList::apply);
    }
  }

  /** Keeps the versions a committed transaction wrote until a poll finds them current. */
  @TransactionalEventListener
  void written(IndicatorFeed.Written written) {
    if (!ready || handed.size() >= MAX_HANDED) {
      return;
    }
    long applied = safe;
    for (StoredIndicator stored : written.indicators()) {
      if (stored.changeSeq() > applied) {
        handed.put(stored.changeSeq(), stored);
      }
    }
  }

  private void run() {
    while (running && !ready) {
      try {
        build();
      } catch (RuntimeException e) {
        LOG.warn("building the screening watch list failed; retrying", RedactedFailure.of(e));
        pause(Duration.ofSeconds(2));
      }
    }
    while (running) {
      try {
        syncOnce();
      } catch (RuntimeException e) {
        LOG.warn("screening watch list sync failed; retrying", RedactedFailure.of(e));
        pause(Duration.ofSeconds(1));
      }
      pause(POLL);
    }
  }

  /** Builds the list once every change numbered before now is committed. */
  private void build() {
    IndicatorFeed.Watermark before = feed.watermark();
    long start = System.nanoTime();
    while (running) {
      IndicatorFeed.Watermark now = feed.watermark();
      if (now.xmin() >= before.xmax() && System.nanoTime() - start >= SETTLE.toNanos()) {
        break;
      }
      pause(POLL);
    }
    List<ScreeningEntry> entries = new ArrayList<>();
    Map<IndicatorId, NodeWatchList.Listing> listings = new HashMap<>();
    Set<Long> above = new HashSet<>();
    loaded.set(0);
    feed.forEachCurrent(
        stored -> {
          NodeWatchList.Listing listing = NodeWatchList.listing(stored);
          entries.add(listing.entry());
          listings.put(stored.indicator().id(), listing);
          if (stored.changeSeq() > before.lastChange()) {
            above.add(stored.changeSeq());
          }
          loaded.incrementAndGet();
        });
    watchList.replace(WatchList.of(entries), listings);
    handed.clear();
    safe = before.lastChange();
    appliedAboveSafe.clear();
    appliedAboveSafe.addAll(above);
    ready = true;
    lastSync = Instant.now();
    LOG.info(
        "screening watch list built: {} indicators, {} by type, {} MiB of index tables",
        entries.size(),
        countByType(entries),
        watchList.tableBytes() >> 20);
  }

  /** Applies every change not yet applied and advances the safe point where it can. */
  void syncOnce() {
    IndicatorFeed.Watermark mark = feed.watermark();
    long nanos = System.nanoTime();
    pending.addLast(new Pending(mark, nanos));
    boolean fullPass = nanos - lastFullPassNanos >= SETTLE.toNanos();
    long candidate = safe;
    while (fullPass
        && !pending.isEmpty()
        && mark.xmin() >= pending.peekFirst().mark().xmax()
        && nanos - pending.peekFirst().atNanos() >= SETTLE.toNanos()) {
      candidate = Math.max(candidate, pending.removeFirst().mark().lastChange());
    }
    if (fullPass) {
      lastFullPassNanos = nanos;
    }
    long after = fullPass ? safe : Math.max(safe, listedUpTo);
    while (true) {
      List<Long> changes = feed.changesAfter(after, BATCH);
      List<Long> missing = new ArrayList<>();
      for (Long change : changes) {
        if (!appliedAboveSafe.contains(change)) {
          StoredIndicator current = handed.remove(change);
          if (current == null) {
            missing.add(change);
          } else {
            watchList.apply(current);
            appliedAboveSafe.add(change);
          }
        }
      }
      if (!missing.isEmpty()) {
        for (StoredIndicator stored : feed.byChanges(missing)) {
          watchList.apply(stored);
          appliedAboveSafe.add(stored.changeSeq());
        }
      }
      if (!changes.isEmpty()) {
        listedUpTo = Math.max(listedUpTo, changes.getLast());
      }
      if (changes.size() < BATCH) {
        break;
      }
      after = changes.getLast();
    }
    if (candidate > safe) {
      long newSafe = candidate;
      appliedAboveSafe.removeIf(change -> change <= newSafe);
      handed.keySet().removeIf(change -> change <= newSafe);
      safe = newSafe;
    }
    lastSync = Instant.now();
  }

  private static Map<SelectorType, Integer> countByType(List<ScreeningEntry> entries) {
    Map<SelectorType, Integer> counts = new EnumMap<>(SelectorType.class);
    entries.forEach(e -> counts.merge(e.selector().type(), 1, Integer::sum));
    return counts;
  }

  private void pause(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      if (!running) {
        return;
      }
      Thread.currentThread().interrupt();
    }
  }
}
