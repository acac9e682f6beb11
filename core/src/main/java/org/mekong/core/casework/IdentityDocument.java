package org.mekong.core.casework;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.mekong.core.input.InvalidInputException;

/**
 * An identity document: its type, its number (upper-case letters and digits, spaces and hyphens
 * removed, so that two spellings of one number are equal), the issuing state and the expiry date.
 */
public record IdentityDocument(
    DocumentType type, String number, Nationality issuingState, @Nullable LocalDate expiry) {

  private static final Pattern NUMBER = Pattern.compile("[A-Z0-9]{1,30}");

  public IdentityDocument {
    requireNonNull(type, "type");
    requireNonNull(issuingState, "issuingState");
    if (!NUMBER.matcher(number).matches()) {
      throw new IllegalArgumentException("a document number is 1-30 letters A-Z or digits");
    }
  }

  /**
   * The canonical form of a document number as written: upper case, without spaces or hyphens.
   *
   * @throws InvalidInputException naming {@code field} when anything else remains
   */
  public static String number(String field, String written) {
    String number = written.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    if (!NUMBER.matcher(number).matches()) {
      throw new InvalidInputException(
          field, "must be 1-30 letters A-Z or digits (spaces and hyphens are ignored)");
    }
    return number;
  }

  /** Whether both name the same document: same issuing state and number. */
  public boolean sameDocumentAs(IdentityDocument other) {
    return number.equals(other.number) && issuingState.equals(other.issuingState);
  }
}
