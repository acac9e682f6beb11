package org.mekong.core.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.input.PartialDate;
import org.mekong.core.names.BlockingKeys;
import org.mekong.core.names.Schema;
import org.mekong.core.synthetic.SyntheticNames;

class KnownPeopleTest {

  private static final AgencyId MINE = new AgencyId("th-immigration");
  private static final AgencyId OTHER = new AgencyId("mm-police");

  private record Known(PersonId id, List<String> names, @Nullable PartialDate born) {}

  private static Set<String> keys(List<String> names) {
    Set<String> keys = new java.util.TreeSet<>();
    names.forEach(n -> keys.addAll(BlockingKeys.of(Schema.PERSON, n)));
    return keys;
  }

  private static List<PersonName> names(List<String> names) {
    return names.stream().map(PersonName::new).toList();
  }

  /**
   * The long postings of common keys are not read for a row: twelve people who share six common
   * keys with a row (and not its name) would outweigh the one who shares its rare key and is the
   * duplicate, and fill the twelve comparisons if all postings were read.
   */
  @Test
  void aRowsDuplicateIsNotCrowdedOutByPeopleWhoShareOnlyItsCommonKeys() {
    KnownPeople index = new KnownPeople();
    List<String> common = List.of("t:c1", "t:c2", "t:c3", "t:c4", "t:c5", "t:c6");
    for (String key : common) {
      for (int i = 0; i < 2_000; i++) {
        index.add(PersonId.random(), List.of("Anan Wongsa"), null, List.of(), MINE, Set.of(key));
      }
    }
    for (int i = 0; i < KnownPeople.CANDIDATES; i++) {
      index.add(
          PersonId.random(), List.of("Krit Boonmee"), null, List.of(), MINE, Set.copyOf(common));
    }
    PersonId duplicate = PersonId.random();
    index.add(duplicate, List.of("Somchai Jaidee"), null, List.of(), MINE, Set.of("t:rare"));
    Set<String> rowKeys = new java.util.TreeSet<>(common);
    rowKeys.add("t:rare");

    List<DuplicateMatcher.Proposal> proposals =
        index.duplicates(names(List.of("Somchai Jaidee")), null, List.of(), rowKeys, MINE);

    assertThat(proposals).extracting(DuplicateMatcher.Proposal::person).containsExactly(duplicate);
  }

  @Test
  void findsWhatTheLinearScanWithTheSameComparatorProposesForPlantedDuplicates() {
    long seed = new SplittableRandom().nextLong();
    SplittableRandom random = new SplittableRandom(seed);
    KnownPeople index = new KnownPeople();
    List<Known> known = new ArrayList<>();
    for (int i = 0; known.size() < 3_000; i++) {
      SyntheticNames.Entity entity = SyntheticNames.entity(seed, i);
      if (entity.schema() != Schema.PERSON) {
        continue;
      }
      PartialDate born = new PartialDate(1960 + random.nextInt(45), 1 + random.nextInt(12), 1);
      Known k = new Known(PersonId.random(), entity.names(), born);
      known.add(k);
      index.add(k.id(), k.names(), born, List.of(), MINE, keys(k.names()));
    }
    int found = 0;
    int proposedByScan = 0;
    for (int q = 0; q < 60; q++) {
      Known planted = known.get(random.nextInt(known.size()));
      List<PersonName> row =
          names(List.of(SyntheticNames.variant(planted.names().getFirst(), random)));
      List<DuplicateMatcher.Proposal> byIndex =
          index.duplicates(row, planted.born(), List.of(), keys(namesOf(row)), MINE);
      boolean scan = false;
      for (Known k : known) {
        if (k.id().equals(planted.id())) {
          Person person =
              new Person(
                  k.id(),
                  names(k.names()),
                  k.born(),
                  Sex.UNKNOWN,
                  List.of(),
                  List.of(),
                  List.of(),
                  null,
                  Set.of(),
                  Exploitation.NONE);
          scan = DuplicateMatcher.match(row, planted.born(), List.of(), person).isPresent();
        }
      }
      if (scan) {
        proposedByScan++;
        if (byIndex.stream().anyMatch(p -> p.person().equals(planted.id()))) {
          found++;
        }
      }
      assertThat(byIndex)
          .as("seed %d: every proposal of the index is one of the comparator's", seed)
          .allMatch(p -> p.score() >= DuplicateMatcher.PROPOSE);
    }
    assertThat(found)
        .as("seed %d: planted duplicates the scan proposes and the index finds", seed)
        .isGreaterThanOrEqualTo(proposedByScan * 9 / 10);
  }

  private static List<String> namesOf(List<PersonName> names) {
    return names.stream().map(PersonName::value).toList();
  }

  @Test
  void birthDatesDocumentsVisibilityAndRemovalDecide() {
    KnownPeople index = new KnownPeople();
    PersonId wang = PersonId.random();
    PersonId other = PersonId.random();
    IdentityDocument passport =
        new IdentityDocument(DocumentType.PASSPORT, "E1234567", new Nationality("CHN"), null);
    List<String> names = List.of("Wang Xiaohong", "王小红");
    index.add(
        wang, names, PartialDate.parse("b", "1998-05-02"), List.of(passport), MINE, keys(names));
    index.add(other, names, PartialDate.parse("b", "1998-05-02"), List.of(), OTHER, keys(names));
    List<PersonName> row = names(List.of("Wang Xiaohong"));

    assertThat(index.duplicates(row, PartialDate.parse("b", "1998"), List.of(), keys(names), MINE))
        .extracting(DuplicateMatcher.Proposal::person)
        .containsExactly(wang);
    assertThat(index.duplicates(row, PartialDate.parse("b", "1970"), List.of(), keys(names), MINE))
        .as("birth dates that differ are never proposed")
        .isEmpty();
    assertThat(
            index.duplicates(
                names(List.of("Somchai Jaidee")), null, List.of(passport), Set.of(), MINE))
        .extracting(DuplicateMatcher.Proposal::score)
        .containsExactly(1.0);

    index.disclosable(other);
    assertThat(index.duplicates(row, null, List.of(), keys(names), MINE)).hasSize(2);
    assertThat(index.search(new PersonName("王小红"), null, MINE, 10, 100)).hasSize(2);
    assertThat(index.search(new PersonName("王小红"), PartialDate.parse("b", "2001"), MINE, 10, 100))
        .isEmpty();

    index.remove(wang);
    assertThat(index.size()).isEqualTo(1);
    assertThat(index.duplicates(row, null, List.of(passport), keys(names), MINE))
        .extracting(DuplicateMatcher.Proposal::person)
        .containsExactly(other);
  }
}
