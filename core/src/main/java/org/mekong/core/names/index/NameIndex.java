package org.mekong.core.names.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;
import org.mekong.core.names.AnalysedName;
import org.mekong.core.names.Comparison;
import org.mekong.core.names.NameComparator;
import org.mekong.core.names.Schema;

/**
 * An immutable in-memory index of names (persons, organisations, vessels, with their aliases),
 * searched by blocking keys and ranked by the {@link NameComparator}. A change makes a new index
 * that shares the old one's arrays and adds a segment, so readers of the old one go on undisturbed;
 * {@link #compacted} folds the segments into one. Thread-safe.
 */
public final class NameIndex {

  /** How many names, at most, the comparator ranks per query, the best by blocking keys first. */
  public static final int CANDIDATES = 200;

  /** Removed entities in {@link #owner}. */
  private static final int REMOVED = -1;

  private final List<Segment> segments;
  private final int[] bases;
  private final int total;

  /** The segment holding the current names of each entity changed since the first segment. */
  private final Map<Integer, Integer> owner;

  private NameIndex(List<Segment> segments, Map<Integer, Integer> owner) {
    this.segments = List.copyOf(segments);
    this.bases = new int[segments.size()];
    int sum = 0;
    for (int s = 0; s < segments.size(); s++) {
      bases[s] = sum;
      sum = Math.addExact(sum, segments.get(s).size());
    }
    this.total = sum;
    this.owner = Map.copyOf(owner);
  }

  /** An index of no name. */
  public static NameIndex empty() {
    return new NameIndex(List.of(), Map.of());
  }

  /** An index of these names. */
  public static NameIndex of(List<NameEntry> entries) {
    return new NameIndex(List.of(Segment.of(entries)), Map.of());
  }

  /**
   * This index where each entity named in {@code entries} has exactly those names (its former ones
   * are dropped) and each entity of {@code removed} has none.
   */
  public NameIndex changed(List<NameEntry> entries, Collection<Integer> removed) {
    if (segments.isEmpty()) {
      NameIndex first = of(entries);
      return removed.isEmpty() ? first : first.changed(List.of(), removed);
    }
    List<Segment> next = new ArrayList<>(segments);
    Map<Integer, Integer> owners = new HashMap<>(owner);
    removed.forEach(entity -> owners.put(entity, REMOVED));
    if (!entries.isEmpty()) {
      next.add(Segment.of(entries));
      entries.forEach(e -> owners.put(e.entity(), next.size() - 1));
    }
    return new NameIndex(next, owners);
  }

  /** The same names in one segment. */
  public NameIndex compacted() {
    List<NameEntry> live = new ArrayList<>(names());
    forEachLive((segment, name) -> live.add(entry(segment, name)));
    return of(live);
  }

  /** How many segments the index has; {@link #compacted} makes it one. */
  public int segments() {
    return segments.size();
  }

  /** How many names are indexed and current. */
  public int names() {
    int[] count = {0};
    forEachLive((segment, name) -> count[0]++);
    return count[0];
  }

  /** The bytes of the index's arrays and of its map of changed entities (an estimate). */
  public long bytes() {
    return segments.stream().mapToLong(Segment::bytes).sum() + 48L * owner.size();
  }

  /**
   * The best entities for a query name, at most {@code limit}, by descending score: the names that
   * share the most distinctive blocking keys with the query, ranked by the comparator against it,
   * the best name of each entity kept; names of which no token aligns are left out. Only entities
   * that {@code visible} accepts are considered.
   *
   * @throws IllegalArgumentException if the name has a {@link NameComparator#rejection}
   */
  public List<Candidate> search(Schema schema, String name, int limit, IntPredicate visible) {
    return search(schema, name, limit, CANDIDATES, visible);
  }

  /**
   * As {@link #search(Schema, String, int, IntPredicate)}, the comparator ranking at most {@code
   * candidates} names, the best by blocking keys: fewer when {@code visible} already narrows the
   * field (a traveller check accepts only persons whose birth date fits).
   */
  public List<Candidate> search(
      Schema schema, String name, int limit, int candidates, IntPredicate visible) {
    if (candidates < 1) {
      throw new IllegalArgumentException("candidates %d is below 1".formatted(candidates));
    }
    AnalysedName query = analysed(schema, name);
    List<int[]> found = Blocking.candidates(this, schema, name, candidates, visible);
    Ranking ranking = new Ranking(query, limit);
    for (int[] at : found) {
      if (ranking.settled()) {
        break; // nothing can outrank as many exact matches as asked for
      }
      Segment segment = segments.get(at[0]);
      ranking.offer(segment.entity(at[1]), segment.name(at[1]));
    }
    return ranking.best();
  }

  /** What {@link #search} approximates: every current name of the schema's kind compared. */
  public List<Candidate> scan(Schema schema, String name, int limit, IntPredicate visible) {
    Ranking ranking = new Ranking(analysed(schema, name), limit);
    forEachLive(
        (s, n) -> {
          Segment segment = segments.get(s);
          if (comparable(schema, segment.schema(n)) && visible.test(segment.entity(n))) {
            ranking.offer(segment.entity(n), segment.name(n));
          }
        });
    return ranking.best();
  }

  /**
   * Whether names of an entity of schema {@code indexed} are compared with a query of {@code
   * query}.
   */
  static boolean comparable(Schema query, Schema indexed) {
    return group(query) == group(indexed);
  }

  private static int group(Schema schema) {
    return switch (schema) {
      case PERSON -> 0;
      case COMPANY, ORGANIZATION, LEGAL_ENTITY -> 1;
      case VESSEL -> 2;
    };
  }

  /** The query analysed once for all its comparisons. */
  private static AnalysedName analysed(Schema schema, String name) {
    NameComparator.rejection(schema, name)
        .ifPresent(
            why -> {
              throw new IllegalArgumentException(why);
            });
    return NameComparator.analyse(schema, name);
  }

  /**
   * How many analysed indexed names the cache shared by all indexes holds, and how often it
   * answered.
   */
  public static CacheStatistics analysisCache() {
    return Analyses.statistics();
  }

  /** The state of the cache of analysed names: entries held, hits and misses since start. */
  public record CacheStatistics(long entries, long hits, long misses) {}

  List<Segment> segmentList() {
    return segments;
  }

  int base(int segment) {
    return bases[segment];
  }

  int total() {
    return total;
  }

  /** Whether the name {@code name} of segment {@code segment} is current. */
  boolean live(int segment, int name) {
    if (owner.isEmpty()) {
      return true;
    }
    Integer holder = owner.get(segments.get(segment).entity(name));
    return holder == null ? segment == 0 : holder == segment;
  }

  private NameEntry entry(int segment, int name) {
    Segment s = segments.get(segment);
    return new NameEntry(s.entity(name), s.schema(name), s.name(name));
  }

  private interface NameVisitor {
    void visit(int segment, int name);
  }

  private void forEachLive(NameVisitor visitor) {
    for (int s = 0; s < segments.size(); s++) {
      for (int n = 0; n < segments.get(s).size(); n++) {
        if (live(s, n)) {
          visitor.visit(s, n);
        }
      }
    }
  }

  /**
   * The best comparison of each entity offered, and the best entities. The query is analysed once;
   * each indexed name comes analysed from {@link Analyses}. A name written the same way as one
   * already compared (common in lists: "Wang Wei") reuses its comparison.
   */
  private static final class Ranking {
    private final AnalysedName query;
    private final int limit;
    private final Map<Integer, Candidate> best = new HashMap<>();
    private final Map<String, Comparison> compared = new HashMap<>();
    private int exact;

    Ranking(AnalysedName query, int limit) {
      if (limit < 1) {
        throw new IllegalArgumentException("limit %d is below 1".formatted(limit));
      }
      this.query = query;
      this.limit = limit;
    }

    /** Whether {@code limit} entities already score 1. */
    boolean settled() {
      return exact >= limit;
    }

    void offer(int entity, String name) {
      Comparison comparison = compared.get(name);
      if (comparison == null) {
        Optional<AnalysedName> analysed = Analyses.of(query.schema(), name);
        if (analysed.isEmpty()) {
          return; // an indexed name with nothing to compare is never a candidate
        }
        comparison = NameComparator.compare(query, analysed.get());
        compared.put(name, comparison);
      }
      if (comparison.score() == 0) {
        return; // nothing aligned: a key shared by chance
      }
      Candidate previous = best.get(entity);
      if (previous == null || comparison.score() > previous.score()) {
        best.put(entity, new Candidate(entity, name, comparison));
        if (comparison.score() == 1.0) {
          exact++;
        }
      }
    }

    List<Candidate> best() {
      return best.values().stream()
          .sorted(
              java.util.Comparator.comparingDouble(Candidate::score)
                  .reversed()
                  .thenComparingInt(Candidate::entity))
          .limit(limit)
          .toList();
    }
  }
}
