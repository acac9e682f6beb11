package org.mekong.core.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.agency.CountryCode;

/**
 * The case state machine against a model written out independently: random event sequences never
 * reach a state the model forbids, every refusal is one the model predicts, and every legal path up
 * to a length is accepted. Seeded; the seed is in every failure message.
 */
class LifecyclePropertyTest {

  /** The lifecycle as the issue states it, written again without {@link Lifecycle}. */
  private static final Map<String, Set<String>> MODEL =
      Map.of(
          "start", Set.of("reported-missing", "located", "rescued"),
          "reported-missing", Set.of("located", "rescued", "closed"),
          "located", Set.of("rescued", "closed"),
          "rescued", Set.of("identified"),
          "identified", Set.of("handed-over"),
          "handed-over", Set.of("handed-over", "repatriated"),
          "repatriated", Set.of("follow-up", "closed"),
          "follow-up", Set.of("follow-up", "closed"),
          "closed", Set.of());

  private static final List<AgencyId> AGENCIES =
      List.of(new AgencyId("mm-police"), new AgencyId("th-immigration"), new AgencyId("cn-mps"));

  @Test
  void noRandomSequenceOfEventsReachesAStateTheModelForbids() {
    long seed = Long.getLong("mekong.lifecycle.seed", System.nanoTime());
    Random random = new Random(seed);
    for (int run = 0; run < 2_000; run++) {
      @Nullable CaseFile file = null;
      String state = "start";
      @Nullable AgencyId holder = null;
      @Nullable AgencyId handedOverBy = null;
      Instant clock = Instant.parse("2025-02-01T00:00:00Z");
      for (int step = 0; step < 12; step++) {
        CaseState kind = CaseState.values()[random.nextInt(CaseState.values().length)];
        AgencyId actor = AGENCIES.get(random.nextInt(AGENCIES.size()));
        AgencyId receiver = AGENCIES.get(random.nextInt(AGENCIES.size()));
        boolean backwards = random.nextInt(10) == 0;
        Instant at = backwards ? clock.minusSeconds(60) : clock.plusSeconds(3_600);
        CaseEvent event = event(kind, actor, receiver, at);
        Transition outcome =
            file == null
                ? CaseFile.open(new CaseId(UUID.randomUUID()), PersonId.random(), event)
                : file.apply(event);
        String code = Codes.of(kind);
        boolean custodyStep =
            kind == CaseState.IDENTIFIED
                || kind == CaseState.HANDED_OVER
                || kind == CaseState.REPATRIATED;
        boolean legal =
            MODEL.getOrDefault(state, Set.of()).contains(code)
                && (file == null || !backwards)
                && !(custodyStep
                    && holder != null
                    && !holder.equals(actor)
                    && !(kind == CaseState.REPATRIATED && actor.equals(handedOverBy)))
                && !(kind == CaseState.HANDED_OVER && receiver.equals(holder));
        String context =
            "seed " + seed + ", run " + run + ", step " + step + ": " + state + " + " + code;
        assertThat(outcome instanceof Transition.Accepted).as(context).isEqualTo(legal);
        if (outcome instanceof Transition.Accepted(CaseFile next)) {
          file = next;
          state = code;
          clock = at;
          handedOverBy =
              switch (kind) {
                case HANDED_OVER -> actor;
                case RESCUED, REPATRIATED, FOLLOW_UP, CLOSED -> null;
                case REPORTED_MISSING, LOCATED, IDENTIFIED -> handedOverBy;
              };
          holder =
              switch (kind) {
                case RESCUED -> actor;
                case HANDED_OVER -> receiver;
                case REPATRIATED, FOLLOW_UP, CLOSED -> null;
                case REPORTED_MISSING, LOCATED, IDENTIFIED -> holder;
              };
          assertThat(Codes.of(next.state())).as(context).isEqualTo(state);
          assertThat(next.custodian().orElse(null)).as(context).isEqualTo(holder);
        } else if (outcome instanceof Transition.Refused(String reason)) {
          assertThat(reason).as(context).isNotBlank().doesNotContain("Exception");
        }
      }
    }
  }

  @Test
  void everyLegalPathUpToNineEventsIsAccepted() {
    List<List<CaseState>> paths = new ArrayList<>();
    extend(new ArrayList<>(), "start", 9, paths);
    assertThat(paths).hasSizeGreaterThan(100);
    for (List<CaseState> path : paths) {
      Instant at = Instant.parse("2025-10-01T00:00:00Z");
      AgencyId holder = AGENCIES.get(0);
      CaseFile file = null;
      for (CaseState kind : path) {
        at = at.plusSeconds(60);
        AgencyId receiver = AGENCIES.get((AGENCIES.indexOf(holder) + 1) % AGENCIES.size());
        CaseEvent event = event(kind, holder, receiver, at);
        Transition outcome =
            file == null
                ? CaseFile.open(new CaseId(UUID.randomUUID()), PersonId.random(), event)
                : file.apply(event);
        assertThat(outcome).as("path " + path).isInstanceOf(Transition.Accepted.class);
        file = ((Transition.Accepted) outcome).file();
        if (kind == CaseState.HANDED_OVER) {
          holder = receiver;
        }
      }
    }
  }

  @Test
  void aClosedCaseTakesNoEventAndSaysSo() {
    Instant at = Instant.parse("2025-10-01T00:00:00Z");
    CaseFile file =
        ((Transition.Accepted)
                CaseFile.open(
                    new CaseId(UUID.randomUUID()),
                    PersonId.random(),
                    event(CaseState.REPORTED_MISSING, AGENCIES.get(0), AGENCIES.get(1), at)))
            .file();
    file =
        ((Transition.Accepted)
                file.apply(event(CaseState.CLOSED, AGENCIES.get(0), AGENCIES.get(1), at)))
            .file();
    Transition refused = file.apply(event(CaseState.LOCATED, AGENCIES.get(0), AGENCIES.get(1), at));
    assertThat(refused)
        .isEqualTo(
            new Transition.Refused(
                "a case that is closed cannot become located; it may become nothing (the case is"
                    + " closed)"));
  }

  private static void extend(
      List<CaseState> prefix, String state, int left, List<List<CaseState>> into) {
    if (!prefix.isEmpty()) {
      into.add(List.copyOf(prefix));
    }
    if (left == 0) {
      return;
    }
    for (String next : MODEL.getOrDefault(state, Set.of())) {
      CaseState kind = CaseState.valueOf(next.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
      prefix.add(kind);
      extend(prefix, next, left - 1, into);
      prefix.removeLast();
    }
  }

  static CaseEvent event(CaseState kind, AgencyId actor, AgencyId receiver, Instant at) {
    EventDetails details =
        new EventDetails(actor, "Officer A", at, null, "Friendship Bridge", List.of(), null);
    return switch (kind) {
      case REPORTED_MISSING -> new CaseEvent.ReportedMissing(details);
      case LOCATED -> new CaseEvent.Located(details);
      case RESCUED -> new CaseEvent.Rescued(details);
      case IDENTIFIED -> new CaseEvent.Identified(details);
      case HANDED_OVER -> new CaseEvent.HandedOver(details, receiver);
      case REPATRIATED -> new CaseEvent.Repatriated(details, new CountryCode("CN"));
      case FOLLOW_UP -> new CaseEvent.FollowUp(details);
      case CLOSED -> new CaseEvent.Closed(details, "returned home");
    };
  }

  @Test
  void theLifecycleTableIsTheModel() {
    for (var entry : MODEL.entrySet()) {
      CaseState from =
          entry.getKey().equals("start")
              ? null
              : CaseState.valueOf(
                  entry.getKey().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
      Set<String> next = new java.util.TreeSet<>();
      Lifecycle.next(from).forEach(s -> next.add(Codes.of(s)));
      assertThat(next).as(entry.getKey()).isEqualTo(new java.util.TreeSet<>(entry.getValue()));
    }
  }
}
