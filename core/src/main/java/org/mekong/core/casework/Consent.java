package org.mekong.core.casework;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.input.FreeText;
import org.mekong.core.input.Timestamps;

/**
 * A consent record about a person's data (HTCDS {@code AgreementToManagePersonalData}): given,
 * refused or withdrawn, or an override that names its legal basis. The latest record counts.
 */
public sealed interface Consent {

  /** The agency that recorded it. */
  AgencyId recordedBy();

  /** The person who recorded it for the agency. */
  String recordedByPerson();

  /** When it was recorded. */
  Instant at();

  /** Whether personal data may cross to other agencies under this record. */
  default boolean permitsDisclosure() {
    return switch (this) {
      case Given given -> true;
      case Override override -> true;
      case Refused refused -> false;
    };
  }

  /** What the recipient is told of the basis: {@code consent} or {@code override: <basis>}. */
  default String basis() {
    return switch (this) {
      case Given given -> "consent";
      case Override override -> "override: " + override.legalBasis();
      case Refused refused -> "none";
    };
  }

  /** The person agreed that their data be managed and shared for their case. */
  record Given(AgencyId recordedBy, String recordedByPerson, Instant at) implements Consent {
    public Given {
      check(recordedBy, recordedByPerson, at);
    }
  }

  /** The person refused, or withdrew an earlier consent. */
  record Refused(AgencyId recordedBy, String recordedByPerson, Instant at) implements Consent {
    public Refused {
      check(recordedBy, recordedByPerson, at);
    }
  }

  /** Disclosure without consent on a named legal basis (a law, a treaty, a court order). */
  record Override(AgencyId recordedBy, String recordedByPerson, Instant at, String legalBasis)
      implements Consent {
    public Override {
      check(recordedBy, recordedByPerson, at);
      if (legalBasis.isBlank() || legalBasis.length() > 500 || !FreeText.isClean(legalBasis)) {
        throw new IllegalArgumentException("an override names its legal basis in 1-500 characters");
      }
    }
  }

  private static void check(AgencyId recordedBy, String person, Instant at) {
    requireNonNull(recordedBy, "recordedBy");
    Timestamps.require("at", at);
    if (person.isBlank() || person.length() > 200 || !FreeText.isClean(person)) {
      throw new IllegalArgumentException("a consent record names who recorded it");
    }
  }
}
