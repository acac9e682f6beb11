package org.mekong.core.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mekong.core.sharing.SharingWorld.POLICY;
import static org.mekong.core.sharing.SharingWorld.TH_CCIB;
import static org.mekong.core.sharing.SharingWorld.VIEWERS;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mekong.core.agency.Agency;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.category.Category;
import org.mekong.core.marking.Evaluation;
import org.mekong.core.marking.Handling;
import org.mekong.core.marking.HandlingCode;
import org.mekong.core.marking.Marking;
import org.mekong.core.marking.Tlp;

/**
 * Combining two markings never lets anyone see more: whoever may see an object under the combined
 * marking may see it under each input marking (same originator and categories). Seeded, the seed is
 * in every failure message.
 */
class MergedAudiencePropertyTest {

  private static final int RUNS = 3_000;

  @Test
  void whoeverSeesTheCombinedObjectSeesEachInput() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    for (int run = 0; run < RUNS; run++) {
      Set<Category> categories = randomCategories(random);
      Marking a = randomMarking(random);
      Marking b = randomMarking(random);
      Marking merged = Marking.strictest(a, b).markingFor(Set.of(TH_CCIB.id()));
      String context = "seed " + seed + ", run " + run + ": " + a + " + " + b + " on " + categories;

      for (Agency viewer : VIEWERS) {
        boolean seesMerged =
            POLICY.access(viewer, new SharedObject(TH_CCIB.id(), merged, categories)).isGranted();
        if (seesMerged) {
          assertThat(
                  POLICY.access(viewer, new SharedObject(TH_CCIB.id(), a, categories)).isGranted())
              .as(context + ": " + viewer.id() + " sees the combination but not " + a)
              .isTrue();
          assertThat(
                  POLICY.access(viewer, new SharedObject(TH_CCIB.id(), b, categories)).isGranted())
              .as(context + ": " + viewer.id() + " sees the combination but not " + b)
              .isTrue();
        }
        boolean withheldFromMerged =
            POLICY.withholdOriginator(viewer, new SharedObject(TH_CCIB.id(), merged, categories));
        if (!withheldFromMerged) {
          assertThat(
                  POLICY.withholdOriginator(viewer, new SharedObject(TH_CCIB.id(), a, categories)))
              .as(context + ": originator disclosed to " + viewer.id() + " only after combining")
              .isFalse();
          assertThat(
                  POLICY.withholdOriginator(viewer, new SharedObject(TH_CCIB.id(), b, categories)))
              .as(context + ": originator disclosed to " + viewer.id() + " only after combining")
              .isFalse();
        }
      }
    }
  }

  private static Set<Category> randomCategories(Random random) {
    Set<Category> categories = EnumSet.noneOf(Category.class);
    int count = random.nextInt(3);
    for (int i = 0; i < count; i++) {
      categories.add(Category.values()[random.nextInt(Category.values().length)]);
    }
    return categories;
  }

  private static Marking randomMarking(Random random) {
    Tlp tlp = Tlp.values()[random.nextInt(Tlp.values().length)];
    Set<AgencyId> recipients = new HashSet<>();
    if (tlp.isAtLeastAsStrictAs(Tlp.AMBER)) {
      for (Agency agency : VIEWERS) {
        if (random.nextInt(4) == 0) {
          recipients.add(agency.id());
        }
      }
      if (tlp == Tlp.RED && recipients.isEmpty()) {
        recipients.add(VIEWERS.get(random.nextInt(VIEWERS.size())).id());
      }
    }
    List<HandlingCode> codes = new ArrayList<>();
    if (random.nextBoolean()) {
      codes.add(HandlingCode.NO_ONWARD_SHARING);
    }
    return new Marking(tlp, new Handling(codes), Evaluation.UNJUDGED, recipients);
  }
}
