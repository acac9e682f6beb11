package org.mekong.core.border.check;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import org.jspecify.annotations.Nullable;
import org.mekong.core.input.PartialDate;
import org.mekong.core.legal.Person;
import org.mekong.core.legal.TravelDocument;

/**
 * What a border check compares of a listed person, whatever lists them (a ban, a notice, a legal
 * action, an open case, a sanctions list): the names in any script, the birth dates and
 * nationalities the list gives (several where a list records several, none when unknown) and the
 * documents.
 *
 * @param nationalities ICAO 9303 codes (ISO 3166-1 alpha-3 or ICAO's own)
 */
public record ListedProfile(
    List<String> names,
    List<PartialDate> birthDates,
    List<String> nationalities,
    List<TravelDocument> documents) {

  public ListedProfile {
    names = List.copyOf(names);
    birthDates = List.copyOf(birthDates);
    nationalities = List.copyOf(nationalities);
    documents = List.copyOf(documents);
    if (names.isEmpty()) {
      throw new IllegalArgumentException("a listed person has at least one name");
    }
  }

  /** The profile of a person of a legal record. */
  public static ListedProfile of(Person person) {
    PartialDate born = person.birthDate();
    String nationality = person.nationality();
    return new ListedProfile(
        person.names(),
        born == null ? List.of() : List.of(born),
        nationality == null ? List.of() : List.of(nationality),
        person.documents());
  }

  /**
   * Whether a traveller born on {@code born} may be this person by the birth date: unknown on
   * either side, or compatible with one of the listed dates.
   */
  public boolean bornCompatibly(@Nullable PartialDate born) {
    if (born == null || birthDates.isEmpty()) {
      return true;
    }
    for (PartialDate listed : birthDates) {
      if (born.compatibleWith(listed)) {
        return true;
      }
    }
    return false;
  }

  /** Whether this person holds the document with this number from this state. */
  public boolean holds(TravelDocument document) {
    return documents.contains(document);
  }

  /**
   * The ICAO 9303 code of an ISO 3166-1 alpha-2 country code as lists such as FollowTheMoney's
   * write nationalities ({@code th}, {@code MM}), or null when it names no country.
   */
  public static @Nullable String alpha3(String alpha2) {
    if (alpha2.length() != 2) {
      return null;
    }
    try {
      String code = Locale.of("", alpha2.toUpperCase(Locale.ROOT)).getISO3Country();
      return code.isEmpty() ? null : code;
    } catch (MissingResourceException e) {
      return null;
    }
  }
}
