package org.mekong.core.casework;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.mekong.core.input.InvalidInputException;

/** A language a person speaks, as an ISO 639 code of two or three lower-case letters. */
public record Language(String code) {

  private static final Set<String> KNOWN = known();

  public Language {
    if (!KNOWN.contains(code)) {
      throw new IllegalArgumentException("not an ISO 639 language code: " + code);
    }
  }

  /**
   * The language spelled {@code code}.
   *
   * @throws InvalidInputException naming {@code field} when it is no ISO 639 code
   */
  public static Language parse(String field, String code) {
    if (!KNOWN.contains(code)) {
      throw new InvalidInputException(
          field,
          "must be an ISO 639 language code such as zh, th, my or vie, was '"
              + Codes.clip(code)
              + "'");
    }
    return new Language(code);
  }

  private static Set<String> known() {
    Set<String> codes = new HashSet<>();
    for (String two : Locale.getISOLanguages()) {
      codes.add(two);
      codes.add(Locale.of(two).getISO3Language());
    }
    return Set.copyOf(codes);
  }

  @Override
  public String toString() {
    return code;
  }
}
