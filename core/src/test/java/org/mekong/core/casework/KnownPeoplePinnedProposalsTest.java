package org.mekong.core.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.input.PartialDate;
import org.mekong.core.names.BlockingKeys;
import org.mekong.core.names.Schema;
import org.mekong.core.synthetic.SyntheticNames;

/**
 * Pins the proposals of a seeded list matched row by row against seeded known people (names in
 * their scripts, partial birth dates, passports, two agencies, some people disclosable): any change
 * of the index or the comparator that changes a proposal, its score or its explanation fails here.
 */
class KnownPeoplePinnedProposalsTest {

  private static final long SEED = 52L;
  private static final AgencyId MINE = new AgencyId("th-immigration");
  private static final AgencyId OTHER = new AgencyId("mm-police");

  /** The digest of every row's proposals (best {@link KnownPeople#PROPOSALS} of each). */
  private static final String PINNED =
      "7a40e0bae142e84e5b2e7e01674faacfd7e374477ad5e77ee76ad7b1a7b2b8fb";

  private record Someone(
      List<String> names, @Nullable PartialDate born, List<IdentityDocument> documents) {}

  private static Set<String> keys(List<String> names) {
    Set<String> keys = new TreeSet<>();
    names.forEach(n -> keys.addAll(BlockingKeys.of(Schema.PERSON, n)));
    return keys;
  }

  private static @Nullable PartialDate born(SplittableRandom random) {
    int kind = random.nextInt(10);
    int year = 1960 + random.nextInt(45);
    return kind < 7
        ? new PartialDate(year, 1 + random.nextInt(12), 1 + random.nextInt(28))
        : kind < 9 ? new PartialDate(year, 0, 0) : null;
  }

  private static List<Someone> known(int count) {
    SplittableRandom random = new SplittableRandom(SEED);
    List<Someone> known = new ArrayList<>();
    for (int i = 0; known.size() < count; i++) {
      SyntheticNames.Entity entity = SyntheticNames.entity(SEED, i);
      if (entity.schema() != Schema.PERSON) {
        continue;
      }
      List<IdentityDocument> documents =
          random.nextBoolean()
              ? List.of(
                  new IdentityDocument(
                      DocumentType.PASSPORT,
                      String.format(Locale.ROOT, "K%08d", known.size()),
                      new Nationality("CHN"),
                      null))
              : List.of();
      known.add(new Someone(entity.names(), born(random), documents));
    }
    return known;
  }

  /**
   * Each row's proposals as text (the best {@link KnownPeople#PROPOSALS} by score, ties in the
   * order found), then {@code r count n} with the number the index returned; the rows matched and
   * added one by one as an import does.
   */
  private static List<String> proposals(int knownCount, int rows) {
    List<Someone> known = known(knownCount);
    KnownPeople index = new KnownPeople();
    for (int i = 0; i < known.size(); i++) {
      Someone s = known.get(i);
      PersonId id = new PersonId(new UUID(SEED, i));
      index.add(id, s.names(), s.born(), s.documents(), i % 5 == 0 ? OTHER : MINE, keys(s.names()));
      if (i % 10 == 0) {
        index.disclosable(id);
      }
    }
    SplittableRandom random = new SplittableRandom(SEED + 1);
    List<String> out = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      Someone row;
      if (random.nextInt(10) < 4) {
        Someone original = known.get(random.nextInt(known.size()));
        List<String> names = new ArrayList<>();
        names.add(SyntheticNames.variant(original.names().getFirst(), random));
        if (original.names().size() > 1 && random.nextBoolean()) {
          names.add(original.names().get(1));
        }
        row =
            new Someone(
                names, original.born(), random.nextInt(3) == 0 ? original.documents() : List.of());
      } else {
        SyntheticNames.Entity entity;
        int n = 0;
        do {
          entity = SyntheticNames.entity(SEED + 2, r * 7 + n++);
        } while (entity.schema() != Schema.PERSON);
        row = new Someone(entity.names(), born(random), List.of());
      }
      List<PersonName> names = row.names().stream().map(PersonName::new).toList();
      List<DuplicateMatcher.Proposal> found =
          index.duplicates(names, row.born(), row.documents(), keys(row.names()), MINE);
      List<DuplicateMatcher.Proposal> best =
          found.stream()
              .sorted(Comparator.comparingDouble(DuplicateMatcher.Proposal::score).reversed())
              .limit(KnownPeople.PROPOSALS)
              .toList();
      for (DuplicateMatcher.Proposal p : best) {
        out.add(
            String.format(Locale.ROOT, "%d %s %.3f %s", r, p.person(), p.score(), p.explanation()));
      }
      out.add(r + " count " + found.size());
      index.add(
          new PersonId(new UUID(SEED + 1, r)),
          row.names(),
          row.born(),
          row.documents(),
          MINE,
          keys(row.names()));
    }
    return out;
  }

  /** The digest of the proposals, the counts the index returned left out. */
  private static String digest(List<String> lines) throws NoSuchAlgorithmException {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    lines.stream()
        .filter(l -> !l.contains(" count "))
        .forEach(l -> sha.update((l + "\n").getBytes(StandardCharsets.UTF_8)));
    return HexFormat.of().formatHex(sha.digest());
  }

  @Test
  void theProposalsOfASeededListStayTheSame() throws NoSuchAlgorithmException {
    List<String> lines = proposals(4_000, 400);
    assertThat(digest(lines))
        .as("proposals of the list of seed %d (%d lines)", SEED, lines.size())
        .isEqualTo(PINNED);
  }

  @Test
  void aRowGetsOnlyTheBestProposalsBestFirst() {
    KnownPeople index = new KnownPeople();
    List<String> spellings =
        List.of(
            "Wang Wei", "Wang Wei", "Wei Wang", "Wang Wéi", "Wang Wei", "Wang Weii", "Wang Wei");
    for (int i = 0; i < spellings.size(); i++) {
      List<String> names = List.of(spellings.get(i));
      index.add(new PersonId(new UUID(SEED, i)), names, null, List.of(), MINE, keys(names));
    }
    List<DuplicateMatcher.Proposal> found =
        index.duplicates(
            List.of(new PersonName("Wang Wei")),
            new PartialDate(1990, 0, 0),
            List.of(),
            keys(List.of("Wang Wei")),
            MINE);
    assertThat(found).hasSize(KnownPeople.PROPOSALS);
    assertThat(found)
        .isSortedAccordingTo(
            Comparator.comparingDouble(DuplicateMatcher.Proposal::score).reversed());
    assertThat(found.getFirst().score()).isEqualTo(1.0);
  }
}
