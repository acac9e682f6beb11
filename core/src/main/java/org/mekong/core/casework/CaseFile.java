package org.mekong.core.casework;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.AgencyId;

/**
 * A case: one person's way from missing or rescued to home, as the timeline of its events. The
 * timeline is only ever extended through {@link #apply}, which refuses an event the lifecycle does
 * not allow, an event dated before the last one, and a custody step by an agency that does not hold
 * the person (but the agency that has just handed the person over for their return, e.g. on a
 * flight home, may record that they were repatriated).
 */
public record CaseFile(CaseId id, PersonId person, List<CaseEvent> timeline) {

  public CaseFile {
    requireNonNull(id, "id");
    requireNonNull(person, "person");
    timeline = List.copyOf(timeline);
    if (timeline.isEmpty()) {
      throw new IllegalArgumentException("a case has at least its opening event");
    }
  }

  /** Opens a case with its first event, or says why that event cannot open one. */
  public static Transition open(CaseId id, PersonId person, CaseEvent first) {
    if (!Lifecycle.next(null).contains(first.leadsTo())) {
      return new Transition.Refused(
          "a case opens as "
              + Lifecycle.describe(Lifecycle.next(null))
              + ", not as "
              + Codes.of(first.leadsTo()));
    }
    return new Transition.Accepted(new CaseFile(id, person, List.of(first)));
  }

  /** The state after the last event. */
  public CaseState state() {
    return timeline.getLast().leadsTo();
  }

  /** The agency that opened the case. */
  public AgencyId openedBy() {
    return timeline.getFirst().details().agency();
  }

  /** The agency holding the person now, while they are in custody. */
  public Optional<AgencyId> custodian() {
    @Nullable AgencyId holder = null;
    for (CaseEvent event : timeline) {
      holder =
          switch (event) {
            case CaseEvent.Rescued rescued -> rescued.details().agency();
            case CaseEvent.HandedOver handedOver -> handedOver.receivingAgency();
            case CaseEvent.ReportedMissing e -> holder;
            case CaseEvent.Located e -> holder;
            case CaseEvent.Identified e -> holder;
            case CaseEvent.Repatriated e -> null;
            case CaseEvent.FollowUp e -> null;
            case CaseEvent.Closed e -> null;
          };
    }
    return Optional.ofNullable(holder);
  }

  /** Every agency that received the person in a handover. */
  public List<AgencyId> receivers() {
    List<AgencyId> receivers = new ArrayList<>();
    for (CaseEvent event : timeline) {
      if (event instanceof CaseEvent.HandedOver handedOver) {
        receivers.add(handedOver.receivingAgency());
      }
    }
    return receivers;
  }

  /** The case with {@code event} appended, or why the event is refused. */
  public Transition apply(CaseEvent event) {
    CaseState from = state();
    CaseState to = event.leadsTo();
    if (!Lifecycle.next(from).contains(to)) {
      return new Transition.Refused(
          "a case that is "
              + Codes.of(from)
              + " cannot become "
              + Codes.of(to)
              + "; it may become "
              + Lifecycle.describe(Lifecycle.next(from)));
    }
    CaseEvent last = timeline.getLast();
    if (event.details().at().isBefore(last.details().at())) {
      return new Transition.Refused(
          "the event is dated "
              + event.details().at()
              + ", before the case's last event ("
              + last.details().at()
              + ")");
    }
    String custody = custodyProblem(event);
    if (custody != null) {
      return new Transition.Refused(custody);
    }
    List<CaseEvent> extended = new ArrayList<>(timeline);
    extended.add(event);
    return new Transition.Accepted(new CaseFile(id, person, extended));
  }

  private @Nullable String custodyProblem(CaseEvent event) {
    AgencyId actor = event.details().agency();
    Optional<AgencyId> holder = custodian();
    boolean needsHolder =
        switch (event) {
          case CaseEvent.Identified e -> true;
          case CaseEvent.HandedOver e -> true;
          case CaseEvent.Repatriated e -> true;
          case CaseEvent.ReportedMissing e -> false;
          case CaseEvent.Located e -> false;
          case CaseEvent.Rescued e -> false;
          case CaseEvent.FollowUp e -> false;
          case CaseEvent.Closed e -> false;
        };
    boolean returnSeenOff =
        event instanceof CaseEvent.Repatriated
            && timeline.getLast() instanceof CaseEvent.HandedOver handedOver
            && handedOver.details().agency().equals(actor);
    if (needsHolder && holder.isPresent() && !holder.get().equals(actor) && !returnSeenOff) {
      return "the person is held by "
          + holder.get()
          + "; only that agency may record that they were "
          + Codes.of(event.leadsTo()).replace('-', ' ');
    }
    if (event instanceof CaseEvent.HandedOver handedOver
        && holder.isPresent()
        && holder.get().equals(handedOver.receivingAgency())) {
      return "the person is already held by " + holder.get() + ", who cannot receive them again";
    }
    return null;
  }
}
