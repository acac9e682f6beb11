package org.mekong.core.border.check;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.mekong.core.border.mrz.MrzDocument;
import org.mekong.core.input.InvalidInputException;
import org.mekong.core.input.PartialDate;
import org.mekong.core.legal.TravelDocument;
import org.mekong.core.names.NameComparator;
import org.mekong.core.names.Schema;

/**
 * A traveller as an officer presents them: names as on the document (any script), birth date,
 * nationality and the document held, each but the surname possibly unknown.
 */
public record Traveller(
    String surname,
    String givenNames,
    @Nullable PartialDate birthDate,
    @Nullable String nationality,
    @Nullable TravelDocument document) {

  public Traveller {
    if (surname.isBlank()) {
      throw new InvalidInputException("surname", "is required");
    }
    NameComparator.rejection(Schema.PERSON, fullName(surname, givenNames))
        .ifPresent(
            why -> {
              throw new InvalidInputException("surname", why);
            });
  }

  /**
   * The traveller an MRZ names, as far as it could be read, or null when not even the surname could
   * be.
   */
  public static @Nullable Traveller of(MrzDocument document) {
    String surname = document.surname();
    if (surname == null || surname.isBlank()) {
      return null;
    }
    LocalDate birth = document.birthDate();
    String number = document.documentNumber();
    String issuer = document.issuingState();
    TravelDocument held = null;
    if (number != null && issuer != null && number.matches("[A-Z0-9]{1,20}")) {
      try {
        held = new TravelDocument(issuer, number);
      } catch (InvalidInputException e) {
        held = null; // an issuing state the zone names wrongly: matched on the rest
      }
    }
    String nationality = document.nationality();
    return new Traveller(
        surname,
        document.givenNames() == null ? "" : document.givenNames(),
        birth == null ? null : PartialDate.of(birth),
        nationality,
        held);
  }

  /** The name as one string, given names first. */
  public String fullName() {
    return fullName(surname, givenNames);
  }

  private static String fullName(String surname, String givenNames) {
    return givenNames.isBlank() ? surname.strip() : givenNames.strip() + " " + surname.strip();
  }
}
