package org.mekong.core.screening.bulk;

import java.util.ArrayList;
import java.util.List;
import org.mekong.core.screening.WatchList;
import org.mekong.core.selector.Selector;

/**
 * What bulk screening asks whether a field hits: a plaintext watch list, a node's screening API, or
 * a hashed list. Called from several worker threads at once, so implementations are thread-safe.
 *
 * <p>The {@code mayHit…} methods are allocation-free pre-filters on the primitive keys of call
 * records: {@code false} means certainly no hit, {@code true} that {@link #match} must be asked. A
 * matcher that cannot tell answers {@code true} (the default).
 */
public interface BulkMatcher {

  /** The indicators {@code selector} hits; empty when none. */
  List<BulkMatch> match(Selector selector);

  /**
   * The hits of each selector, in order: one list per selector. A remote matcher overrides this to
   * ask for many selectors in one request; workers call it once per chunk of input.
   */
  default List<List<BulkMatch>> matchAll(List<Selector> selectors) {
    List<List<BulkMatch>> results = new ArrayList<>(selectors.size());
    for (Selector selector : selectors) {
      results.add(match(selector));
    }
    return results;
  }

  /** Whether a phone, as its E.164 digits ({@code 66812345678}), may hit. */
  default boolean mayHitPhone(long e164Digits) {
    return true;
  }

  /**
   * {@link #mayHitPhone} for each of {@code e164Digits[0, count)}, into {@code hits[0, count)}. A
   * matcher over a large index in memory overrides it to overlap the memory accesses of the
   * lookups; workers call it once per chunk of input.
   */
  default void mayHitPhones(long[] e164Digits, int count, boolean[] hits) {
    for (int i = 0; i < count; i++) {
      hits[i] = mayHitPhone(e164Digits[i]);
    }
  }

  /** Whether an IMEI, as its 14-digit body read as a number, may hit. */
  default boolean mayHitImei(long body) {
    return true;
  }

  /** Whether an IMSI, as its 15 digits read as a number, may hit. */
  default boolean mayHitImsi(long imsi) {
    return true;
  }

  /** A matcher over a local watch list, with exact pre-filters. */
  static BulkMatcher of(WatchList list) {
    return new WatchListMatcher(list);
  }
}
