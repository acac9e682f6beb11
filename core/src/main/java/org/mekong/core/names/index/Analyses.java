package org.mekong.core.names.index;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import org.mekong.core.names.AnalysedName;
import org.mekong.core.names.NameComparator;
import org.mekong.core.names.Schema;

/**
 * Indexed names analysed for the comparator, kept in a bounded cache shared by every index (an
 * analysis depends only on the schema and the text, so a changed index reuses it). Common spellings
 * are compared for many queries; analysing a name costs 25–50 times comparing two analysed ones.
 * Thread-safe.
 */
final class Analyses {

  /** How many analysed names the cache keeps, the least recently used going first. */
  static final int CAPACITY = 100_000;

  private record Key(Schema schema, String name) {}

  private static final Cache<Key, Optional<AnalysedName>> CACHE =
      CacheBuilder.newBuilder().maximumSize(CAPACITY).recordStats().build();

  private Analyses() {}

  /** The name analysed for the schema, or empty if it has nothing to compare. */
  static Optional<AnalysedName> of(Schema schema, String name) {
    try {
      return CACHE.get(new Key(schema, name), () -> analyse(schema, name));
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  private static Optional<AnalysedName> analyse(Schema schema, String name) {
    try {
      return Optional.of(NameComparator.analyse(schema, name));
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // an indexed name with nothing to compare is never a candidate
    }
  }

  /** How many analysed names the cache holds, and how often it answered. */
  static NameIndex.CacheStatistics statistics() {
    var stats = CACHE.stats();
    return new NameIndex.CacheStatistics(CACHE.size(), stats.hitCount(), stats.missCount());
  }
}
