package org.mekong.core.screening.hashed;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The body of {@code POST /api/v1/screen/hashed}: keyed hashes a client asks the node to confirm,
 * under one key version; at most {@value #MAX_HASHES} distinct hashes.
 *
 * @param keyVersion the version of the key the hashes were computed under, 1 or more
 * @param hashes the hashes, 1 to {@value #MAX_HASHES}, no duplicates
 */
public record HashedQuery(int keyVersion, List<Long> hashes) {

  /** The most hashes one query may carry. */
  public static final int MAX_HASHES = 10_000;

  public HashedQuery {
    if (keyVersion < 1) {
      throw new IllegalArgumentException("a key version is 1 or more, was " + keyVersion);
    }
    hashes = List.copyOf(hashes);
    if (hashes.isEmpty()) {
      throw new IllegalArgumentException("a hashed query carries at least one hash");
    }
    if (hashes.size() > MAX_HASHES) {
      throw new IllegalArgumentException(
          "a hashed query carries at most "
              + MAX_HASHES
              + " hashes, was "
              + hashes.size()
              + ": split it into batches");
    }
    Set<Long> seen = new HashSet<>(hashes.size() * 2);
    for (int i = 0; i < hashes.size(); i++) {
      Long hash = hashes.get(i);
      if (!seen.add(hash)) {
        throw new IllegalArgumentException(
            "duplicate hash " + KeyedHash.toHex(hash) + " at index " + i + ": send each hash once");
      }
    }
  }

  /** The query in batches of at most {@value #MAX_HASHES}, duplicates dropped, order kept. */
  public static List<HashedQuery> batches(int keyVersion, List<Long> hashes) {
    List<Long> unique = List.copyOf(new java.util.LinkedHashSet<>(hashes));
    List<HashedQuery> batches = new java.util.ArrayList<>();
    for (int from = 0; from < unique.size(); from += MAX_HASHES) {
      int to = Math.min(unique.size(), from + MAX_HASHES);
      batches.add(new HashedQuery(keyVersion, unique.subList(from, to)));
    }
    return List.copyOf(batches);
  }
}
