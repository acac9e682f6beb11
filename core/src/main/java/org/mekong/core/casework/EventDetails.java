package org.mekong.core.casework;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.input.FreeText;
import org.mekong.core.input.Timestamps;

/**
 * What every case event records: the agency and the person acting for it, when, where (a known
 * site, a description of the place, or both), the documents issued or seen, and a note.
 */
public record EventDetails(
    AgencyId agency,
    String actingPerson,
    Instant at,
    @Nullable SiteId site,
    @Nullable String place,
    List<String> documents,
    @Nullable String note) {

  /** The longest text of a field. */
  public static final int MAX_TEXT = 2_000;

  public EventDetails {
    requireNonNull(agency, "agency");
    Timestamps.require("at", at);
    documents = List.copyOf(documents);
    if (site == null && place == null) {
      throw new IllegalArgumentException("an event names a site, a place or both");
    }
    check(actingPerson);
    if (actingPerson.isBlank()) {
      throw new IllegalArgumentException("an event names the person acting");
    }
    if (place != null) {
      check(place);
    }
    if (note != null) {
      check(note);
    }
    if (documents.size() > 50) {
      throw new IllegalArgumentException("an event lists at most 50 documents");
    }
    documents.forEach(EventDetails::check);
  }

  private static void check(String text) {
    if (text.length() > MAX_TEXT || !FreeText.isClean(text)) {
      throw new IllegalArgumentException("event text is clean and at most " + MAX_TEXT + " long");
    }
  }
}
