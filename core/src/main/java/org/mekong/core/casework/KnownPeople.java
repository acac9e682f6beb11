package org.mekong.core.casework;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.input.PartialDate;
import org.mekong.core.names.AnalysedName;
import org.mekong.core.names.BlockingKeys;
import org.mekong.core.names.Comparison;
import org.mekong.core.names.NameComparator;

/**
 * The people known to a node, in memory, for finding duplicates and searching by name: each
 * person's names (analysed once, when first compared), birth date and documents, who recorded them
 * and whether any consent lets others see them; postings of the names' {@link BlockingKeys} and of
 * the documents. A query compares the people of the same document and the {@link #CANDIDATES} that
 * {@link Candidates} picks with the {@link DuplicateMatcher}'s comparator, and keeps the best
 * {@link #PROPOSALS}. It only proposes: the caller confirms each person found against the records.
 * Thread-safe.
 */
public final class KnownPeople {

  /** How many proposals a row gets at most: the best by score, ties in the order found. */
  public static final int PROPOSALS = 5;

  /** How many known people, at most, a row's names are compared with. */
  public static final int CANDIDATES = 12;

  /**
   * How many postings a search by name reads at most, its rarest keys first (its rarest key
   * always): a search compares up to the {@code candidates} it is given, so reading more finds
   * more.
   */
  public static final int SEARCH_BUDGET = 30_000;

  /**
   * How many postings a row's duplicate check reads at most. Smaller than {@link #SEARCH_BUDGET}
   * because a row compares only {@link #CANDIDATES} people: the long postings of common keys (a
   * frequent family name, its sound) mostly add people who share many of them, and they crowd the
   * true duplicate, who shares the rarer keys, out of the best twelve. Measured at 1,000,000 known
   * people (docs/benchmarks.md): 30,000 postings found 80.7 % of the planted duplicates, 10,000
   * 86.4 %, 5,000 88.7 %, 3,000 88.5 %, 1,000 83.4 %.
   */
  public static final int DUPLICATE_BUDGET = 5_000;

  /** A person found by a search: who, and the best comparison of their names with the query. */
  public record Found(PersonId person, Comparison comparison) {}

  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final PeopleTable table = new PeopleTable();
  private final Candidates candidates = new Candidates();

  /** How many people are indexed. */
  public int size() {
    lock.readLock().lock();
    try {
      return table.live;
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * Adds a person, or replaces what is indexed of them: names as recorded (each a valid {@link
   * PersonName}, checked when it was written), with their blocking keys ({@code kind:key}, as
   * {@link BlockingKeys#of} gives them). The names are analysed when first compared.
   */
  public void add(
      PersonId id,
      List<String> names,
      @Nullable PartialDate birthDate,
      List<IdentityDocument> documents,
      AgencyId creator,
      Set<String> keys) {
    add(id, names, null, birthDate, documents, creator, keys);
  }

  /** {@link #add} of names analysed already (a person just written, a row of a list). */
  public void addAnalysed(
      PersonId id,
      List<PersonName> names,
      @Nullable PartialDate birthDate,
      List<IdentityDocument> documents,
      AgencyId creator,
      Set<String> keys) {
    add(
        id,
        names.stream().map(PersonName::value).toList(),
        names.stream().map(PersonName::analysed).toList(),
        birthDate,
        documents,
        creator,
        keys);
  }

  private void add(
      PersonId id,
      List<String> names,
      @Nullable List<AnalysedName> analysed,
      @Nullable PartialDate birthDate,
      List<IdentityDocument> documents,
      AgencyId creator,
      Set<String> keys) {
    lock.writeLock().lock();
    try {
      table.add(id, names, analysed, birthDate, documents, creator, keys);
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Forgets a person (purged, or never committed). */
  public void remove(PersonId id) {
    lock.writeLock().lock();
    try {
      table.remove(id);
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
      Integer slot = table.slots.get(id);
      if (slot != null) {
        table.disclosable.set(slot);
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * The known people a row probably duplicates, as {@link DuplicateMatcher} proposes them, among
   * those {@code viewer} may see: the same document, or names among the best candidates; the best
   * {@link #PROPOSALS}, best first.
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
    List<AnalysedName> rowNames = names.stream().map(PersonName::analysed).toList();
    List<DuplicateMatcher.Proposal> proposals = new ArrayList<>();
    lock.readLock().lock();
    try {
      int agency = table.agencies.getOrDefault(viewer.value(), -1);
      int[] done = new int[CANDIDATES];
      int compared = 0;
      for (IdentityDocument document : documents) {
        Slots.Postings postings = table.documentKeys.get(PeopleTable.key(document));
        for (int i = 0; postings != null && i < postings.size; i++) {
          int slot = postings.slots[i];
          KnownPerson known = table.people[slot];
          if (slot < first
              && known != null
              && table.visible(slot, agency)
              && !contains(done, compared, slot)) {
            done = add(done, compared++, slot);
            propose(rowNames, birthDate, documents, known, proposals);
          }
        }
      }
      for (int slot :
          candidates.best(table, keys, birthDate, agency, CANDIDATES, first, DUPLICATE_BUDGET)) {
        KnownPerson known = table.people[slot];
        if (known != null && !contains(done, compared, slot)) {
          done = add(done, compared++, slot);
          propose(rowNames, birthDate, documents, known, proposals);
        }
      }
    } finally {
      lock.readLock().unlock();
    }
    return best(proposals);
  }

  /** The best {@link #PROPOSALS} of a row's proposals by score, ties in the order given. */
  public static List<DuplicateMatcher.Proposal> best(List<DuplicateMatcher.Proposal> proposals) {
    return proposals.stream()
        .sorted(Comparator.comparingDouble(DuplicateMatcher.Proposal::score).reversed())
        .limit(PROPOSALS)
        .toList();
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
    AnalysedName query = name.analysed();
    Set<String> keys = BlockingKeys.of(query);
    List<Found> found = new ArrayList<>();
    lock.readLock().lock();
    try {
      int agency = table.agencies.getOrDefault(viewer.value(), -1);
      for (int slot :
          this.candidates.best(
              table, keys, birthDate, agency, candidates, Integer.MAX_VALUE, SEARCH_BUDGET)) {
        KnownPerson known = table.people[slot];
        if (known == null) {
          continue;
        }
        AnalysedName best = null;
        double score = -1;
        for (AnalysedName other : known.analysedNames()) {
          double s = NameComparator.score(query, other);
          if (s > score) {
            score = s;
            best = other;
          }
        }
        if (best != null && score >= NameComparator.THRESHOLD) {
          found.add(new Found(known.id(), NameComparator.compare(query, best)));
        }
      }
    } finally {
      lock.readLock().unlock();
    }
    found.sort((a, b) -> Double.compare(b.comparison().score(), a.comparison().score()));
    return List.copyOf(found.subList(0, Math.min(limit, found.size())));
  }

  private static void propose(
      List<AnalysedName> rowNames,
      @Nullable PartialDate birthDate,
      List<IdentityDocument> documents,
      KnownPerson known,
      List<DuplicateMatcher.Proposal> out) {
    DuplicateMatcher.match(
            rowNames,
            birthDate,
            documents,
            known.id(),
            known.analysedNames(),
            known.birthDate(),
            known.documents())
        .ifPresent(out::add);
  }

  private static boolean contains(int[] slots, int count, int slot) {
    for (int i = 0; i < count; i++) {
      if (slots[i] == slot) {
        return true;
      }
    }
    return false;
  }

  private static int[] add(int[] slots, int count, int slot) {
    int[] out = count == slots.length ? java.util.Arrays.copyOf(slots, count * 2) : slots;
    out[count] = slot;
    return out;
  }
}
