package org.mekong.core.casework;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.jspecify.annotations.Nullable;
import org.mekong.core.input.PartialDate;

/**
 * Picks the people of a {@link PeopleTable} worth comparing with a query: the postings of its
 * rarest keys first (at most a budget of postings, its rarest key always), people whose birth date
 * rules them out or whom the viewer can never see dropped, the best by summed key weight (a key
 * weighs by how rare it is among all people). Thread-safe for readers of a table nobody writes
 * meanwhile.
 */
final class Candidates {

  private final ConcurrentLinkedQueue<Slots.Scratch> scratches = new ConcurrentLinkedQueue<>();

  /**
   * The best {@code limit} slots among the first {@code first}, reading at most {@code budget}
   * postings (the rarest key's always); with a birth date, only the postings of people born that
   * year or of unknown birth are read.
   */
  int[] best(
      PeopleTable table,
      Set<String> keys,
      @Nullable PartialDate birthDate,
      int agency,
      int limit,
      int first,
      int budget) {
    List<Slots.Postings> lists = new ArrayList<>();
    List<Float> weights = new ArrayList<>();
    for (String key : keys) {
      PeopleTable.KeyPostings postings = table.nameKeys.get(key);
      if (postings == null) {
        continue;
      }
      float weight = (float) Math.log1p((double) table.live / postings.all.size);
      if (birthDate == null) {
        lists.add(postings.all);
        weights.add(weight);
        continue;
      }
      for (int year : new int[] {birthDate.year(), PeopleTable.YEAR_UNKNOWN}) {
        Slots.Postings born = postings.byYear.get(year);
        if (born != null) {
          lists.add(born);
          weights.add(weight);
        }
      }
    }
    if (lists.isEmpty()) {
      return new int[0];
    }
    Integer[] order = new Integer[lists.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Integer.compare(lists.get(a).size, lists.get(b).size));
    Slots.Scratch polled = scratches.poll();
    Slots.Scratch s = polled == null ? new Slots.Scratch() : polled;
    s.ensure(table.size);
    int touched = 0;
    try {
      int read = 0;
      int born = PackedDates.packed(birthDate);
      long[] meta = table.meta;
      for (int o : order) {
        Slots.Postings postings = lists.get(o);
        if (read > 0 && read + postings.size > budget) {
          break;
        }
        read += postings.size;
        float weight = weights.get(o);
        int[] slots = postings.slots;
        for (int i = 0; i < postings.size; i++) {
          int slot = slots[i];
          float w = s.weights[slot];
          if (w < 0) {
            continue; // ruled out already
          }
          if (w == 0) {
            long m = meta[slot];
            int creator = PeopleTable.creator(m);
            if (creator < 0
                || slot >= first
                || (creator != agency && !table.disclosable.get(slot))
                || !PackedDates.compatible(born, PeopleTable.birth(m))) {
              s.weights[slot] = -1;
              s.touch(touched++, slot);
              continue;
            }
            s.touch(touched++, slot);
          }
          s.weights[slot] = w + weight;
        }
      }
      return Slots.best(s, touched, limit);
    } finally {
      for (int i = 0; i < touched; i++) {
        s.weights[s.touched[i]] = 0;
      }
      scratches.offer(s);
    }
  }
}
