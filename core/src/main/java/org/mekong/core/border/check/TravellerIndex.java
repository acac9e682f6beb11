package org.mekong.core.border.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;
import org.mekong.core.input.PartialDate;
import org.mekong.core.legal.TravelDocument;
import org.mekong.core.names.Comparison;
import org.mekong.core.names.Schema;
import org.mekong.core.names.index.Candidate;
import org.mekong.core.names.index.NameEntry;
import org.mekong.core.names.index.NameIndex;

/**
 * Listed persons indexed for traveller checks: their documents by state and number, and their names
 * in {@link NameIndex}es (blocking keys, the comparator's analyses cached), one per birth year and
 * one for persons whose birth date is unknown. A check reads the traveller's document, then
 * searches only the index of the traveller's birth year and the one of undated persons (a person
 * born another year is no match), ranking by the comparator only the names that share the most
 * distinctive blocking keys with the traveller's and whose person's birth date fits; each is
 * decided with {@link TravellerMatcher}. A traveller whose birth date is unknown is searched in
 * every index. {@link #scan} decides every listed person the same way without blocking keys: the
 * baseline. Immutable and thread-safe.
 */
public final class TravellerIndex {

  /** The most persons a name search decides for one check, in each index it searches. */
  public static final int NAME_CANDIDATES = 20;

  /**
   * The most names the comparator ranks for one check in each index it searches, the best by
   * blocking keys among those whose person's birth date fits (see docs/benchmarks.md).
   */
  public static final int RANKED = 50;

  private final List<ListedProfile> profiles;
  private final Map<Integer, NameIndex> byYear;
  private final NameIndex undated;
  private final Map<TravelDocument, int[]> documents;

  private TravellerIndex(
      List<ListedProfile> profiles,
      Map<Integer, NameIndex> byYear,
      NameIndex undated,
      Map<TravelDocument, int[]> documents) {
    this.profiles = profiles;
    this.byYear = byYear;
    this.undated = undated;
    this.documents = documents;
  }

  /** An index of these persons, each numbered by its position in the list. */
  public static TravellerIndex of(List<ListedProfile> profiles) {
    List<ListedProfile> copy = List.copyOf(profiles);
    Map<Integer, List<NameEntry>> dated = new HashMap<>();
    List<NameEntry> undated = new ArrayList<>();
    Map<TravelDocument, int[]> documents = new HashMap<>();
    for (int number = 0; number < copy.size(); number++) {
      ListedProfile profile = copy.get(number);
      Set<Integer> years = new TreeSet<>();
      profile.birthDates().forEach(d -> years.add(d.year()));
      for (String name : profile.names()) {
        NameEntry entry = new NameEntry(number, Schema.PERSON, name);
        if (years.isEmpty()) {
          undated.add(entry);
        }
        for (int year : years) {
          dated.computeIfAbsent(year, y -> new ArrayList<>()).add(entry);
        }
      }
      for (TravelDocument document : profile.documents()) {
        documents.merge(document, new int[] {number}, TravellerIndex::concat);
      }
    }
    Map<Integer, NameIndex> byYear = new HashMap<>();
    dated.forEach((year, entries) -> byYear.put(year, NameIndex.of(entries)));
    return new TravellerIndex(
        copy, Map.copyOf(byYear), NameIndex.of(undated), Map.copyOf(documents));
  }

  /** How many persons are listed. */
  public int size() {
    return profiles.size();
  }

  /** The person numbered {@code number}. */
  public ListedProfile profile(int number) {
    return profiles.get(number);
  }

  /**
   * The listed persons {@code traveller} matches among those {@code visible} accepts, the surest
   * first: every holder of the traveller's document, and by name the best {@link #NAME_CANDIDATES}
   * of each index searched.
   */
  public List<IndexedMatch> match(Traveller traveller, IntPredicate visible) {
    Map<Integer, IndexedMatch> found = new LinkedHashMap<>();
    TravelDocument held = traveller.document();
    if (held != null) {
      for (int number : documents.getOrDefault(held, new int[0])) {
        if (visible.test(number)) {
          TravellerMatcher.match(traveller, profiles.get(number), null)
              .ifPresent(m -> found.put(number, new IndexedMatch(number, m)));
        }
      }
    }
    for (NameIndex names : searched(traveller)) {
      for (IndexedMatch m : byName(traveller, names, profiles::get, visible, NAME_CANDIDATES)) {
        found.putIfAbsent(m.number(), m);
      }
    }
    return ranked(found.values());
  }

  /** The indexes a traveller's name is searched in. */
  private List<NameIndex> searched(Traveller traveller) {
    PartialDate born = traveller.birthDate();
    if (born == null) {
      List<NameIndex> all = new ArrayList<>(byYear.values());
      all.add(undated);
      return all;
    }
    NameIndex year = byYear.get(born.year());
    return year == null ? List.of(undated) : List.of(year, undated);
  }

  /**
   * The listed persons a traveller's name matches in a name index whose entity numbers {@code
   * profiles} resolves, among those {@code visible} accepts, at most {@code limit}: the names
   * sharing distinctive blocking keys with the traveller's, of persons whose birth date does not
   * contradict theirs, ranked by the comparator and decided by {@link TravellerMatcher}.
   */
  public static List<IndexedMatch> byName(
      Traveller traveller,
      NameIndex names,
      IntFunction<@Nullable ListedProfile> profiles,
      IntPredicate visible,
      int limit) {
    IntPredicate candidate =
        number -> {
          ListedProfile profile = profiles.apply(number);
          return profile != null
              && profile.bornCompatibly(traveller.birthDate())
              && visible.test(number);
        };
    List<IndexedMatch> found = new ArrayList<>();
    for (Candidate c :
        names.search(Schema.PERSON, traveller.fullName(), limit, RANKED, candidate)) {
      ListedProfile profile = profiles.apply(c.entity());
      if (profile != null && c.comparison().match()) {
        TravellerMatcher.match(traveller, profile, c.comparison())
            .ifPresent(m -> found.add(new IndexedMatch(c.entity(), m)));
      }
    }
    return found;
  }

  /**
   * What {@link #match} approximates: every listed person that {@code visible} accepts decided by
   * {@link TravellerMatcher} with the same comparator, no index (analyses of listed names come from
   * the same cache).
   */
  public List<IndexedMatch> scan(Traveller traveller, IntPredicate visible) {
    Map<Integer, Comparison> byName = new HashMap<>();
    IntPredicate candidate =
        number ->
            profiles.get(number).bornCompatibly(traveller.birthDate()) && visible.test(number);
    List<NameIndex> all = new ArrayList<>(byYear.values());
    all.add(undated);
    for (NameIndex names : all) {
      for (Candidate c :
          names.scan(Schema.PERSON, traveller.fullName(), profiles.size(), candidate)) {
        byName.merge(c.entity(), c.comparison(), (a, b) -> a.score() >= b.score() ? a : b);
      }
    }
    List<IndexedMatch> found = new ArrayList<>();
    for (int number = 0; number < profiles.size(); number++) {
      if (!visible.test(number)) {
        continue;
      }
      ListedProfile profile = profiles.get(number);
      Comparison name = byName.get(number);
      TravelDocument held = traveller.document();
      boolean document = held != null && profile.holds(held);
      if (name == null && !document) {
        continue;
      }
      Optional<PersonMatch> match = TravellerMatcher.match(traveller, profile, name);
      int n = number;
      match.ifPresent(m -> found.add(new IndexedMatch(n, m)));
    }
    return ranked(found);
  }

  /** The surest first, then by name score, then by number. */
  public static List<IndexedMatch> ranked(java.util.Collection<IndexedMatch> matches) {
    List<IndexedMatch> sorted = new ArrayList<>(matches);
    sorted.sort(
        Comparator.comparing((IndexedMatch m) -> m.match().strength())
            .thenComparing(m -> -m.match().nameScore())
            .thenComparingInt(IndexedMatch::number));
    return sorted;
  }

  private static int[] concat(int[] a, int[] b) {
    int[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
