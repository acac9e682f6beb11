package org.mekong.core.border.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;
import org.mekong.core.legal.TravelDocument;
import org.mekong.core.names.Comparison;
import org.mekong.core.names.Schema;
import org.mekong.core.names.index.Candidate;
import org.mekong.core.names.index.NameEntry;
import org.mekong.core.names.index.NameIndex;

/**
 * Listed persons indexed for traveller checks: their names in a {@link NameIndex} (blocking keys,
 * the comparator's analyses cached) and their documents by state and number. A check reads the
 * traveller's document, then ranks by the comparator only the names that share distinctive blocking
 * keys with the traveller's and whose person's birth date does not contradict the traveller's, and
 * decides each with {@link TravellerMatcher}. {@link #scan} decides every listed person the same
 * way without the index: the baseline. Immutable and thread-safe.
 */
public final class TravellerIndex {

  /** The most persons a name search ranks for one check. */
  public static final int NAME_CANDIDATES = 20;

  /**
   * The most names the comparator ranks for one check, the best by blocking keys among those whose
   * person's birth date fits: fewer than a name search's {@link NameIndex#CANDIDATES}, since the
   * birth date has already set most namesakes aside (see docs/benchmarks.md).
   */
  public static final int RANKED = 50;

  private final List<ListedProfile> profiles;
  private final NameIndex names;
  private final Map<TravelDocument, int[]> documents;

  private TravellerIndex(
      List<ListedProfile> profiles, NameIndex names, Map<TravelDocument, int[]> documents) {
    this.profiles = profiles;
    this.names = names;
    this.documents = documents;
  }

  /** An index of these persons, each numbered by its position in the list. */
  public static TravellerIndex of(List<ListedProfile> profiles) {
    List<ListedProfile> copy = List.copyOf(profiles);
    List<NameEntry> entries = new ArrayList<>(copy.size() * 2);
    Map<TravelDocument, int[]> documents = new HashMap<>();
    for (int number = 0; number < copy.size(); number++) {
      ListedProfile profile = copy.get(number);
      for (String name : profile.names()) {
        entries.add(new NameEntry(number, Schema.PERSON, name));
      }
      for (TravelDocument document : profile.documents()) {
        documents.merge(document, new int[] {number}, TravellerIndex::concat);
      }
    }
    return new TravellerIndex(copy, NameIndex.of(entries), Map.copyOf(documents));
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
   * first: every holder of the traveller's document, and the best {@link #NAME_CANDIDATES} by name.
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
    for (IndexedMatch m : byName(traveller, names, profiles::get, visible, NAME_CANDIDATES)) {
      found.putIfAbsent(m.number(), m);
    }
    return ranked(found.values());
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
    for (Candidate c :
        names.scan(Schema.PERSON, traveller.fullName(), profiles.size(), candidate)) {
      byName.put(c.entity(), c.comparison());
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
