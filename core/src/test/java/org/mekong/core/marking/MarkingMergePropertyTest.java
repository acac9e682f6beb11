package org.mekong.core.marking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mekong.core.agency.AgencyId;

/** Markings never loosen when combined; seeded, the seed is in every failure message. */
class MarkingMergePropertyTest {

  private static final int RUNS = 2_000;
  private static final List<AgencyId> AGENCIES =
      List.of(
          new AgencyId("cn-mps"),
          new AgencyId("th-ccib"),
          new AgencyId("th-amlo"),
          new AgencyId("mm-police"));
  private static final List<HandlingCode> CODES =
      List.of(
          HandlingCode.NO_RESTRICTION,
          HandlingCode.NO_JUDICIAL_USE,
          HandlingCode.NO_ONWARD_SHARING,
          new HandlingCode.H3("only for the task force"),
          new HandlingCode.H3("not before the raid"));

  @Test
  void mergeIsAtLeastAsStrictAsEachInput() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    for (int run = 0; run < RUNS; run++) {
      Marking a = randomMarking(random);
      Marking b = randomMarking(random);
      String context = "seed " + seed + ", run " + run + ": " + a + " + " + b;

      Merged merged = Marking.strictest(a, b);

      assertThat(merged.tlp().isAtLeastAsStrictAs(a.tlp())).as(context).isTrue();
      assertThat(merged.tlp().isAtLeastAsStrictAs(b.tlp())).as(context).isTrue();
      assertThat(merged.handling().isAtLeastAsStrictAs(a.handling())).as(context).isTrue();
      assertThat(merged.handling().isAtLeastAsStrictAs(b.handling())).as(context).isTrue();
      assertThat(merged.evaluation().isNoBetterThan(a.evaluation())).as(context).isTrue();
      assertThat(merged.evaluation().isNoBetterThan(b.evaluation())).as(context).isTrue();
      switch (merged) {
        case Merged.Marked marked -> {
          assertThat(marked.marking().isAtLeastAsStrictAs(a)).as(context).isTrue();
          assertThat(marked.marking().isAtLeastAsStrictAs(b)).as(context).isTrue();
        }
        case Merged.OriginatorsOnly ignored -> {
          assertThat(a.tlp() == Tlp.RED || b.tlp() == Tlp.RED).as(context).isTrue();
          Set<AgencyId> common = new HashSet<>(a.recipients());
          common.retainAll(b.recipients());
          assertThat(common).as(context).isEmpty();
        }
      }
    }
  }

  @Test
  void mergeIsCommutativeAndAssociative() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    for (int run = 0; run < RUNS; run++) {
      Marking a = randomMarking(random);
      Marking b = randomMarking(random);
      Marking c = randomMarking(random);
      String context = "seed " + seed + ", run " + run + ": " + a + ", " + b + ", " + c;

      assertThat(Marking.strictest(a, b)).as(context).isEqualTo(Marking.strictest(b, a));
      Merged left = Marking.strictest(a, b).and(c);
      Merged right = Marking.strictest(b, c).and(a);
      assertThat(left).as(context).isEqualTo(right);
      assertThat(left.tlp()).as(context).isEqualTo(Marking.strictest(List.of(c, b, a)).tlp());
      assertThat(left.handling())
          .as(context)
          .isEqualTo(a.handling().combine(b.handling().combine(c.handling())));
    }
  }

  @Test
  void mergingAMarkingWithItselfChangesNothing() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    for (int run = 0; run < RUNS; run++) {
      Marking a = randomMarking(random);
      assertThat(Marking.strictest(a, a))
          .as("seed " + seed + ", run " + run + ": " + a)
          .isEqualTo(new Merged.Marked(a));
    }
  }

  private static Marking randomMarking(Random random) {
    Tlp tlp = Tlp.values()[random.nextInt(Tlp.values().length)];
    List<HandlingCode> codes = new ArrayList<>();
    for (HandlingCode code : CODES) {
      if (random.nextInt(3) == 0) {
        codes.add(code);
      }
    }
    Evaluation evaluation =
        new Evaluation(
            SourceReliability.values()[random.nextInt(SourceReliability.values().length)],
            InformationAccuracy.values()[random.nextInt(InformationAccuracy.values().length)]);
    Set<AgencyId> recipients = new HashSet<>();
    if (tlp.isAtLeastAsStrictAs(Tlp.AMBER)) {
      for (AgencyId agency : AGENCIES) {
        if (random.nextBoolean()) {
          recipients.add(agency);
        }
      }
      if (tlp == Tlp.RED && recipients.isEmpty()) {
        recipients.add(AGENCIES.get(random.nextInt(AGENCIES.size())));
      }
    }
    return new Marking(tlp, new Handling(codes), evaluation, recipients);
  }
}
