package org.mekong.server.screening;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.indicator.IndicatorId;
import org.mekong.core.screening.hashed.KeyedHash;
import org.mekong.core.screening.hashed.ScreeningKey;
import org.springframework.stereotype.Component;

/**
 * For each client key in use, the keyed hash of every listed indicator's selector, so that a
 * confirmation is a map lookup. Built on first use of a key from the node's watch list and kept in
 * step with it; visibility is decided at lookup, like every screening read.
 */
@Component
class HashIndexes implements NodeWatchList.Listener {

  private record KeyRef(AgencyId client, int version) {}

  /** One key's index: hash to the indicators whose selector hashes to it. */
  private static final class Index {
    final ScreeningKey key;
    final Map<Long, Set<IndicatorId>> byHash = new ConcurrentHashMap<>();

    Index(ScreeningKey key) {
      this.key = key;
    }

    void add(NodeWatchList.Listing listing) {
      byHash
          .computeIfAbsent(
              KeyedHash.of(key, listing.entry().selector()), h -> ConcurrentHashMap.newKeySet())
          .add(listing.entry().indicator());
    }

    void remove(NodeWatchList.Listing listing) {
      long hash = KeyedHash.of(key, listing.entry().selector());
      Set<IndicatorId> ids = byHash.get(hash);
      if (ids != null) {
        ids.remove(listing.entry().indicator());
        if (ids.isEmpty()) {
          byHash.remove(hash, ids);
        }
      }
    }
  }

  private final NodeWatchList watchList;
  private final Map<KeyRef, Index> indexes = new ConcurrentHashMap<>();

  HashIndexes(NodeWatchList watchList) {
    this.watchList = watchList;
    watchList.listen(this);
  }

  /** The indicators listed under {@code hash} for this client key (visible or not). */
  Set<IndicatorId> lookup(AgencyId client, ScreeningKey key, long hash) {
    Index index = index(client, key);
    Set<IndicatorId> ids = index.byHash.get(hash);
    return ids == null ? Set.of() : Set.copyOf(ids);
  }

  /** Forgets the indexes of a client's keys other than {@code keep}. */
  void retain(AgencyId client, List<Integer> keep) {
    indexes.keySet().removeIf(ref -> ref.client().equals(client) && !keep.contains(ref.version()));
  }

  private Index index(AgencyId client, ScreeningKey key) {
    KeyRef ref = new KeyRef(client, key.version());
    Index index = indexes.get(ref);
    if (index != null) {
      return index;
    }
    return watchList.locked(
        () ->
            indexes.computeIfAbsent(
                ref,
                r -> {
                  Index built = new Index(key);
                  watchList.listings().forEach(built::add);
                  return built;
                }));
  }

  @Override
  public void listed(NodeWatchList.@Nullable Listing previous, NodeWatchList.Listing listing) {
    for (Index index : indexes.values()) {
      if (previous != null) {
        index.remove(previous);
      }
      index.add(listing);
    }
  }

  @Override
  public void unlisted(NodeWatchList.Listing listing) {
    indexes.values().forEach(index -> index.remove(listing));
  }

  @Override
  public void replaced() {
    indexes.clear();
  }
}
