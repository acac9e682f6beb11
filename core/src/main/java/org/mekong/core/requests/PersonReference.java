package org.mekong.core.requests;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.CountryCode;

/**
 * A person a request or an answer is about, as far as known: a name, and optionally the birth date,
 * nationality, a travel document's number and the sender's own reference (a case or file number).
 */
public record PersonReference(
    String name,
    @Nullable LocalDate birthDate,
    @Nullable CountryCode nationality,
    @Nullable String documentNumber,
    @Nullable String reference) {

  public PersonReference {
    name = Checks.text("name", name, 300);
    if (documentNumber != null) {
      documentNumber = Checks.text("documentNumber", documentNumber, 40);
    }
    if (reference != null) {
      reference = Checks.text("reference", reference, 200);
    }
  }
}
