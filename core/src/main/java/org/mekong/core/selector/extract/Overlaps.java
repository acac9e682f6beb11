package org.mekong.core.selector.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Resolves overlapping candidates: the longest wins (a URL over its host, an e-mail over its
 * domain, a profile link over the phone number in it), and on equal spans the more specific type.
 */
final class Overlaps {

  private static final Comparator<Candidate> PREFERRED =
      Comparator.comparingInt(Candidate::length)
          .reversed()
          .thenComparing(Comparator.comparingInt(Candidate::rank).reversed())
          .thenComparingInt(Candidate::start);

  private Overlaps() {}

  /** The candidates kept, in text order, none overlapping another. */
  static List<Candidate> resolve(List<Candidate> candidates) {
    List<Candidate> byPreference = new ArrayList<>(candidates);
    byPreference.sort(PREFERRED);
    TreeMap<Integer, Candidate> kept = new TreeMap<>();
    for (Candidate candidate : byPreference) {
      Map.Entry<Integer, Candidate> before = kept.floorEntry(candidate.end() - 1);
      if (before == null || before.getValue().end() <= candidate.start()) {
        kept.put(candidate.start(), candidate);
      }
    }
    return List.copyOf(kept.values());
  }
}
