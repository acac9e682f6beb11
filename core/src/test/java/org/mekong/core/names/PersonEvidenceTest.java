package org.mekong.core.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Birth dates, nationality, sex and documents raise or lower the names' score of two persons. */
class PersonEvidenceTest {

  private static final IdentityDocument PASSPORT =
      new IdentityDocument(IdentityDocument.Type.PASSPORT, "CN", "E1234 5678");

  private static PersonEvidence born(String date) {
    return new PersonEvidence(BirthDate.parse(date), null, null, List.of());
  }

  private static PersonEvidence person(
      @Nullable String date, @Nullable String nationality, PersonEvidence.@Nullable Sex sex) {
    return new PersonEvidence(
        date == null ? null : BirthDate.parse(date), nationality, sex, List.of());
  }

  private static Comparison compare(String a, PersonEvidence x, String b, PersonEvidence y) {
    return NameComparator.compare(Schema.PERSON, a, x, b, y);
  }

  @Test
  void theSamePassportNumberOfTheSameStateIsCertainWhateverTheNames() {
    PersonEvidence x = new PersonEvidence(null, null, null, List.of(PASSPORT));
    PersonEvidence y =
        new PersonEvidence(
            null,
            null,
            null,
            List.of(new IdentityDocument(IdentityDocument.Type.PASSPORT, "CN", "e12345678")));
    Comparison c = compare("Wang Xiaohong", x, "Li Na", y);
    assertThat(c.score()).isEqualTo(1.0);
    assertThat(c.match()).isTrue();
    assertThat(c.explanation()).endsWith("passport CN E12345678 identical: same person");
  }

  @Test
  void anotherNumberOfTheSameStateAndTypeIsStrongEvidenceAgainst() {
    PersonEvidence x = new PersonEvidence(null, null, null, List.of(PASSPORT));
    PersonEvidence y =
        new PersonEvidence(
            null,
            null,
            null,
            List.of(new IdentityDocument(IdentityDocument.Type.PASSPORT, "CN", "E87654321")));
    Comparison c = compare("王小红", x, "Wang Xiaohong", y);
    assertThat(c.score()).isLessThanOrEqualTo(0.5);
    assertThat(c.match()).isFalse();
    assertThat(c.explanation()).contains("passport CN E12345678≠E87654321: evidence against");
  }

  @Test
  void documentsOfOtherStatesOrTypesSayNothing() {
    PersonEvidence x = new PersonEvidence(null, null, null, List.of(PASSPORT));
    PersonEvidence y =
        new PersonEvidence(
            null,
            null,
            null,
            List.of(new IdentityDocument(IdentityDocument.Type.NATIONAL_ID, "CN", "E87654321")));
    assertThat(compare("王小红", x, "Wang Xiaohong", y))
        .isEqualTo(NameComparator.compare(Schema.PERSON, "王小红", "Wang Xiaohong"));
  }

  @Test
  void theSameBirthDateRaisesAndAnotherYearLowers() {
    double names = NameComparator.compare(Schema.PERSON, "Wang Wei", "Wang Wei Ming").score();
    Comparison same = compare("Wang Wei", born("1980-05-04"), "Wang Wei Ming", born("1980-05-04"));
    Comparison swapped =
        compare("Wang Wei", born("1980-05-04"), "Wang Wei Ming", born("1980-04-05"));
    Comparison year = compare("Wang Wei", born("1980"), "Wang Wei Ming", born("1980-04-05"));
    Comparison otherDay =
        compare("Wang Wei", born("1980-05-04"), "Wang Wei Ming", born("1980-06-20"));
    Comparison otherYear = compare("Wang Wei", born("1980"), "Wang Wei Ming", born("1975"));
    assertThat(same.score()).isGreaterThan(swapped.score());
    assertThat(swapped.score()).isGreaterThan(year.score());
    assertThat(year.score()).isGreaterThan(names);
    assertThat(otherDay.score()).isLessThan(names);
    assertThat(otherYear.score()).isLessThan(otherDay.score());
    assertThat(swapped.explanation()).contains("day and month swapped");
    assertThat(otherYear.explanation()).contains("birth date 1980≠1975: evidence against");
  }

  @Test
  void anotherSexOrNationalityLowersTheSameNationalityRaises() {
    double names =
        NameComparator.compare(Schema.PERSON, "Somchai Jaidee", "Somchai Jaidee").score();
    assertThat(names).isEqualTo(1.0);
    Comparison sex =
        compare(
            "Somchai Jaidee",
            person(null, "TH", PersonEvidence.Sex.MALE),
            "Somchai Jaidee",
            person(null, "TH", PersonEvidence.Sex.FEMALE));
    assertThat(sex.match()).isFalse();
    assertThat(sex.explanation()).contains("sex male≠female: evidence against");
    Comparison nationality =
        compare("Wang Wei", person(null, "CN", null), "Wang Wei Ming", person(null, "TW", null));
    assertThat(nationality.score())
        .isLessThan(NameComparator.compare(Schema.PERSON, "Wang Wei", "Wang Wei Ming").score());
  }

  @Test
  void evidenceIsIgnoredForOrganisationsAndWhenOneSideHasNone() {
    PersonEvidence x = new PersonEvidence(null, null, null, List.of(PASSPORT));
    assertThat(NameComparator.compare(Schema.COMPANY, "Huione Group", x, "Prince Group", x).match())
        .isFalse();
    assertThat(compare("Li Na", born("1990"), "Li Na", PersonEvidence.NONE).explanation())
        .isEqualTo("li=li exact; na=na exact");
  }

  @Test
  void badEvidenceIsRefusedWithAMessage() {
    assertThatThrownBy(() -> BirthDate.parse("1980-02-30")).hasMessageContaining("not a date");
    assertThatThrownBy(() -> BirthDate.parse("80")).hasMessageContaining("YYYY");
    assertThatThrownBy(() -> person(null, "china", null)).hasMessageContaining("nationality");
    assertThatThrownBy(() -> new IdentityDocument(IdentityDocument.Type.PASSPORT, "CN", " - "))
        .hasMessageContaining("document number");
  }
}
