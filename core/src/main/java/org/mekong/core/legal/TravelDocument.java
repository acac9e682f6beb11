package org.mekong.core.legal;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.mekong.core.input.InvalidInputException;

/**
 * A travel or identity document of a person: the state that issued it (ICAO 9303 code) and its
 * number as the machine-readable zone writes it (upper-case letters and digits, 1-20).
 */
public record TravelDocument(String issuingState, String number) {

  private static final Pattern NUMBER = Pattern.compile("[A-Z0-9]{1,20}");

  public TravelDocument {
    issuingState = Texts.state("issuingState", issuingState);
    number = normalised(number);
  }

  /** {@code number} upper-cased without spaces, hyphens and MRZ fillers, or a refusal. */
  static String normalised(@Nullable String number) {
    String text = Texts.required("number", number, 40);
    String compact = text.toUpperCase(Locale.ROOT).replaceAll("[\\s<-]", "");
    if (!NUMBER.matcher(compact).matches()) {
      throw new InvalidInputException(
          "number", "must be 1-20 letters A-Z and digits (spaces and hyphens are dropped)");
    }
    return compact;
  }
}
