package org.mekong.core.casework;

import static java.util.Objects.requireNonNull;

import org.mekong.core.agency.AgencyId;
import org.mekong.core.agency.CountryCode;

/** Something that happened in a case; each kind of event leads to the state of the same name. */
public sealed interface CaseEvent {

  /** Who, when, where and with which documents. */
  EventDetails details();

  /** The state the case is in after this event. */
  default CaseState leadsTo() {
    return switch (this) {
      case ReportedMissing e -> CaseState.REPORTED_MISSING;
      case Located e -> CaseState.LOCATED;
      case Rescued e -> CaseState.RESCUED;
      case Identified e -> CaseState.IDENTIFIED;
      case HandedOver e -> CaseState.HANDED_OVER;
      case Repatriated e -> CaseState.REPATRIATED;
      case FollowUp e -> CaseState.FOLLOW_UP;
      case Closed e -> CaseState.CLOSED;
    };
  }

  /** A family, an agency or a hotline reported the person missing. */
  record ReportedMissing(EventDetails details) implements CaseEvent {
    public ReportedMissing {
      requireNonNull(details, "details");
    }
  }

  /** The person was located, e.g. inside a compound. */
  record Located(EventDetails details) implements CaseEvent {
    public Located {
      requireNonNull(details, "details");
    }
  }

  /** The person was rescued; the rescuing agency now holds them. */
  record Rescued(EventDetails details) implements CaseEvent {
    public Rescued {
      requireNonNull(details, "details");
    }
  }

  /** The agency holding the person established who they are (documents, interview, biometrics). */
  record Identified(EventDetails details) implements CaseEvent {
    public Identified {
      requireNonNull(details, "details");
    }
  }

  /** The agency holding the person handed them over to {@code receivingAgency}. */
  record HandedOver(EventDetails details, AgencyId receivingAgency) implements CaseEvent {
    public HandedOver {
      requireNonNull(details, "details");
      requireNonNull(receivingAgency, "receivingAgency");
    }
  }

  /** The person arrived back in {@code country}. */
  record Repatriated(EventDetails details, CountryCode country) implements CaseEvent {
    public Repatriated {
      requireNonNull(details, "details");
      requireNonNull(country, "country");
    }
  }

  /** A follow-up after return: a visit, reintegration support, a testimony. */
  record FollowUp(EventDetails details) implements CaseEvent {
    public FollowUp {
      requireNonNull(details, "details");
    }
  }

  /** The case was closed, for a reason. */
  record Closed(EventDetails details, String reason) implements CaseEvent {
    public Closed {
      requireNonNull(details, "details");
      if (reason.isBlank() || reason.length() > EventDetails.MAX_TEXT) {
        throw new IllegalArgumentException("a closed case says why, in at most 2,000 characters");
      }
    }
  }
}
