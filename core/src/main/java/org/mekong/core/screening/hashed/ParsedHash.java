package org.mekong.core.screening.hashed;

/** The outcome of parsing a keyed hash's hex form: a hash, or what is wrong with the text. */
public sealed interface ParsedHash permits ParsedHash.Valid, ParsedHash.Invalid {

  /** The text is this hash. */
  record Valid(long hash) implements ParsedHash {}

  /** The text is no hash; the reason says what to fix. */
  record Invalid(String reason) implements ParsedHash {
    public Invalid {
      if (reason.isBlank()) {
        throw new IllegalArgumentException("an invalid hash needs a reason");
      }
    }
  }
}
