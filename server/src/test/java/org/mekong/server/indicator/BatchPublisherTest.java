package org.mekong.server.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.category.Category;
import org.mekong.core.indicator.ExternalReference;
import org.mekong.core.indicator.IndicatorDraft;
import org.mekong.core.indicator.IndicatorId;
import org.mekong.core.marking.Evaluation;
import org.mekong.core.marking.Handling;
import org.mekong.core.marking.HandlingCode;
import org.mekong.core.marking.Marking;
import org.mekong.core.marking.Tlp;
import org.mekong.core.selector.Parsed;
import org.mekong.core.selector.SelectorType;
import org.mekong.core.selector.Selectors;
import org.mekong.server.support.TestNodes;

/** The set-based batch path gives exactly the outcomes of publishing one draft at a time. */
class BatchPublisherTest {

  private final org.mekong.server.MekongNode node = TestNodes.shared().node();
  private final BatchPublisher batch = node.bean(BatchPublisher.class);
  private final IndicatorStore store = node.bean(IndicatorStore.class);
  private final AgencyId amlo = new AgencyId("th-amlo");

  private static IndicatorDraft draft(
      String domain,
      int confidence,
      Tlp tlp,
      @org.jspecify.annotations.Nullable String description) {
    var selector = ((Parsed.Valid) Selectors.parse(domain, SelectorType.DOMAIN, null)).selector();
    Marking marking =
        tlp == Tlp.RED
            ? new Marking(
                tlp,
                Handling.of(
                    HandlingCode.NO_ONWARD_SHARING, new HandlingCode.H3("not for the press")),
                Evaluation.UNJUDGED,
                Set.of(new AgencyId("th-ccib")))
            : Marking.of(tlp);
    return new IndicatorDraft(
        selector,
        Set.of(Category.GAMBLING),
        confidence,
        marking,
        null,
        null,
        description,
        List.of(new ExternalReference("case", null, "TH-2026-" + confidence)));
  }

  @Test
  void outcomesMatchOneByOnePublishing() {
    long seed = System.nanoTime();
    SplittableRandom random = new SplittableRandom(seed);
    String run = Long.toString(seed, 36);
    List<IndicatorDraft> first = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      first.add(
          draft(
              "bet" + i + "-" + run + ".asia",
              50 + random.nextInt(40),
              Tlp.values()[random.nextInt(5)],
              "batch " + i));
    }
    BatchPublisher.Result created = batch.publish(amlo, first);
    assertThat(created.created()).as("seed %d", seed).isEqualTo(300);

    BatchPublisher.Result again = batch.publish(amlo, first);
    assertThat(again.unchanged()).as("re-publishing changes nothing, seed %d", seed).isEqualTo(300);
    assertThat(again.created() + again.updated()).isZero();

    List<IndicatorDraft> changed = new ArrayList<>(first);
    changed.set(7, draft("bet7-" + run + ".asia", 99, Tlp.GREEN, "raised"));
    BatchPublisher.Result oneChange = batch.publish(amlo, changed);
    assertThat(oneChange.updated()).isEqualTo(1);
    assertThat(oneChange.unchanged()).isEqualTo(299);

    IndicatorId id = node.bean(NodeSecret.class).indicatorId(amlo, first.get(7).selector().id());
    var stored = store.find(id).orElseThrow().indicator();
    assertThat(stored.version()).isEqualTo(2);
    assertThat(stored.confidence()).isEqualTo(99);
    assertThat(store.history(id)).hasSize(2);
    assertThat(store.history(id).get(1).created()).isEqualTo(stored.created());

    store.revoke(id);
    BatchPublisher.Result afterRevoke = batch.publish(amlo, changed);
    assertThat(afterRevoke.revoked()).containsExactly(7);
    assertThat(afterRevoke.unchanged()).isEqualTo(299);
  }

  @Test
  void concurrentBatchesChangingTheSameIndicatorsMakeOneVersionEach() throws Exception {
    String run = Long.toString(System.nanoTime(), 36);
    List<IndicatorDraft> first = new ArrayList<>();
    List<IndicatorDraft> raised = new ArrayList<>();
    List<IndicatorDraft> lowered = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      String domain = "race" + i + "-" + run + ".vip";
      first.add(draft(domain, 50, Tlp.GREEN, "first"));
      raised.add(draft(domain, 90, Tlp.GREEN, "raised"));
      lowered.add(draft(domain, 10, Tlp.GREEN, "lowered"));
    }
    batch.publish(amlo, first);

    try (var writers = java.util.concurrent.Executors.newFixedThreadPool(2)) {
      var a = writers.submit(() -> batch.publish(amlo, raised));
      var b = writers.submit(() -> batch.publish(amlo, lowered));
      assertThat(a.get().updated()).isEqualTo(500);
      assertThat(b.get().updated()).isEqualTo(500);
    }
    for (IndicatorDraft draft : first) {
      IndicatorId id = node.bean(NodeSecret.class).indicatorId(amlo, draft.selector().id());
      var history = store.history(id);
      assertThat(history).extracting(h -> h.version()).containsExactlyInAnyOrder(1, 2, 3);
      assertThat(store.find(id).orElseThrow().indicator().version()).isEqualTo(3);
    }
  }

  @Test
  void aRedMarkingWithRestrictionsSurvivesTheRoundTrip() {
    IndicatorDraft red = draft("red-" + System.nanoTime() + ".vip", 70, Tlp.RED, null);
    batch.publish(amlo, List.of(red));
    var stored =
        store
            .find(node.bean(NodeSecret.class).indicatorId(amlo, red.selector().id()))
            .orElseThrow()
            .indicator();
    assertThat(stored.marking()).isEqualTo(red.marking());
    assertThat(stored.externalReferences()).isEqualTo(red.externalReferences());
    assertThat(batch.publish(amlo, List.of(red)).unchanged()).isEqualTo(1);
    assertThat(stored.validFrom()).isBeforeOrEqualTo(Instant.now());
  }

  @Test
  void textThatNeedsEscapingIsStoredAsGiven() {
    String awkward =
        "tab\there, line\nbreak\r\\ back\\slash \"quoted\" {brace,comma} \\N NULL \u0e01";
    var selector =
        ((Parsed.Valid)
                Selectors.parse("odd-" + System.nanoTime() + ".top", SelectorType.DOMAIN, null))
            .selector();
    IndicatorDraft odd =
        new IndicatorDraft(
            selector,
            Set.of(Category.GAMBLING, Category.FRAUD_INVESTMENT),
            60,
            new Marking(
                Tlp.RED,
                Handling.of(new HandlingCode.H3(awkward)),
                Evaluation.UNJUDGED,
                Set.of(new AgencyId("th-ccib"))),
            null,
            null,
            awkward,
            List.of(new ExternalReference("case\t" + awkward, null, "x\\y")));
    assertThat(batch.publish(amlo, List.of(odd)).created()).isEqualTo(1);
    var stored =
        store
            .find(node.bean(NodeSecret.class).indicatorId(amlo, selector.id()))
            .orElseThrow()
            .indicator();
    assertThat(stored.description()).isEqualTo(awkward);
    assertThat(stored.marking()).isEqualTo(odd.marking());
    assertThat(stored.categories()).isEqualTo(odd.categories());
    assertThat(stored.externalReferences()).isEqualTo(odd.externalReferences());
    assertThat(batch.publish(amlo, List.of(odd)).unchanged()).isEqualTo(1);
  }
}
