package org.mekong.server.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.mekong.core.names.index.NameEntry;
import org.mekong.core.names.index.NameIndex;
import org.mekong.server.web.RedactedFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The entities of every name list in memory: built from PostgreSQL at start-up in the background
 * (search answers 503 until then), then changed by each import after its commit. The index is
 * immutable and replaced whole, so searches run undisturbed while it changes; after {@link
 * #MAX_SEGMENTS} changes it is compacted in the background.
 */
@Component
class NameEntities implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(NameEntities.class);

  /** Changes kept as segments of the index before it is compacted into one. */
  static final int MAX_SEGMENTS = 8;

  private final NameEntityStore store;
  private final Map<Integer, NameEntity> entities = new ConcurrentHashMap<>();
  private final AtomicLong loaded = new AtomicLong();
  private volatile NameIndex index = NameIndex.empty();
  private volatile boolean ready;
  private volatile boolean running;
  private @Nullable Thread builder;

  NameEntities(NameEntityStore store) {
    this.store = store;
  }

  boolean ready() {
    return ready;
  }

  long loaded() {
    return loaded.get();
  }

  /** The index now; a later change makes a new one. */
  NameIndex index() {
    return index;
  }

  @Nullable NameEntity entity(int number) {
    return entities.get(number);
  }

  int size() {
    return entities.size();
  }

  @Override
  public synchronized void start() {
    running = true;
    Thread thread = Thread.ofPlatform().name("name-index-build").daemon().unstarted(this::build);
    builder = thread;
    thread.start();
  }

  @Override
  public synchronized void stop() {
    running = false;
    Thread thread = builder;
    if (thread != null) {
      thread.interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  private void build() {
    while (running && !ready) {
      try {
        List<NameEntry> entries = new ArrayList<>();
        loaded.set(0);
        synchronized (this) {
          store.forEach(
              entity -> {
                entities.put(entity.number(), entity);
                entity.names().forEach(n -> entries.add(entry(entity, n)));
                loaded.incrementAndGet();
              });
          index = NameIndex.of(entries);
          ready = true;
        }
        LOG.info(
            "name index built: {} entities, {} names, {} KiB",
            entities.size(),
            entries.size(),
            index.bytes() >> 10);
      } catch (RuntimeException e) {
        LOG.warn("building the name index failed; retrying", RedactedFailure.of(e));
        try {
          Thread.sleep(2_000);
        } catch (InterruptedException interrupted) {
          return;
        }
      }
    }
  }

  /** Applies stored entities (new or replaced) once their transaction has committed. */
  synchronized void apply(List<NameEntity> changed) {
    if (changed.isEmpty()) {
      return;
    }
    List<NameEntry> entries = new ArrayList<>();
    for (NameEntity entity : changed) {
      entities.put(entity.number(), entity);
      entity.names().forEach(n -> entries.add(entry(entity, n)));
    }
    if (!ready) {
      return; // the build under way reads them from the table
    }
    NameIndex next = index.changed(entries, List.of());
    index = next.segments() > MAX_SEGMENTS ? next.compacted() : next;
  }

  private static NameEntry entry(NameEntity entity, String name) {
    return new NameEntry(entity.number(), entity.schema(), name);
  }
}
