package org.mekong.core.casework;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.input.PartialDate;
import org.mekong.core.names.AnalysedName;
import org.mekong.core.names.Comparison;
import org.mekong.core.names.NameComparator;
import org.mekong.core.names.Schema;

/**
 * The people known to a node, in memory, for finding duplicates and searching by name: each
 * person's names, birth date and documents, who recorded them and whether any consent lets others
 * see them; postings of the names' {@link org.mekong.core.names.BlockingKeys} and of the documents.
 * A query reads the postings of its rarest keys first (at most {@link #BUDGET} postings), drops
 * people whose birth date rules them out and those the viewer can never see, and compares the
 * {@link #CANDIDATES} that share the most distinctive keys with the {@link DuplicateMatcher}'s
 * comparator. It only proposes: the caller confirms each person found against the records.
 * Thread-safe.
 */
public final class KnownPeople {

  /** How many known people, at most, a row's names are compared with. */
  public static final int CANDIDATES = 12;

  /** How many postings a query reads at most, its rarest keys first (its rarest key always). */
  public static final int BUDGET = 30_000;

  /** How many analysed names are kept for comparisons to come. */
  static final int ANALYSED = 200_000;

  private record Entry(
      PersonId id,
      List<String> names,
      @Nullable PartialDate birthDate,
      List<IdentityDocument> documents,
      int creator) {}

  /** A person found by a search: who, and the best comparison of their names with the query. */
  public record Found(PersonId person, Comparison comparison) {}

  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final Map<PersonId, Integer> slots = new HashMap<>();
  private final Map<String, Postings> nameKeys = new HashMap<>();
  private final Map<String, Postings> documentKeys = new HashMap<>();
  private final Map<String, Integer> agencies = new HashMap<>();
  private final BitSet disclosable = new BitSet();
  private @Nullable Entry[] entries = new Entry[1024];
  private int size;
  private int live;
  private final Cache<String, AnalysedName> analysed =
      CacheBuilder.newBuilder().maximumSize(ANALYSED).build();
  private final ConcurrentLinkedQueue<Scratch> scratches = new ConcurrentLinkedQueue<>();

  /** How many people are indexed. */
  public int size() {
    lock.readLock().lock();
    try {
      return live;
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * Adds a person, or replaces what is indexed of them: names as recorded (each a valid {@link
   * PersonName}, checked when it was written), with their blocking keys ({@code kind:key}, as
   * {@link org.mekong.core.names.BlockingKeys#of} gives them).
   */
  public void add(
      PersonId id,
      List<String> names,
      @Nullable PartialDate birthDate,
      List<IdentityDocument> documents,
      AgencyId creator,
      Set<String> keys) {
    lock.writeLock().lock();
    try {
      removeLocked(id);
      int slot = size++;
      if (slot == entries.length) {
        entries = Arrays.copyOf(entries, slot * 2);
      }
      int agency = agencies.computeIfAbsent(creator.value(), a -> agencies.size());
      entries[slot] = new Entry(id, List.copyOf(names), birthDate, List.copyOf(documents), agency);
      slots.put(id, slot);
      live++;
      keys.forEach(key -> nameKeys.computeIfAbsent(key, k -> new Postings()).add(slot));
      documents.forEach(d -> documentKeys.computeIfAbsent(key(d), k -> new Postings()).add(slot));
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Forgets a person (purged, or never committed). */
  public void remove(PersonId id) {
    lock.writeLock().lock();
    try {
      removeLocked(id);
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * Records that a consent or an override may let agencies other than the creator see the person;
   * once set it stays, since the records decide in the end.
   */
  public void disclosable(PersonId id) {
    lock.writeLock().lock();
    try {
      Integer slot = slots.get(id);
      if (slot != null) {
        disclosable.set(slot);
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * The known people a row probably duplicates, as {@link DuplicateMatcher} proposes them, among
   * those {@code viewer} may see: the same document, or names among the best candidates.
   */
  public List<DuplicateMatcher.Proposal> duplicates(
      List<PersonName> names,
      @Nullable PartialDate birthDate,
      List<IdentityDocument> documents,
      Set<String> keys,
      AgencyId viewer) {
    List<AnalysedName> rowNames = DuplicateMatcher.analysed(names);
    List<DuplicateMatcher.Proposal> proposals = new ArrayList<>();
    lock.readLock().lock();
    try {
      int agency = agencies.getOrDefault(viewer.value(), -1);
      BitSet done = new BitSet();
      for (IdentityDocument document : documents) {
        Postings postings = documentKeys.get(key(document));
        for (int i = 0; postings != null && i < postings.size; i++) {
          int slot = postings.slots[i];
          Entry entry = entries[slot];
          if (entry != null && visible(slot, entry, agency) && !done.get(slot)) {
            done.set(slot);
            propose(rowNames, birthDate, documents, entry, proposals);
          }
        }
      }
      for (int slot : candidates(keys, birthDate, agency, CANDIDATES)) {
        Entry entry = entries[slot];
        if (entry != null && !done.get(slot)) {
          done.set(slot);
          propose(rowNames, birthDate, documents, entry, proposals);
        }
      }
    } finally {
      lock.readLock().unlock();
    }
    return proposals;
  }

  /**
   * The people whose names match {@code name} (the comparator's {@link NameComparator#THRESHOLD})
   * and whose birth date may be {@code birthDate} when one is given, among those {@code viewer} may
   * see, best first, at most {@code limit}; {@code candidates} bounds the names compared.
   */
  public List<Found> search(
      PersonName name,
      @Nullable PartialDate birthDate,
      AgencyId viewer,
      int limit,
      int candidates) {
    AnalysedName query = NameComparator.analyse(Schema.PERSON, name.value());
    Set<String> keys = org.mekong.core.names.BlockingKeys.of(Schema.PERSON, name.value());
    List<Found> found = new ArrayList<>();
    lock.readLock().lock();
    try {
      int agency = agencies.getOrDefault(viewer.value(), -1);
      for (int slot : candidates(keys, birthDate, agency, candidates)) {
        Entry entry = entries[slot];
        if (entry == null) {
          continue;
        }
        Comparison best = null;
        for (String known : entry.names()) {
          Comparison c = NameComparator.compare(query, analysed(known));
          if (best == null || c.score() > best.score()) {
            best = c;
          }
        }
        if (best != null && best.match()) {
          found.add(new Found(entry.id(), best));
        }
      }
    } finally {
      lock.readLock().unlock();
    }
    found.sort((a, b) -> Double.compare(b.comparison().score(), a.comparison().score()));
    return List.copyOf(found.subList(0, Math.min(limit, found.size())));
  }

  private void propose(
      List<AnalysedName> rowNames,
      @Nullable PartialDate birthDate,
      List<IdentityDocument> documents,
      Entry entry,
      List<DuplicateMatcher.Proposal> out) {
    List<AnalysedName> known = new ArrayList<>(entry.names().size());
    entry.names().forEach(n -> known.add(analysed(n)));
    DuplicateMatcher.match(
            rowNames, birthDate, documents, entry.id(), known, entry.birthDate(), entry.documents())
        .ifPresent(out::add);
  }

  /** The best slots by summed key weight; the read lock is held. */
  private int[] candidates(
      Set<String> keys, @Nullable PartialDate birthDate, int agency, int limit) {
    List<Postings> lists = new ArrayList<>();
    for (String key : keys) {
      Postings postings = nameKeys.get(key);
      if (postings != null) {
        lists.add(postings);
      }
    }
    if (lists.isEmpty()) {
      return new int[0];
    }
    lists.sort((a, b) -> Integer.compare(a.size, b.size));
    Scratch polled = scratches.poll();
    Scratch s = polled == null ? new Scratch() : polled;
    s.ensure(size);
    int touched = 0;
    int read = 0;
    try {
      for (Postings postings : lists) {
        if (read > 0 && read + postings.size > BUDGET) {
          break;
        }
        read += postings.size;
        float weight = (float) Math.log1p((double) live / postings.size);
        for (int i = 0; i < postings.size; i++) {
          int slot = postings.slots[i];
          float w = s.weights[slot];
          if (w < 0) {
            continue; // ruled out already
          }
          if (w == 0) {
            Entry entry = entries[slot];
            if (entry == null
                || !visible(slot, entry, agency)
                || (birthDate != null
                    && entry.birthDate() != null
                    && !birthDate.compatibleWith(entry.birthDate()))) {
              s.weights[slot] = -1;
              s.touch(touched++, slot);
              continue;
            }
            s.touch(touched++, slot);
          }
          s.weights[slot] = w + weight;
        }
      }
      return best(s, touched, limit);
    } finally {
      for (int i = 0; i < touched; i++) {
        s.weights[s.touched[i]] = 0;
      }
      scratches.offer(s);
    }
  }

  /** The {@code limit} touched slots of highest positive weight, best first. */
  private static int[] best(Scratch s, int touched, int limit) {
    int[] heap = new int[limit]; // a min-heap of slots by weight
    int n = 0;
    for (int i = 0; i < touched; i++) {
      int slot = s.touched[i];
      float w = s.weights[slot];
      if (w <= 0) {
        continue;
      }
      if (n < limit) {
        heap[n] = slot;
        siftUp(heap, n++, s.weights);
      } else if (w > s.weights[heap[0]]) {
        heap[0] = slot;
        siftDown(heap, n, s.weights);
      }
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = heap[i];
    }
    Arrays.sort(order, (a, b) -> Float.compare(s.weights[b], s.weights[a]));
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = order[i];
    }
    return out;
  }

  private static void siftUp(int[] heap, int i, float[] w) {
    while (i > 0) {
      int parent = (i - 1) / 2;
      if (w[heap[parent]] <= w[heap[i]]) {
        return;
      }
      int t = heap[parent];
      heap[parent] = heap[i];
      heap[i] = t;
      i = parent;
    }
  }

  private static void siftDown(int[] heap, int n, float[] w) {
    int i = 0;
    while (true) {
      int l = 2 * i + 1;
      int r = l + 1;
      int m = i;
      if (l < n && w[heap[l]] < w[heap[m]]) {
        m = l;
      }
      if (r < n && w[heap[r]] < w[heap[m]]) {
        m = r;
      }
      if (m == i) {
        return;
      }
      int t = heap[m];
      heap[m] = heap[i];
      heap[i] = t;
      i = m;
    }
  }

  private boolean visible(int slot, Entry entry, int agency) {
    return entry.creator() == agency || disclosable.get(slot);
  }

  private void removeLocked(PersonId id) {
    Integer slot = slots.remove(id);
    if (slot != null) {
      entries[slot] = null; // its postings stay and are skipped
      disclosable.clear(slot);
      live--;
    }
  }

  private AnalysedName analysed(String name) {
    try {
      return analysed.get(name, () -> NameComparator.analyse(Schema.PERSON, name));
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  private static String key(IdentityDocument document) {
    return document.issuingState().code() + ":" + document.number();
  }

  /** A growing list of slots. */
  private static final class Postings {
    int[] slots = new int[2];
    int size;

    void add(int slot) {
      if (size == slots.length) {
        slots = Arrays.copyOf(slots, size * 2);
      }
      slots[size++] = slot;
    }
  }

  /**
   * Per query under way: a weight per slot (0 untouched, negative ruled out) and the slots touched.
   */
  private static final class Scratch {
    float[] weights = new float[0];
    int[] touched = new int[1024];

    void ensure(int slots) {
      if (weights.length < slots) {
        weights = new float[Math.max(slots, weights.length * 2)];
      }
    }

    void touch(int at, int slot) {
      if (at == touched.length) {
        touched = Arrays.copyOf(touched, at * 2);
      }
      touched[at] = slot;
    }
  }
}
