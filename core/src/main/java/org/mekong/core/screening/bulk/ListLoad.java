package org.mekong.core.screening.bulk;

import java.util.SortedMap;
import java.util.TreeMap;
import org.mekong.core.screening.bulk.BulkSummary.Tally;

/** The outcome of loading a watch-list file for offline screening. */
public sealed interface ListLoad permits ListLoad.Loaded, ListLoad.Hashed, ListLoad.Rejected {

  /**
   * The file gave a matcher.
   *
   * @param matcher what to screen against
   * @param entries the indicators listed
   * @param skipped rows not listed (revoked, expired or unreadable) by reason
   */
  record Loaded(BulkMatcher matcher, long entries, SortedMap<String, Tally> skipped)
      implements ListLoad {
    public Loaded {
      skipped = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(skipped));
    }
  }

  /**
   * The file is a privacy-preserving export ({@code MKHL}): keyed hashes or a Bloom filter, to be
   * screened with the client's key and its candidates confirmed by the node.
   */
  record Hashed(org.mekong.core.screening.hashed.HashedList list) implements ListLoad {}

  /** The file is no watch list this version reads; the reason says what it expected. */
  record Rejected(String reason) implements ListLoad {
    public Rejected {
      if (reason.isBlank()) {
        throw new IllegalArgumentException("a rejection needs a reason");
      }
    }
  }
}
