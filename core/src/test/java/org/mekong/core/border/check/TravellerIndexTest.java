package org.mekong.core.border.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mekong.core.input.PartialDate;
import org.mekong.core.legal.TravelDocument;
import org.mekong.core.synthetic.SyntheticNames;
import org.mekong.core.synthetic.SyntheticTravellers;

/** The traveller index answers as a linear scan with the same comparator does. */
class TravellerIndexTest {

  private static final long SEED = 20_261_206L;
  private static final int LISTED = 1_500;

  private static final TravellerIndex INDEX = index();

  private static TravellerIndex index() {
    List<ListedProfile> profiles = new ArrayList<>();
    for (int i = 0; i < LISTED; i++) {
      profiles.add(SyntheticTravellers.profile(SEED, i));
    }
    return TravellerIndex.of(profiles);
  }

  private static Traveller travellerLike(ListedProfile listed, SplittableRandom random) {
    String name = listed.names().get(random.nextInt(listed.names().size()));
    if (random.nextBoolean()) {
      name = SyntheticNames.variant(name, random);
    }
    PartialDate born = listed.birthDates().isEmpty() ? null : listed.birthDates().getFirst();
    return new Traveller(name, "", born, listed.nationalities().getFirst(), null);
  }

  @Test
  void theIndexFindsTheListedPersonAndNothingTheScanDoesNot() {
    SplittableRandom random = new SplittableRandom(SEED);
    int found = 0;
    for (int q = 0; q < 30; q++) {
      int target = random.nextInt(LISTED);
      Traveller traveller = travellerLike(INDEX.profile(target), random);
      List<Integer> indexed =
          INDEX.match(traveller, n -> true).stream().map(m -> m.number()).toList();
      List<Integer> scanned =
          INDEX.scan(traveller, n -> true).stream().map(m -> m.number()).toList();
      assertThat(scanned).as("seed %d, query %d: %s", SEED, q, traveller).containsAll(indexed);
      if (indexed.contains(target)) {
        found++;
      }
      assertThat(scanned)
          .as("seed %d, query %d: the scan finds the person written another way", SEED, q)
          .contains(target);
    }
    assertThat(found)
        .as("seed %d: the index finds the person it was asked for", SEED)
        .isGreaterThan(26);
  }

  @Test
  void aDocumentIsFoundWhateverTheNameAndVisibilityIsRespected() {
    int holder = -1;
    for (int i = 0; i < LISTED && holder < 0; i++) {
      if (!INDEX.profile(i).documents().isEmpty()) {
        holder = i;
      }
    }
    TravelDocument document = INDEX.profile(holder).documents().getFirst();
    Traveller traveller =
        new Traveller("Zzyzx", "Quentin", null, document.issuingState(), document);
    int expected = holder;
    assertThat(INDEX.match(traveller, n -> true))
        .first()
        .satisfies(
            m -> {
              assertThat(m.number()).isEqualTo(expected);
              assertThat(m.match().strength()).isEqualTo(Strength.CERTAIN);
            });
    assertThat(INDEX.match(traveller, n -> n != expected)).noneMatch(m -> m.number() == expected);
  }

  @Test
  void aListedPersonWithAnotherBirthDateIsNeitherFoundNorScanned() {
    ListedProfile listed = INDEX.profile(0);
    PartialDate other =
        listed.birthDates().isEmpty()
            ? null
            : new PartialDate(listed.birthDates().getFirst().year() - 3, 1, 1);
    Traveller traveller = new Traveller(listed.names().getFirst(), "", other, null, null);
    if (other != null) {
      assertThat(INDEX.match(traveller, n -> true)).noneMatch(m -> m.number() == 0);
      assertThat(INDEX.scan(traveller, n -> true)).noneMatch(m -> m.number() == 0);
    }
  }

  @Test
  void aListedPersonIsFoundAmongManyNamesakesWithoutABirthDate() {
    List<ListedProfile> profiles = new ArrayList<>();
    profiles.add(
        new ListedProfile(
            List.of("Wang Wei"),
            List.of(PartialDate.parse("birthDate", "1980-03-04")),
            List.of("CHN"),
            List.of()));
    for (int i = 0; i < 300; i++) {
      profiles.add(new ListedProfile(List.of("Wang Wei"), List.of(), List.of("CHN"), List.of()));
    }
    TravellerIndex index = TravellerIndex.of(profiles);
    Traveller traveller =
        new Traveller("Wang", "Wei", PartialDate.parse("birthDate", "1980-03-04"), "CHN", null);
    List<IndexedMatch> found = index.match(traveller, n -> true);
    assertThat(found).first().satisfies(m -> assertThat(m.number()).isZero());
    assertThat(found.getFirst().match().strength()).isEqualTo(Strength.STRONG);
    assertThat(found)
        .as(
            "the undated namesakes are possible, the best %d of them",
            TravellerIndex.NAME_CANDIDATES)
        .hasSize(1 + TravellerIndex.NAME_CANDIDATES);
  }

  @Test
  void aPersonListedWithTwoBirthDatesIsFoundFromEitherAndATravellerWithoutOneFindsBoth() {
    ListedProfile twice =
        new ListedProfile(
            List.of("Saw Chit Thu"),
            List.of(
                PartialDate.parse("birthDate", "1973-04-21"),
                PartialDate.parse("birthDate", "1975")),
            List.of("MMR"),
            List.of());
    ListedProfile other =
        new ListedProfile(
            List.of("Saw Chit Thu"),
            List.of(PartialDate.parse("birthDate", "1990-01-01")),
            List.of("MMR"),
            List.of());
    TravellerIndex index = TravellerIndex.of(List.of(twice, other));
    for (String born : List.of("1973-04-21", "1975-06-30")) {
      Traveller traveller =
          new Traveller("Thu", "Saw Chit", PartialDate.parse("birthDate", born), null, null);
      assertThat(index.match(traveller, n -> true))
          .as(born)
          .extracting(IndexedMatch::number)
          .containsExactly(0);
    }
    assertThat(index.match(new Traveller("Thu", "Saw Chit", null, null, null), n -> true))
        .extracting(IndexedMatch::number)
        .containsExactlyInAnyOrder(0, 1);
  }
}
