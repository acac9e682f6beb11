package org.mekong.server.taxii;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.mekong.server.indicator.VersionQuery;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Paging through indicator and legal versions merged under one cursor loses and repeats nothing,
 * whatever the sources give back per page (seeded: the seed is in the failure message).
 */
class CollectionMergeTest {

  /** A source that keeps the pages' contract: everything visible up to its next is given. */
  private record Source(List<CollectionReads.Item> all, Set<String> visible, int scanCap) {

    /**
     * A page after {@code after}: at most {@code limit} visible items, scanning at most scanCap.
     */
    Page read(VersionQuery.@Nullable Position after, int limit) {
      List<CollectionReads.Item> items = new ArrayList<>();
      VersionQuery.Position position = after;
      int scanned = 0;
      for (CollectionReads.Item item : all) {
        if (after != null && compare(item.position(), after) <= 0) {
          continue;
        }
        if (scanned++ == scanCap) {
          return new Page(items, position);
        }
        if (visible.contains(item.id())) {
          if (items.size() == limit) {
            return new Page(items, position);
          }
          items.add(item);
        }
        position = item.position();
      }
      return new Page(items, null);
    }
  }

  private record Page(List<CollectionReads.Item> items, VersionQuery.@Nullable Position next) {}

  private static int compare(VersionQuery.Position a, VersionQuery.Position b) {
    int byAdded = a.added().compareTo(b.added());
    return byAdded != 0 ? byAdded : Long.compare(a.changeSeq(), b.changeSeq());
  }

  @Test
  void pagingThroughTwoMergedSourcesLosesAndRepeatsNothing() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    for (int run = 0; run < 200; run++) {
      List<CollectionReads.Item> indicators = new ArrayList<>();
      List<CollectionReads.Item> legal = new ArrayList<>();
      Set<String> visible = new HashSet<>();
      Instant base = Instant.parse("2026-01-01T00:00:00Z");
      int count = random.nextInt(60);
      for (int seq = 1; seq <= count; seq++) {
        Instant added = base.plusMillis(random.nextInt(10) < 3 ? 0 : seq);
        base = added;
        String id = "object-" + seq;
        CollectionReads.Item item =
            new CollectionReads.Item(id, JsonNodeFactory.instance.objectNode(), added, seq);
        (random.nextBoolean() ? indicators : legal).add(item);
        if (random.nextInt(4) != 0) {
          visible.add(id);
        }
      }
      Source a = new Source(indicators, visible, 1 + random.nextInt(8));
      Source b = new Source(legal, visible, 1 + random.nextInt(8));
      int limit = 1 + random.nextInt(7);
      List<String> seen = new ArrayList<>();
      VersionQuery.Position after = null;
      for (int pages = 0; ; pages++) {
        assertThat(pages).as("seed %d run %d: pages", seed, run).isLessThan(1_000);
        Page fromA = a.read(after, limit);
        Page fromB = b.read(after, limit);
        List<CollectionReads.Item> items = new ArrayList<>(fromA.items());
        items.addAll(fromB.items());
        List<VersionQuery.Position> nexts = new ArrayList<>();
        if (fromA.next() != null) {
          nexts.add(fromA.next());
        }
        if (fromB.next() != null) {
          nexts.add(fromB.next());
        }
        CollectionReads.Page page = CollectionReads.merge(items, nexts, limit);
        assertThat(page.items().size())
            .as("seed %d run %d: page size", seed, run)
            .isLessThanOrEqualTo(limit);
        page.items().forEach(item -> seen.add(item.id()));
        if (page.next() == null) {
          break;
        }
        after = page.next();
      }
      List<String> expected = new ArrayList<>();
      for (int seq = 1; seq <= count; seq++) {
        if (visible.contains("object-" + seq)) {
          expected.add("object-" + seq);
        }
      }
      assertThat(seen).as("seed %d run %d", seed, run).containsExactlyElementsOf(expected);
    }
  }
}
