package org.mekong.core.screening.hashed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class HashedQueryTest {

  @Test
  void carriesUpToTenThousandDistinctHashes() {
    List<Long> hashes = LongStream.range(0, 10_000).boxed().toList();
    assertThat(new HashedQuery(3, hashes).hashes()).hasSize(10_000);
    List<Long> tooMany = LongStream.range(0, 10_001).boxed().toList();
    assertThatThrownBy(() -> new HashedQuery(3, tooMany))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 10000 hashes, was 10001: split it into batches");
  }

  @Test
  void refusesDuplicatesEmptyAndBadVersions() {
    assertThatThrownBy(() -> new HashedQuery(1, List.of(1L, 0x0f1e2d3c4b5a6978L, 1L)))
        .hasMessageContaining("duplicate hash 0000000000000001 at index 2: send each hash once");
    assertThatThrownBy(() -> new HashedQuery(1, List.of())).hasMessageContaining("at least one");
    assertThatThrownBy(() -> new HashedQuery(0, List.of(1L))).hasMessageContaining("1 or more");
  }

  @Test
  void batchesDropDuplicatesAndKeepOrder() {
    List<Long> hashes = new java.util.ArrayList<>(LongStream.range(0, 25_000).boxed().toList());
    hashes.add(5L);
    List<HashedQuery> batches = HashedQuery.batches(2, hashes);
    assertThat(batches).extracting(b -> b.hashes().size()).containsExactly(10_000, 10_000, 5_000);
    assertThat(batches.get(2).hashes()).endsWith(24_999L);
    assertThat(batches).allMatch(b -> b.keyVersion() == 2);
    assertThat(HashedQuery.batches(2, List.of())).isEmpty();
  }
}
