package org.mekong.core.legal;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.mekong.core.input.InvalidInputException;

/**
 * A notice in one of INTERPOL's colours, with its review: drafted by someone of the issuing agency,
 * published only once a reviewer of that agency who is not the drafter approves it, its legal basis
 * stated; it expires on its date or is cancelled.
 *
 * @param person whom the notice is about; required for wanted, missing and information notices
 * @param title one line
 * @param summary what is asked and why; for a modus operandi the method, device or script
 * @param legalBasis the law, warrant or decision it rests on; a notice without one is refused
 * @param expires the last day it applies; null until cancelled
 * @param drafter who wrote it (a person of the issuing agency)
 */
public record Notice(
    NoticeColour colour,
    @Nullable Person person,
    String title,
    String summary,
    String legalBasis,
    @Nullable LocalDate expires,
    String drafter,
    Review review,
    Links links) {

  public Notice {
    requireNonNull(colour, "colour");
    requireNonNull(review, "review");
    requireNonNull(links, "links");
    if (person == null && colour.aboutPerson()) {
      throw new InvalidInputException("person", "is required in a " + colour.code() + " notice");
    }
    title = Texts.required("title", title, Texts.SHORT);
    summary = Texts.required("summary", summary, Texts.LONG);
    legalBasis = Texts.required("legalBasis", legalBasis, Texts.LONG);
    drafter = Texts.required("drafter", drafter, Texts.SHORT);
  }

  /** A new notice, drafted. */
  public static Notice draft(
      NoticeColour colour,
      @Nullable Person person,
      String title,
      String summary,
      String legalBasis,
      @Nullable LocalDate expires,
      String drafter,
      Links links) {
    return new Notice(
        colour, person, title, summary, legalBasis, expires, drafter, new Review.Drafted(), links);
  }

  /** Where the notice stands today by {@code clock}. */
  public NoticeStanding standing(Clock clock) {
    return standing(LocalDate.now(clock));
  }

  /** Where the notice stands on {@code day}. */
  public NoticeStanding standing(LocalDate day) {
    return switch (review) {
      case Review.Cancelled ignored -> NoticeStanding.CANCELLED;
      case Review.Drafted ignored ->
          expiredOn(day) ? NoticeStanding.EXPIRED : NoticeStanding.DRAFTED;
      case Review.Published ignored ->
          expiredOn(day) ? NoticeStanding.EXPIRED : NoticeStanding.PUBLISHED;
    };
  }

  /**
   * The notice approved by {@code reviewer} at {@code clock}'s now, and so published; refused when
   * it is not a draft, has expired, or the reviewer is its drafter.
   */
  public Change<Notice> approve(String reviewer, String note, Clock clock) {
    String who = Texts.required("reviewer", reviewer, Texts.SHORT);
    if (!(review instanceof Review.Drafted)) {
      return new Change.Refused<>("the notice is " + review.code() + ", not a draft");
    }
    if (expiredOn(LocalDate.now(clock))) {
      return new Change.Refused<>("the notice expired on " + expires + "; draft a new one");
    }
    if (samePerson(who, drafter)) {
      return new Change.Refused<>("the reviewer must be someone other than the drafter");
    }
    if (legalBasis.isBlank()) {
      return new Change.Refused<>("the notice states no legal basis");
    }
    return new Change.Done<>(
        with(new Review.Published(new Review.Approval(who, Instant.now(clock), note))));
  }

  /** The notice cancelled by {@code by} for {@code reason}; refused when already cancelled. */
  public Change<Notice> cancel(String by, String reason, Clock clock) {
    Review.Cancellation cancellation = new Review.Cancellation(by, Instant.now(clock), reason);
    return switch (review) {
      case Review.Cancelled ignored -> new Change.Refused<>("the notice was already cancelled");
      case Review.Drafted ignored ->
          new Change.Done<>(with(new Review.Cancelled(null, cancellation)));
      case Review.Published published ->
          new Change.Done<>(with(new Review.Cancelled(published.approval(), cancellation)));
    };
  }

  private Notice with(Review next) {
    return new Notice(colour, person, title, summary, legalBasis, expires, drafter, next, links);
  }

  private boolean expiredOn(LocalDate day) {
    return expires != null && day.isAfter(expires);
  }

  private static boolean samePerson(String a, String b) {
    return a.strip()
        .replaceAll("\\s+", " ")
        .toLowerCase(Locale.ROOT)
        .equals(b.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
  }
}
