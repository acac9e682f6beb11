package org.mekong.core.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.Character.UnicodeScript;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mekong.core.casework.Codes;
import org.mekong.core.casework.ControlMethod;
import org.mekong.core.casework.ExploitationType;
import org.mekong.core.casework.IdentityDocument;
import org.mekong.core.casework.Language;
import org.mekong.core.casework.Nationality;
import org.mekong.core.casework.Need;
import org.mekong.core.casework.PersonId;
import org.mekong.core.casework.PersonName;
import org.mekong.core.casework.RecruitmentChannel;
import org.mekong.core.casework.Verdict;
import org.mekong.core.input.PartialDate;
import org.mekong.core.synthetic.RescuedPerson.ConsentAnswer;

class SyntheticRescueTest {

  private static final long SEED = 20261128L;
  private static final LocalDate RESCUE = LocalDate.parse("2025-02-12");

  @Test
  void theSameSeedGivesTheSamePeopleAndAnotherSeedOthers() {
    assertThat(SyntheticRescue.people(SEED)).isEqualTo(SyntheticRescue.people(SEED));
    assertThat(SyntheticRescue.people(SEED + 1)).isNotEqualTo(SyntheticRescue.people(SEED));
  }

  @Test
  void twoHundredSixtyOnePeopleOfTheDocumentedMix() {
    for (long seed : new long[] {SEED, 1, 7, 42}) {
      var people = SyntheticRescue.people(seed);
      assertThat(people).as("seed %d", seed).hasSize(SyntheticRescue.SIZE);
      Map<String, Integer> counts = new TreeMap<>();
      people.forEach(p -> counts.merge(p.nationality().code(), 1, Integer::sum));
      assertThat(counts)
          .as("seed %d", seed)
          .isEqualTo(new TreeMap<>(SyntheticRescue.NATIONALITIES));
      assertThat(SyntheticRescue.NATIONALITIES.values().stream().mapToInt(i -> i).sum())
          .isEqualTo(261);
      assertThat(people.stream().map(RescuedPerson::number))
          .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 261).boxed().toList());
    }
  }

  @Test
  void everyRecordPassesTheCaseworkApisRules() {
    for (long seed : new long[] {SEED, 3, 99}) {
      for (RescuedPerson person : SyntheticRescue.people(seed)) {
        String at = "seed " + seed + " person " + person.number();
        person.names().forEach(n -> assertThat(PersonName.parse("names", n.value())).isEqualTo(n));
        if (person.birthDate() != null) {
          assertThat(PartialDate.parseBirthDate("birthDate", person.birthDate().toString(), RESCUE))
              .as(at)
              .isEqualTo(person.birthDate());
        }
        assertThat(Nationality.parse("nationalities[0]", person.nationality().code()))
            .isEqualTo(person.nationality());
        for (IdentityDocument document : person.documents()) {
          assertThat(IdentityDocument.number("documents[0].number", document.number()))
              .as(at)
              .isEqualTo(document.number());
          assertThat(document.issuingState()).isEqualTo(person.nationality());
          assertThat(document.expiry()).as(at).isAfter(RESCUE);
        }
        person
            .languages()
            .forEach(l -> assertThat(Language.parse("languages", l.code())).isEqualTo(l));
        assertThat(person.exploitation().types())
            .containsExactly(ExploitationType.FORCED_CRIMINAL_ACTIVITY);
        assertThat(person.exploitation().recruitmentChannels()).as(at).hasSize(1);
        assertThat(person.exploitation().controlMethods()).contains(ControlMethod.CONFINEMENT);
        assertThat(person.documents().isEmpty())
            .as(at)
            .isEqualTo(
                person.exploitation().controlMethods().contains(ControlMethod.WITHHELD_DOCUMENTS))
            .isEqualTo(person.needs().contains(Need.NO_TRAVEL_DOCUMENT));
        assertThat(person.compound()).isIn(SyntheticRescue.KK_PARK, SyntheticRescue.SHWE_KOKKO);
        assertThat(person.toPerson(PersonId.random()).names()).isEqualTo(person.names());
        assertThat(Codes.of(person.sex())).isIn("male", "female");
      }
    }
  }

  @Test
  void namesAreInTheirOwnScriptsWithALatinForm() {
    var people = SyntheticRescue.people(SEED);
    assertThat(scriptsOf(people, "CHN")).containsExactly(UnicodeScript.HAN);
    assertThat(scriptsOf(people, "THA")).containsExactly(UnicodeScript.THAI);
    assertThat(scriptsOf(people, "ETH")).containsExactly(UnicodeScript.ETHIOPIC);
    assertThat(scriptsOf(people, "IND")).containsExactly(UnicodeScript.DEVANAGARI);
    for (RescuedPerson person : people) {
      assertThat(person.latinName().codePoints().filter(Character::isLetter))
          .as(person.toString())
          .allMatch(c -> UnicodeScript.of(c) == UnicodeScript.LATIN);
    }
    assertThat(people.stream().filter(p -> p.nationality().code().equals("VNM")))
        .allMatch(
            p -> p.names().size() == 2 && !p.names().get(0).value().chars().allMatch(c -> c < 0x80))
        .allMatch(p -> p.names().get(1).value().chars().allMatch(c -> c < 0x80));
  }

  @Test
  void someBirthDatesArePartialSomeDocumentsWithheldAndEveryChannelIsUsed() {
    var people = SyntheticRescue.people(SEED);
    assertThat(people).anyMatch(p -> p.birthDate() != null && !p.birthDate().complete());
    assertThat(
            people.stream().filter(p -> p.birthDate() != null && p.birthDate().complete()).count())
        .isGreaterThan(200);
    long withheld = people.stream().filter(p -> p.documents().isEmpty()).count();
    assertThat(withheld).isBetween(20L, 80L);
    assertThat(
            people.stream()
                .flatMap(p -> p.exploitation().recruitmentChannels().stream())
                .collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(
            RecruitmentChannel.TELEGRAM,
            RecruitmentChannel.WECHAT,
            RecruitmentChannel.LINE,
            RecruitmentChannel.FACEBOOK);
  }

  @Test
  void theStorysTurnsFallOnTheRightPeople() {
    for (long seed : new long[] {SEED, 5, 11}) {
      var people = SyntheticRescue.people(seed);
      Predicate<RescuedPerson> chinese = p -> p.nationality().code().equals("CHN");
      assertThat(count(people, p -> p.consent() == ConsentAnswer.REFUSED)).isEqualTo(4);
      assertThat(count(people, p -> p.consent() == ConsentAnswer.REFUSED && chinese.test(p)))
          .isEqualTo(2);
      assertThat(count(people, p -> p.consent() == ConsentAnswer.OVERRIDE)).isEqualTo(2);
      assertThat(people)
          .filteredOn(p -> p.consent() == ConsentAnswer.OVERRIDE)
          .allMatch(p -> p.needs().contains(Need.MEDICAL_CARE));
      assertThat(count(people, RescuedPerson::identityMismatch)).isEqualTo(5);
      assertThat(count(people, p -> p.identityMismatch() && chinese.test(p))).isEqualTo(2);
      assertThat(people)
          .filteredOn(RescuedPerson::identityMismatch)
          .allMatch(p -> !p.documents().isEmpty() && p.consent() == ConsentAnswer.GIVEN);
      assertThat(count(people, p -> p.verdict() == Verdict.OFFENDER)).isEqualTo(2);
      assertThat(count(people, p -> p.verdict() == Verdict.UNDETERMINED)).isEqualTo(8);
      assertThat(people)
          .filteredOn(p -> p.verdict() != Verdict.VICTIM)
          .allMatch(p -> p.consent() == ConsentAnswer.GIVEN && !p.identityMismatch());
      assertThat(count(people, RescuedPerson::reportedMissing)).isBetween(15L, 70L);
    }
  }

  private static long count(java.util.List<RescuedPerson> people, Predicate<RescuedPerson> test) {
    return people.stream().filter(test).count();
  }

  private static java.util.Set<UnicodeScript> scriptsOf(
      java.util.List<RescuedPerson> people, String state) {
    return people.stream()
        .filter(p -> p.nationality().code().equals(state))
        .peek(p -> assertThat(p.names()).hasSize(2))
        .map(p -> UnicodeScript.of(p.names().getFirst().value().codePointAt(0)))
        .collect(Collectors.toSet());
  }
}
