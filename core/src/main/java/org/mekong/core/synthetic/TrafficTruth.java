package org.mekong.core.synthetic;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mekong.core.selector.Selector;

/**
 * What a file of {@link SyntheticTraffic} holds that screening must find: each planted selector
 * mixed into it, how many fields of the file it is written in, and with how many distinct
 * counterparties (victims called, payers, visits). Every other field of the file is a selector of
 * no world of the seed, so screening against the world finds exactly these.
 *
 * @param format the file's format: {@code cdr}, {@code transfers} or {@code urls}
 * @param rows the number of records written (the header line not counted)
 * @param planted the planted selectors, in the order of the planted cases
 */
public record TrafficTruth(String format, long rows, List<Planted> planted) {

  /**
   * One planted selector in a file.
   *
   * @param selector the planted selector (an item of {@link PlantedCases})
   * @param hits how many fields of the file it is written in (no record holds two planted fields)
   * @param counterparties how many distinct victims it called or was paid by, or how many visits
   */
  public record Planted(Selector selector, long hits, long counterparties) {
    public Planted {
      requireNonNull(selector, "selector");
      if (hits < 0 || counterparties < 0 || counterparties > hits) {
        throw new IllegalArgumentException(
            "hits " + hits + " and counterparties " + counterparties + " of " + selector);
      }
    }
  }

  public TrafficTruth {
    requireNonNull(format, "format");
    planted = List.copyOf(planted);
    if (rows < 0) {
      throw new IllegalArgumentException("rows are not negative: " + rows);
    }
  }

  /** The planted selectors and how many fields hit each, in planted order. */
  public Map<Selector, Long> hits() {
    Map<Selector, Long> hits = new LinkedHashMap<>();
    planted.forEach(p -> hits.put(p.selector(), p.hits()));
    return Collections.unmodifiableMap(hits);
  }

  /** How many records screening flags: each planted field is in a record of its own. */
  public long hitRows() {
    return planted.stream().mapToLong(Planted::hits).sum();
  }
}
