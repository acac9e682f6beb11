package org.mekong.core.stix;

/** The outcome of importing one STIX object: accepted, refused with a reason, or ignored. */
public sealed interface Imported permits Imported.Accepted, Imported.Refused, Imported.Ignored {

  /** The object's STIX id, or empty text when it has none. */
  String stixId();

  /** An indicator Mekong takes. */
  record Accepted(ImportedIndicator indicator) implements Imported {
    @Override
    public String stixId() {
      return indicator.stixId();
    }
  }

  /**
   * An indicator (or a malformed object) Mekong cannot take; the reason says what to change, e.g.
   * "unsupported observable type 'file'".
   */
  record Refused(String stixId, String type, String reason) implements Imported {
    public Refused {
      if (reason.isBlank()) {
        throw new IllegalArgumentException("a refusal needs a reason");
      }
    }
  }

  /**
   * An object Mekong does not import by design (identities, marking and extension definitions,
   * relationships, observables, other domain objects); fine to skip.
   */
  record Ignored(String stixId, String type) implements Imported {}
}
