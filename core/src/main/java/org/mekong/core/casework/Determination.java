package org.mekong.core.casework;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.input.FreeText;
import org.mekong.core.input.Timestamps;

/**
 * A determination of whether a person is a victim or an offender: its own record, made by an agency
 * on a stated basis, which a later determination supersedes and never overwrites. It stays open
 * after the handover: the receiving country often decides last.
 *
 * @param supersedes the determination this one replaces; null for the first
 */
public record Determination(
    UUID id,
    PersonId person,
    Verdict verdict,
    AgencyId agency,
    String decidedBy,
    Instant at,
    String basis,
    @Nullable UUID supersedes) {

  /** The longest basis or name. */
  public static final int MAX_TEXT = 2_000;

  public Determination {
    requireNonNull(id, "id");
    requireNonNull(person, "person");
    requireNonNull(verdict, "verdict");
    requireNonNull(agency, "agency");
    Timestamps.require("at", at);
    for (String text : new String[] {decidedBy, basis}) {
      if (text.isBlank() || text.length() > MAX_TEXT || !FreeText.isClean(text)) {
        throw new IllegalArgumentException("a determination names who decided and on what basis");
      }
    }
  }
}
