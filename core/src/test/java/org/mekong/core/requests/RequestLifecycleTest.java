package org.mekong.core.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RequestLifecycleTest {

  private static final Instant SENT = Instant.parse("2026-03-02T01:00:00Z");

  @Test
  void urgencySetsTheDeadlineAndTheReminderFallsAtItsShare() {
    DeadlinePolicy policy = DeadlinePolicy.DEFAULTS;
    Timeline urgent = policy.timeline(Urgency.URGENT, SENT);
    assertThat(urgent.deadline()).isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
    assertThat(urgent.reminder()).isEqualTo(Instant.parse("2026-03-02T07:00:00Z"));
    assertThat(urgent.escalation()).isEqualTo(urgent.deadline());
    assertThat(policy.timeline(Urgency.HIGH, SENT).deadline())
        .isEqualTo(SENT.plus(Duration.ofDays(3)));
    assertThat(policy.timeline(Urgency.NORMAL, SENT).deadline())
        .isEqualTo(SENT.plus(Duration.ofDays(7)));
    DeadlinePolicy custom =
        new DeadlinePolicy(
            Duration.ofHours(2), Duration.ofHours(2), Duration.ofDays(1), 50, Duration.ofHours(1));
    Timeline t = custom.timeline(Urgency.URGENT, SENT);
    assertThat(t.reminder()).isEqualTo(SENT.plus(Duration.ofHours(1)));
    assertThat(t.escalation()).isEqualTo(SENT.plus(Duration.ofHours(3)));
  }

  @Test
  void aMovingClockMakesTheEventsDueInOrderAndOnlyWhileTheRequestIsOpen() {
    Timeline timeline = DeadlinePolicy.DEFAULTS.timeline(Urgency.URGENT, SENT);
    MovingClock clock = new MovingClock(SENT);
    assertThat(timeline.due(RequestStatus.SENT, clock.instant())).isEmpty();
    clock.move(Duration.ofHours(5).plusMinutes(59));
    assertThat(timeline.due(RequestStatus.SENT, clock.instant())).isEmpty();
    clock.move(Duration.ofMinutes(1));
    assertThat(timeline.due(RequestStatus.ACKNOWLEDGED, clock.instant()))
        .containsExactly(DeadlineEvent.REMINDER);
    assertThat(timeline.overdue(RequestStatus.ACKNOWLEDGED, clock.instant())).isFalse();
    clock.move(Duration.ofHours(2).minusNanos(1));
    assertThat(timeline.overdue(RequestStatus.SENT, clock.instant())).isFalse();
    clock.move(Duration.ofNanos(1));
    assertThat(timeline.overdue(RequestStatus.PARTLY_ANSWERED, clock.instant())).isTrue();
    assertThat(timeline.due(RequestStatus.SENT, clock.instant()))
        .containsExactly(DeadlineEvent.REMINDER, DeadlineEvent.OVERDUE, DeadlineEvent.ESCALATION);
    for (RequestStatus closed :
        List.of(RequestStatus.ANSWERED, RequestStatus.REFUSED, RequestStatus.EXECUTED_CONFIRMED)) {
      assertThat(timeline.overdue(closed, clock.instant())).isFalse();
      assertThat(timeline.due(closed, clock.instant())).isEmpty();
    }
  }

  @Test
  void randomSequencesOfActionsFollowTheStateMachine() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    for (int run = 0; run < 2_000; run++) {
      RequestKind kind = RequestKind.values()[random.nextInt(RequestKind.values().length)];
      RequestStatus status = RequestStatus.SENT;
      List<String> trail = new ArrayList<>();
      for (int step = 0; step < 6; step++) {
        RequestAction action = randomAction(random);
        trail.add(action.code());
        Transition transition = status.after(action, kind);
        String context = "seed " + seed + ", " + kind.code() + " after " + trail;
        boolean legal =
            status.open()
                && switch (action) {
                  case RequestAction.Acknowledge a -> status == RequestStatus.SENT;
                  case RequestAction.ConfirmExecution c -> kind.executable();
                  case RequestAction.Answer a -> true;
                  case RequestAction.PartlyAnswer p -> true;
                  case RequestAction.Refuse r -> true;
                };
        assertThat(transition instanceof Transition.Moved).as(context).isEqualTo(legal);
        if (transition instanceof Transition.Moved moved) {
          assertThat(moved.to().open())
              .as(context)
              .isEqualTo(
                  moved.to() == RequestStatus.ACKNOWLEDGED
                      || moved.to() == RequestStatus.PARTLY_ANSWERED);
          status = moved.to();
        }
      }
    }
  }

  @Test
  void randomTimesAgreeWithTheDeadlineArithmetic() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    for (int i = 0; i < 2_000; i++) {
      DeadlinePolicy policy =
          new DeadlinePolicy(
              Duration.ofMinutes(1 + random.nextInt(600)),
              Duration.ofMinutes(601 + random.nextInt(6_000)),
              Duration.ofMinutes(6_601 + random.nextInt(60_000)),
              1 + random.nextInt(99),
              Duration.ofMinutes(random.nextInt(1_000)));
      Urgency urgency = Urgency.values()[random.nextInt(3)];
      Timeline t = policy.timeline(urgency, SENT);
      Instant now = SENT.plusSeconds(random.nextInt(6_700 * 60 * 2));
      String context = "seed " + seed + ", " + policy + ", " + urgency + " at " + now;
      assertThat(Duration.between(SENT, t.deadline()))
          .as(context)
          .isEqualTo(policy.timeToAnswer(urgency));
      assertThat(t.reminder()).as(context).isAfter(SENT).isBefore(t.deadline());
      assertThat(t.overdue(RequestStatus.SENT, now))
          .as(context)
          .isEqualTo(!now.isBefore(t.deadline()));
      assertThat(t.due(RequestStatus.SENT, now).contains(DeadlineEvent.ESCALATION))
          .as(context)
          .isEqualTo(!now.isBefore(t.escalation()));
    }
  }

  private static RequestAction randomAction(Random random) {
    Reply reply = new Reply("done", List.of(), List.of(), List.of(), List.of());
    return switch (random.nextInt(5)) {
      case 0 -> new RequestAction.Acknowledge("");
      case 1 -> new RequestAction.PartlyAnswer(reply);
      case 2 -> new RequestAction.Answer(reply);
      case 3 -> new RequestAction.Refuse("no legal basis");
      default ->
          new RequestAction.ConfirmExecution(
              new Execution(
                  List.of(CellSite.parse("414-09-1201-300451").orElseThrow()), List.of(), ""));
    };
  }

  /** A clock a test moves. */
  private static final class MovingClock extends Clock {
    private Instant now;

    MovingClock(Instant now) {
      this.now = now;
    }

    void move(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      throw new UnsupportedOperationException();
    }
  }
}
