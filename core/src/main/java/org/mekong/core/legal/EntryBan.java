package org.mekong.core.legal;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.mekong.core.input.InvalidInputException;

/**
 * A ban on a person's entry, with the data categories the Schengen Information System prescribes
 * for refusal-of-entry alerts: the reason, the issuing authority, its decision reference, the type
 * of offence, start and expiry, the action to take on a hit, whether it is suspended or under
 * appeal, and the note that weighs its proportionality.
 *
 * @param expiry the last day it applies; null for a ban until lifted
 * @param statusNote why the status was last changed; empty while it never was
 */
public record EntryBan(
    Person subject,
    String reason,
    String issuingAuthority,
    String decisionReference,
    String offenceType,
    LocalDate start,
    @Nullable LocalDate expiry,
    ActionOnHit actionOnHit,
    BanStatus status,
    String proportionality,
    String statusNote,
    Links links) {

  public EntryBan {
    requireNonNull(subject, "subject");
    requireNonNull(start, "start");
    requireNonNull(actionOnHit, "actionOnHit");
    requireNonNull(status, "status");
    requireNonNull(links, "links");
    reason = Texts.required("reason", reason, Texts.LONG);
    issuingAuthority = Texts.required("issuingAuthority", issuingAuthority, Texts.SHORT);
    decisionReference = Texts.reference("decisionReference", decisionReference);
    offenceType = Texts.required("offenceType", offenceType, Texts.SHORT);
    proportionality = Texts.required("proportionality", proportionality, Texts.LONG);
    statusNote = Texts.optional("statusNote", statusNote, Texts.LONG);
    if (expiry != null && expiry.isBefore(start)) {
      throw new InvalidInputException("expiry", "must not be before start");
    }
  }

  /** Where the ban stands today by {@code clock}, in the clock's zone. */
  public BanStanding standing(Clock clock) {
    return standing(LocalDate.now(clock));
  }

  /** Where the ban stands on {@code day}. */
  public BanStanding standing(LocalDate day) {
    return switch (status) {
      case LIFTED -> BanStanding.LIFTED;
      case SUSPENDED -> BanStanding.SUSPENDED;
      case IN_FORCE, UNDER_APPEAL -> {
        if (expiry != null && day.isAfter(expiry)) {
          yield BanStanding.EXPIRED;
        }
        if (day.isBefore(start)) {
          yield BanStanding.NOT_YET;
        }
        yield status == BanStatus.UNDER_APPEAL
            ? BanStanding.ACTIVE_UNDER_APPEAL
            : BanStanding.ACTIVE;
      }
    };
  }

  /**
   * The ban with its status changed to {@code to}, the note saying why; refused when it already has
   * that status or was lifted (lifting is final).
   */
  public Change<EntryBan> change(BanStatus to, String note) {
    if (status == BanStatus.LIFTED) {
      return new Change.Refused<>("the ban was lifted; a lifted ban does not change again");
    }
    if (status == to) {
      return new Change.Refused<>("the ban is already " + to.code());
    }
    String why = Texts.required("note", note, Texts.LONG);
    return new Change.Done<>(
        new EntryBan(
            subject,
            reason,
            issuingAuthority,
            decisionReference,
            offenceType,
            start,
            expiry,
            actionOnHit,
            to,
            proportionality,
            why,
            links));
  }
}
