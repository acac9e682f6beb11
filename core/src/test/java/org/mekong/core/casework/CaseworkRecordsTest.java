package org.mekong.core.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.input.PartialDate;

/** Determinations, manifest entries, list reading, duplicate proposals and suppressed counts. */
class CaseworkRecordsTest {

  private static final PersonId PERSON = PersonId.random();
  private static final Instant AT = Instant.parse("2025-10-20T08:00:00Z");

  private static Determination determination(
      Verdict verdict, @Nullable UUID supersedes, Instant at) {
    return new Determination(
        UUID.randomUUID(),
        PERSON,
        verdict,
        new AgencyId("cn-mps"),
        "Inspector Li",
        at,
        "interview",
        supersedes);
  }

  @Test
  void aDeterminationSupersedesOnlyTheOneInForceAndNeverReplacesIt() {
    DeterminationHistory empty = new DeterminationHistory(List.of());
    Determination first = determination(Verdict.UNDETERMINED, null, AT);
    assertThat(empty.refusal(first)).isNull();
    assertThat(empty.refusal(determination(Verdict.VICTIM, first.id(), AT)))
        .contains("no determination to supersede");
    DeterminationHistory one = new DeterminationHistory(List.of(first));
    Determination second = determination(Verdict.VICTIM, first.id(), AT.plusSeconds(60));
    assertThat(one.refusal(determination(Verdict.VICTIM, null, AT)))
        .contains("must name it in 'supersedes'");
    assertThat(one.refusal(second)).isNull();
    DeterminationHistory two = new DeterminationHistory(List.of(first, second));
    assertThat(two.current()).contains(second);
    assertThat(two.determinations()).containsExactly(first, second);
    assertThat(two.refusal(determination(Verdict.OFFENDER, first.id(), AT.plusSeconds(120))))
        .contains("only the one in force can be superseded");
  }

  @Test
  void aPersonHandedOverCannotBeHandedOverAgainThroughAManifest() {
    assertThat(EntryStatus.PENDING.refusal(EntryStatus.ACCEPTED)).isNull();
    assertThat(EntryStatus.ACCEPTED.refusal(EntryStatus.HANDED_OVER)).isNull();
    assertThat(EntryStatus.PENDING.refusal(EntryStatus.HANDED_OVER))
        .contains("pending cannot become handed-over");
    for (EntryStatus to : EntryStatus.values()) {
      assertThat(EntryStatus.HANDED_OVER.refusal(to))
          .isEqualTo("the person was already handed over");
    }
    assertThat(EntryStatus.REFUSED.recordedBy()).isEqualTo(EntryStatus.Side.RECEIVING);
  }

  @Test
  void aListWithMalformedRowsIsReadRowByRowWithLineNumbers() {
    String csv =
        """
        names,birth_date,sex,nationalities,document_type,document_number,document_state
        王小红|Wang Xiaohong,1998-05,female,CHN,passport,E1234567,CHN
        Somchai Jaidee,2001-02-30,male,THA,,,
        "Nguyen, Van An",1990,male,VNM|KHM,,,
        Kyaw Kyaw,1990,male,ZZZ,,,
        Bad Row,1990
        Min Thu,,,MMR,passport,MA123,
        """;
    ListReader.Reading reading = ListReader.read(csv, LocalDate.of(2026, 1, 1));
    assertThat(reading.rows()).extracting(ListRow::line).containsExactly(2L, 4L);
    assertThat(reading.rows().get(0).names()).hasSize(2);
    assertThat(reading.rows().get(1).nationalities())
        .extracting(Nationality::code)
        .containsExactly("VNM", "KHM");
    assertThat(reading.errors())
        .extracting(ListReader.RowError::line, ListReader.RowError::field)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3L, "birth_date"),
            org.assertj.core.groups.Tuple.tuple(5L, "nationalities"),
            org.assertj.core.groups.Tuple.tuple(6L, "row"),
            org.assertj.core.groups.Tuple.tuple(7L, "document_state"));
    assertThatThrownBy(() -> ListReader.read("name,dob\nx,1990\n", LocalDate.of(2026, 1, 1)))
        .hasMessageContaining("unknown column 'name'");
  }

  @Test
  void aKnownPersonIsProposedByTheSameDocumentOrBySimilarNamesAndAgreeingBirthDates() {
    Person known =
        new Person(
            PersonId.random(),
            List.of(new PersonName("王小红")),
            new PartialDate(1998, 5, 12),
            Sex.FEMALE,
            List.of(new Nationality("CHN")),
            List.of(
                new IdentityDocument(
                    DocumentType.PASSPORT, "E1234567", new Nationality("CHN"), null)),
            List.of(),
            null,
            Set.of(),
            Exploitation.NONE);
    assertThat(
            DuplicateMatcher.match(
                List.of(new PersonName("Wang Xiaohong")),
                new PartialDate(1998, 0, 0),
                List.of(),
                known))
        .hasValueSatisfying(p -> assertThat(p.explanation()).contains("birth dates agree"));
    assertThat(
            DuplicateMatcher.match(
                List.of(new PersonName("Wang Xiaohong")),
                new PartialDate(1975, 0, 0),
                List.of(),
                known))
        .isEmpty();
    assertThat(
            DuplicateMatcher.match(
                List.of(new PersonName("Someone Else")),
                null,
                List.of(
                    new IdentityDocument(
                        DocumentType.PASSPORT, "E1234567", new Nationality("CHN"), null)),
                known))
        .hasValueSatisfying(p -> assertThat(p.score()).isEqualTo(1.0));
  }

  @Test
  void everyCellUnderElevenIsSuppressed() {
    assertThat(SuppressedCounts.of(Map.of("CHN", 11L, "VNM", 10L, "LAO", 1L)))
        .containsExactly(
            new SuppressedCounts.Cell("CHN", 11L),
            new SuppressedCounts.Cell("LAO", null),
            new SuppressedCounts.Cell("VNM", null));
  }
}
