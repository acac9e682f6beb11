package org.mekong.core.border.mrz;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A travel document read from its machine-readable zone: each field as far as it could be read
 * (null when it could not), and every failed check in {@code errors}, empty when the zone is valid.
 *
 * @param format the zone's size; null when the input has no recognisable shape
 * @param documentCode e.g. {@code P}, {@code ID}, {@code V} (without trailing fillers)
 * @param issuingState ICAO code of the issuing state or organisation, e.g. {@code THA}, {@code D}
 * @param documentNumber the full number, a long TD1 or TD2 number's overflow included
 * @param nationality ICAO code of the holder's nationality
 * @param sex {@code <} in the zone is {@link Sex#UNSPECIFIED}
 * @param expiryDate date of expiry (of a visa: valid until)
 * @param surname the primary identifier, {@code <} between its parts as spaces
 * @param givenNames the secondary identifier, empty when the zone has none
 * @param optionalData TD3: the personal number; TD1: optional data of line 1 (after a long document
 *     number's overflow); TD2 and visas: the optional data; trailing fillers removed
 * @param optionalData2 TD1 only: optional data of line 2; null for the other formats
 */
public record MrzDocument(
    @Nullable MrzFormat format,
    @Nullable String documentCode,
    @Nullable String issuingState,
    @Nullable String documentNumber,
    @Nullable String nationality,
    @Nullable LocalDate birthDate,
    @Nullable Sex sex,
    @Nullable LocalDate expiryDate,
    @Nullable String surname,
    @Nullable String givenNames,
    @Nullable String optionalData,
    @Nullable String optionalData2,
    List<String> errors) {

  public MrzDocument {
    errors = List.copyOf(errors);
    if (errors.isEmpty()
        && (format == null
            || documentCode == null
            || issuingState == null
            || documentNumber == null
            || nationality == null
            || birthDate == null
            || sex == null
            || expiryDate == null
            || surname == null
            || givenNames == null
            || optionalData == null
            || (optionalData2 == null) == (format == MrzFormat.TD1))) {
      throw new IllegalArgumentException("a valid document has every field of its format");
    }
    for (String error : errors) {
      if (error.isBlank()) {
        throw new IllegalArgumentException("an error needs a message");
      }
    }
  }

  /** Whether every check passed. */
  public boolean valid() {
    return errors.isEmpty();
  }

  /** Whether the document is a visa (MRV-A in TD3 size, MRV-B in TD2 size). */
  public boolean visa() {
    return documentCode != null && documentCode.startsWith("V");
  }

  /**
   * Whether the document had expired on {@code day} (it is valid through its expiry date). A
   * finding for the officer, not an error of the zone.
   */
  public boolean expiredOn(LocalDate day) {
    return expiryDate != null && expiryDate.isBefore(day);
  }
}
