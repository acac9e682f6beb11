package org.mekong.core.names.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mekong.core.names.NameComparator;
import org.mekong.core.names.Schema;
import org.mekong.core.synthetic.SyntheticNames;

class NameIndexTest {

  private static final long SEED = 20261206L;

  private static List<NameEntry> world(long seed, int entities) {
    List<NameEntry> entries = new ArrayList<>();
    for (int e = 0; e < entities; e++) {
      SyntheticNames.Entity entity = SyntheticNames.entity(seed, e);
      for (String name : entity.names()) {
        entries.add(new NameEntry(e, entity.schema(), name));
      }
    }
    return entries;
  }

  @Test
  void theIndexFindsWhatTheLinearScanMatches() {
    List<NameEntry> entries = world(SEED, 2_000);
    NameIndex index = NameIndex.of(entries);
    SplittableRandom random = new SplittableRandom(SEED);
    int expected = 0;
    int found = 0;
    List<String> missed = new ArrayList<>();
    for (int q = 0; q < 40; q++) {
      NameEntry target = entries.get(random.nextInt(entries.size()));
      String query = q % 3 == 0 ? target.name() : SyntheticNames.variant(target.name(), random);
      List<Candidate> linear = index.scan(target.schema(), query, 10, e -> true);
      List<Candidate> searched = index.search(target.schema(), query, 10, e -> true);
      for (int rank = 0; rank < linear.size(); rank++) {
        if (!linear.get(rank).comparison().match()) {
          break;
        }
        expected++;
        if (rank < searched.size() && searched.get(rank).score() >= linear.get(rank).score()) {
          found++;
        } else {
          missed.add(query + " #" + rank + " " + linear.get(rank).name());
        }
      }
    }
    double recall = (double) found / expected;
    assertThat(expected).as("seed %d: matches the scan found", SEED).isGreaterThan(60);
    assertThat(recall).as("seed %d: recall; missed %s", SEED, missed).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void theIndexScoresEachCandidateExactlyAsThePlainComparatorDoes() {
    List<NameEntry> entries = world(SEED + 7, 1_000);
    NameIndex index = NameIndex.of(entries);
    SplittableRandom random = new SplittableRandom(SEED + 7);
    int checked = 0;
    for (int q = 0; q < 30; q++) {
      NameEntry target = entries.get(random.nextInt(entries.size()));
      String query = q % 3 == 0 ? target.name() : SyntheticNames.variant(target.name(), random);
      for (Candidate c : index.search(target.schema(), query, 20, e -> true)) {
        assertThat(c.comparison())
            .as("seed %d: %s against %s", SEED + 7, query, c.name())
            .isEqualTo(NameComparator.compare(target.schema(), query, c.name()));
        checked++;
      }
      // the same pairs both ways round the cache, and a schema of the same kind
      for (int i = 0; i < 10; i++) {
        NameEntry other = entries.get(random.nextInt(entries.size()));
        Schema schema = target.schema();
        if (!NameIndex.comparable(schema, other.schema())
            || NameComparator.rejection(schema, other.name()).isPresent()) {
          continue;
        }
        assertThat(
                NameComparator.compare(
                    NameComparator.analyse(schema, query),
                    Analyses.of(schema, other.name()).orElseThrow()))
            .as("seed %d: %s against %s", SEED + 7, query, other.name())
            .isEqualTo(NameComparator.compare(schema, query, other.name()));
        checked++;
      }
    }
    assertThat(checked).as("seed %d: comparisons checked", SEED + 7).isGreaterThan(100);
  }

  @Test
  void aNameInAnotherScriptFindsItsEntity() {
    NameIndex index = NameIndex.of(world(SEED, 500));
    NameIndex withShe =
        index.changed(
            List.of(
                new NameEntry(9_000, Schema.PERSON, "She Zhijiang"),
                new NameEntry(9_000, Schema.PERSON, "Tang Zhijiang")),
            List.of());
    List<Candidate> found = withShe.search(Schema.PERSON, "佘智江", 5, e -> true);
    assertThat(found).isNotEmpty();
    assertThat(found.getFirst().entity()).isEqualTo(9_000);
    assertThat(found.getFirst().comparison().match()).isTrue();
    assertThat(found.getFirst().comparison().explanation()).contains("佘→she");
  }

  @Test
  void aChangeReplacesTheEntitysNamesAndARemovalHidesThem() {
    NameIndex index =
        NameIndex.of(
            List.of(
                new NameEntry(1, Schema.PERSON, "Saw Chit Thu"),
                new NameEntry(2, Schema.PERSON, "Saw Htoo Eh Moo")));
    NameIndex renamed =
        index.changed(List.of(new NameEntry(1, Schema.PERSON, "Chit Thu Aung")), List.of(2));
    assertThat(renamed.search(Schema.PERSON, "Saw Chit Thu", 5, e -> true))
        .extracting(Candidate::name)
        .containsExactly("Chit Thu Aung");
    assertThat(renamed.search(Schema.PERSON, "Htoo Eh Moo", 5, e -> true)).isEmpty();
    assertThat(renamed.names()).isEqualTo(1);
    assertThat(renamed.compacted().segments()).isEqualTo(1);
    assertThat(renamed.compacted().search(Schema.PERSON, "Chit Thu", 5, e -> true))
        .extracting(Candidate::entity)
        .containsExactly(1);
    // the index it was made from is unchanged
    assertThat(index.search(Schema.PERSON, "Saw Htoo Eh Moo", 5, e -> true))
        .extracting(Candidate::entity)
        .startsWith(2);
  }

  @Test
  void aSmallIndexChangedTwiceStillOffersNamesThatShareOnlyCommonKeys() {
    NameIndex index =
        NameIndex.of(List.of())
            .changed(
                List.of(
                    new NameEntry(1, Schema.PERSON, "Saw Chit Thu"),
                    new NameEntry(2, Schema.PERSON, "Saw Chit Chit")),
                List.of())
            .changed(List.of(new NameEntry(3, Schema.PERSON, "Saw Chit Thu")), List.of());
    assertThat(index.search(Schema.PERSON, "Saw Chit Thu", 10, e -> true))
        .extracting(Candidate::entity)
        .containsExactly(1, 3, 2);
  }

  @Test
  void searchesRunOnTheirIndexWhileChangesMakeNewOnes() throws Exception {
    java.util.concurrent.atomic.AtomicReference<NameIndex> current =
        new java.util.concurrent.atomic.AtomicReference<>(NameIndex.of(world(SEED, 300)));
    List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    Thread writer =
        Thread.ofPlatform()
            .start(
                () -> {
                  for (int round = 0; round < 12; round++) {
                    String name = round % 2 == 0 ? "She Zhijiang" : "Chen Zhi";
                    NameIndex next =
                        current
                            .get()
                            .changed(List.of(new NameEntry(9_000, Schema.PERSON, name)), List.of());
                    current.set(next.segments() > 4 ? next.compacted() : next);
                  }
                });
    Thread reader =
        Thread.ofPlatform()
            .start(
                () -> {
                  while (writer.isAlive()) {
                    NameIndex index = current.get();
                    List<Candidate> found =
                        index.search(Schema.PERSON, "She Zhijiang", 3, e -> true);
                    List<Candidate> again =
                        index.search(Schema.PERSON, "She Zhijiang", 3, e -> true);
                    if (!found.equals(again)) {
                      failures.add(found + " then " + again);
                    }
                  }
                });
    writer.join();
    reader.join();
    assertThat(failures).isEmpty();
    assertThat(current.get().search(Schema.PERSON, "Chen Zhi", 3, e -> true))
        .extracting(Candidate::entity)
        .contains(9_000);
  }

  @Test
  void onlyVisibleEntitiesOfTheSchemasKindAreCandidates() {
    NameIndex index =
        NameIndex.of(
            List.of(
                new NameEntry(1, Schema.PERSON, "Chen Zhi"),
                new NameEntry(2, Schema.COMPANY, "Chen Zhi Holdings Ltd"),
                new NameEntry(3, Schema.PERSON, "Chen Zhi")));
    assertThat(index.search(Schema.PERSON, "Chen Zhi", 5, e -> e != 3))
        .extracting(Candidate::entity)
        .containsExactly(1);
    assertThat(index.search(Schema.ORGANIZATION, "Chen Zhi Holdings", 5, e -> true))
        .extracting(Candidate::entity)
        .containsExactly(2);
  }

  @Test
  void aQueryTheComparatorRefusesIsRefused() {
    NameIndex index = NameIndex.of(List.of(new NameEntry(1, Schema.PERSON, "Chen Zhi")));
    for (String bad : List.of("", "Mr.", "x".repeat(10_000), "Chen\u0007Zhi")) {
      assertThat(NameComparator.rejection(Schema.PERSON, bad)).isPresent();
      assertThatThrownBy(() -> index.search(Schema.PERSON, bad, 5, e -> true))
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(NameIndex.empty().search(Schema.PERSON, "Chen Zhi", 5, e -> true)).isEmpty();
  }

  @Test
  void memoryPerNameStaysSmall() {
    List<NameEntry> entries = world(SEED, 5_000);
    NameIndex index = NameIndex.of(entries);
    assertThat(index.bytes() / entries.size()).as("bytes per name").isLessThan(300);
    assertThat(Set.copyOf(index.search(Schema.PERSON, "Wang Wei", 3, e -> true))).hasSize(3);
  }
}
