package org.mekong.core.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SlotTableTest {

  @Test
  void addLookupAndRemoveAgreeWithAHashMapUnderRandomOperations() {
    for (long seed = 1; seed <= 20; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      boolean verified = seed % 2 == 0;
      SlotTable table = new SlotTable(verified, 0);
      Map<Long, Set<Integer>> reference = new HashMap<>();
      // few distinct keys, so probe runs wrap, collide and shift back on removal
      int keySpace = 1 + random.nextInt(2_000);
      for (int op = 0; op < 20_000; op++) {
        long key = 1 + random.nextInt(keySpace);
        long check = verified ? key * 31 : 0L;
        int entry = random.nextInt(4);
        Set<Integer> entries = reference.computeIfAbsent(key, k -> new HashSet<>());
        if (random.nextInt(3) == 0) {
          assertThat(table.remove(key, check, entry))
              .as("seed %d op %d remove", seed, op)
              .isEqualTo(entries.remove(entry));
        } else {
          assertThat(table.add(key, check, entry))
              .as("seed %d op %d add", seed, op)
              .isEqualTo(entries.add(entry));
        }
        if (entries.isEmpty()) {
          reference.remove(key);
        }
      }
      for (long key = 1; key <= keySpace; key++) {
        long check = verified ? key * 31 : 0L;
        List<Integer> found = new ArrayList<>();
        table.lookup(key, check, found::add);
        assertThat(found)
            .as("seed %d key %d", seed, key)
            .containsExactlyInAnyOrderElementsOf(reference.getOrDefault(key, Set.of()));
        assertThat(table.contains(key, check)).isEqualTo(reference.containsKey(key));
      }
      assertThat(table.size()).as("seed %d", seed).isEqualTo(reference.size());
      assertThat((double) table.size() / table.capacity()).isLessThanOrEqualTo(SlotTable.MAX_LOAD);
    }
  }

  @Test
  void addingARunOfKeysAtOnceGivesWhatAddingThemOneByOneGives() {
    for (long seed = 1; seed <= 20; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      // few distinct keys: repeats within a group, shared homes and growth from a small table
      int keySpace = 1 + random.nextInt(5_000);
      long[] keys = new long[1 + random.nextInt(20_000)];
      for (int i = 0; i < keys.length; i++) {
        keys[i] = 1 + random.nextInt(keySpace);
      }
      int from = random.nextInt(Math.min(50, keys.length));
      SlotTable single = new SlotTable(false, random.nextInt(100));
      int addedOne = 0;
      for (int i = from; i < keys.length; i++) {
        addedOne += single.add(keys[i], 0L, 3 + i - from) ? 1 : 0;
      }
      SlotTable batched = new SlotTable(false, random.nextInt(100));
      int addedAll = batched.addAll(keys, from, keys.length, 3);

      assertThat(addedAll).as("seed %d", seed).isEqualTo(addedOne);
      assertThat(batched.size()).isEqualTo(single.size());
      for (long key = 0; key <= keySpace + 1; key++) {
        List<Integer> one = new ArrayList<>();
        List<Integer> all = new ArrayList<>();
        if (key != SlotTable.EMPTY) {
          single.lookup(key, 0L, one::add);
          batched.lookup(key, 0L, all::add);
        }
        assertThat(all).as("seed %d key %d", seed, key).isEqualTo(one);
      }
      assertThat((double) batched.size() / batched.capacity())
          .isLessThanOrEqualTo(SlotTable.MAX_LOAD);
    }
    assertThatThrownBy(() -> new SlotTable(false, 0).addAll(new long[] {5, 0}, 0, 2, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SlotTable(true, 0).addAll(new long[] {5}, 0, 1, 0))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aVerifiedKeyWithAnotherCheckIsAnotherKey() {
    SlotTable table = new SlotTable(true, 0);
    table.add(42L, 1L, 7);
    List<Integer> found = new ArrayList<>();
    table.lookup(42L, 2L, found::add);
    assertThat(found).isEmpty();
    assertThat(table.contains(42L, 1L)).isTrue();
    assertThat(table.remove(42L, 2L, 7)).isFalse();
  }

  @Test
  void theEmptySentinelIsNotAKey() {
    SlotTable table = new SlotTable(false, 0);
    assertThatThrownBy(() -> table.add(SlotTable.EMPTY, 0L, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SlotTable(false, -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void growthKeepsTheLoadBetweenItsBounds() {
    SlotTable table = new SlotTable(false, 0);
    for (int i = 1; i <= 100_000; i++) {
      table.add(i * 1_000_003L, 0L, i);
      double load = (double) table.size() / table.capacity();
      assertThat(load).as("after %d keys", i).isLessThanOrEqualTo(SlotTable.MAX_LOAD);
      if (i > 1_000) {
        assertThat(load).as("after %d keys", i).isGreaterThanOrEqualTo(SlotTable.MIN_LOAD * 0.99);
      }
    }
  }

  @Test
  void preparedGrowthIsInvisibleUntilInstalledAndLosesNothing() {
    SlotTable table = new SlotTable(true, 0);
    int key = 1;
    while (table.size() + 1 <= table.capacity() * SlotTable.MAX_LOAD) {
      table.add(key, -key, key);
      key++;
    }
    int capacity = table.capacity();
    table.prepareGrowth();
    assertThat(table.capacity()).isEqualTo(capacity);
    table.installPrepared();
    assertThat(table.capacity()).isGreaterThan(capacity);
    for (int k = 1; k < key; k++) {
      List<Integer> found = new ArrayList<>();
      table.lookup(k, -k, found::add);
      assertThat(found).as("key %d", k).containsExactly(k);
    }
    table.prepareGrowth();
    table.installPrepared();
    assertThat(table.capacity()).as("no growth when not needed").isGreaterThan(capacity);
  }
}
