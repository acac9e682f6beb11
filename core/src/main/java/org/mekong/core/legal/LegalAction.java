package org.mekong.core.legal;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.mekong.core.input.InvalidInputException;

/**
 * A legal action taken on a person or an organisation: an arrest, a charge, a prosecution, a
 * judgement (conviction or acquittal), a sentence, or the seizure or forfeiture of assets.
 *
 * @param caseReference the acting authority's case or file number
 * @param authority the acting authority (a police unit, a prosecutor's office, a court)
 * @param date the day the action was taken
 * @param legalBasis the law and provisions it rests on
 * @param details what was done: the charge, the sentence, the assets; may be empty
 * @param links indicators, people, sites and other actions it concerns
 */
public record LegalAction(
    ActionKind kind,
    Subject subject,
    String caseReference,
    String authority,
    LocalDate date,
    String legalBasis,
    ActionStatus status,
    String details,
    Links links) {

  public LegalAction {
    requireNonNull(kind, "kind");
    requireNonNull(subject, "subject");
    requireNonNull(date, "date");
    requireNonNull(status, "status");
    requireNonNull(links, "links");
    caseReference = Texts.reference("caseReference", caseReference);
    authority = Texts.required("authority", authority, Texts.SHORT);
    legalBasis = Texts.required("legalBasis", legalBasis, Texts.LONG);
    details = Texts.optional("details", details, Texts.LONG);
    if (kind.onAssets() && details.isEmpty()) {
      throw new InvalidInputException("details", "must say which assets were " + kind.code());
    }
    if (kind == ActionKind.SENTENCE && details.isEmpty()) {
      throw new InvalidInputException("details", "must state the sentence");
    }
    if (kind == ActionKind.ARREST && subject instanceof Organisation) {
      throw new InvalidInputException("subject.kind", "an arrest is of a person");
    }
  }

  /** Whether the action is on a person (and so may concern a traveller at a border). */
  public boolean onPerson() {
    return switch (subject) {
      case Person ignored -> true;
      case Organisation ignored -> false;
    };
  }
}
