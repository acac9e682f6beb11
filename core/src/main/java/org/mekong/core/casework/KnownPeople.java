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

  /** Appended to a key for the postings of people born in a year, then the year. */
  private static final String YEAR = "\u0001";

  /** Appended to a key for the postings of people of unknown birth date. */
  private static final String YEAR_UNKNOWN = "\u0001?";

  /** How many analysed names are kept for comparisons to come. */
  static final int ANALYSED = 200_000;

  private record Entry(
      PersonId id,
      List<String> names,
      @Nullable PartialDate birthDate,
      List<IdentityDocument> documents) {}

  /** A person found by a search: who, and the best comparison of their names with the query. */
  public record Found(PersonId person, Comparison comparison) {}

  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final Map<PersonId, Integer> slots = new HashMap<>();
  private final Map<String, Slots.Postings> nameKeys = new HashMap<>();
  private final Map<String, Slots.Postings> documentKeys = new HashMap<>();
  private final Map<String, Integer> agencies = new HashMap<>();
  private final BitSet disclosable = new BitSet();
  private @Nullable Entry[] entries = new Entry[1024];

  /** Per slot: the birth date packed as {@code yyyymmdd} (0 for an unknown part or date). */
  private int[] births = new int[1024];

  /** Per slot: the creating agency's number, or -1 for a person removed. */
  private int[] creators = new int[1024];

  private int size;
  private int live;
  private static final Cache<String, AnalysedName> ANALYSED_NAMES =
      CacheBuilder.newBuilder().maximumSize(ANALYSED).build(); // shared: text decides alone
  private final ConcurrentLinkedQueue<Slots.Scratch> scratches = new ConcurrentLinkedQueue<>();

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
        births = Arrays.copyOf(births, slot * 2);
        creators = Arrays.copyOf(creators, slot * 2);
      }
      int agency = agencies.computeIfAbsent(creator.value(), a -> agencies.size());
      births[slot] = packed(birthDate);
      creators[slot] = agency;
      String year = birthDate == null ? YEAR_UNKNOWN : YEAR + birthDate.year();
      entries[slot] = new Entry(id, List.copyOf(names), birthDate, List.copyOf(documents));
      slots.put(id, slot);
      live++;
      for (String key : keys) {
        nameKeys.computeIfAbsent(key, k -> new Slots.Postings()).add(slot);
        nameKeys.computeIfAbsent(key + year, k -> new Slots.Postings()).add(slot);
      }
      documents.forEach(
          d -> documentKeys.computeIfAbsent(key(d), k -> new Slots.Postings()).add(slot));
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
    return duplicates(names, birthDate, documents, keys, viewer, Integer.MAX_VALUE);
  }

  /**
   * {@link #duplicates} among the first {@code first} people added to this index (of an index
   * nobody was removed from): a list's row among the rows before it, all rows added at once.
   */
  public List<DuplicateMatcher.Proposal> duplicates(
      List<PersonName> names,
      @Nullable PartialDate birthDate,
      List<IdentityDocument> documents,
      Set<String> keys,
      AgencyId viewer,
      int first) {
    List<AnalysedName> rowNames = new ArrayList<>(names.size());
    names.forEach(n -> rowNames.add(analysed(n.value())));
    List<DuplicateMatcher.Proposal> proposals = new ArrayList<>();
    lock.readLock().lock();
    try {
      int agency = agencies.getOrDefault(viewer.value(), -1);
      BitSet done = new BitSet();
      for (IdentityDocument document : documents) {
        Slots.Postings postings = documentKeys.get(key(document));
        for (int i = 0; postings != null && i < postings.size; i++) {
          int slot = postings.slots[i];
          Entry entry = entries[slot];
          if (slot < first && entry != null && visible(slot, agency) && !done.get(slot)) {
            done.set(slot);
            propose(rowNames, birthDate, documents, entry, proposals);
          }
        }
      }
      for (int slot : candidates(keys, birthDate, agency, CANDIDATES, first)) {
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
    AnalysedName query = analysed(name.value());
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

  /**
   * The best slots by summed key weight; the read lock is held. With a birth date, only the
   * postings of people born that year or of unknown birth are read; each key weighs by how rare it
   * is among all people.
   */
  private int[] candidates(
      Set<String> keys, @Nullable PartialDate birthDate, int agency, int limit) {
    return candidates(keys, birthDate, agency, limit, Integer.MAX_VALUE);
  }

  private int[] candidates(
      Set<String> keys, @Nullable PartialDate birthDate, int agency, int limit, int first) {
    List<Slots.Postings> lists = new ArrayList<>();
    List<Float> weights = new ArrayList<>();
    int born = packed(birthDate);
    for (String key : keys) {
      Slots.Postings all = nameKeys.get(key);
      if (all == null) {
        continue;
      }
      float weight = (float) Math.log1p((double) live / all.size);
      if (birthDate == null) {
        lists.add(all);
        weights.add(weight);
        continue;
      }
      for (String year : List.of(YEAR + birthDate.year(), YEAR_UNKNOWN)) {
        Slots.Postings postings = nameKeys.get(key + year);
        if (postings != null) {
          lists.add(postings);
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
    s.ensure(size);
    int touched = 0;
    int read = 0;
    try {
      for (int o : order) {
        Slots.Postings postings = lists.get(o);
        if (read > 0 && read + postings.size > BUDGET) {
          break;
        }
        read += postings.size;
        float weight = weights.get(o);
        for (int i = 0; i < postings.size; i++) {
          int slot = postings.slots[i];
          float w = s.weights[slot];
          if (w < 0) {
            continue; // ruled out already
          }
          if (w == 0) {
            int creator = creators[slot];
            if (creator < 0
                || slot >= first
                || (creator != agency && !disclosable.get(slot))
                || !compatible(born, births[slot])) {
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

  /** A birth date as {@code yyyymmdd}, unknown parts 0; 0 for none. */
  private static int packed(@Nullable PartialDate date) {
    return date == null ? 0 : date.year() * 10_000 + date.month() * 100 + date.day();
  }

  /** {@link PartialDate#compatibleWith} on packed dates; an unknown date is compatible. */
  private static boolean compatible(int a, int b) {
    if (a == 0 || b == 0) {
      return true;
    }
    int ma = a / 100 % 100;
    int mb = b / 100 % 100;
    int da = a % 100;
    int db = b % 100;
    return a / 10_000 == b / 10_000
        && (ma == 0 || mb == 0 || ma == mb)
        && (da == 0 || db == 0 || da == db);
  }

  private boolean visible(int slot, int agency) {
    return creators[slot] == agency || disclosable.get(slot);
  }

  private void removeLocked(PersonId id) {
    Integer slot = slots.remove(id);
    if (slot != null) {
      entries[slot] = null; // its postings stay and are skipped
      creators[slot] = -1;
      disclosable.clear(slot);
      live--;
    }
  }

  private AnalysedName analysed(String name) {
    try {
      return ANALYSED_NAMES.get(name, () -> NameComparator.analyse(Schema.PERSON, name));
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  private static String key(IdentityDocument document) {
    return document.issuingState().code() + ":" + document.number();
  }
}
