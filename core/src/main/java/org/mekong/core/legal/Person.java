package org.mekong.core.legal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mekong.core.border.mrz.Sex;
import org.mekong.core.input.InvalidInputException;
import org.mekong.core.input.PartialDate;
import org.mekong.core.names.NameComparator;
import org.mekong.core.names.Schema;

/**
 * A person a record is about: the names they are known by (any script, at least one), birth date
 * (full or partial), nationality (ICAO 9303 code), sex and travel or identity documents.
 *
 * @param names 1-10 names, each one a person's name the name comparator can compare
 * @param birthDate null when unknown
 * @param nationality ICAO 9303 code (ISO 3166-1 alpha-3 or ICAO's own); null when unknown
 * @param sex null when unknown
 * @param documents at most 10
 */
public record Person(
    List<String> names,
    @Nullable PartialDate birthDate,
    @Nullable String nationality,
    @Nullable Sex sex,
    List<TravelDocument> documents)
    implements Subject {

  /** Most names and documents a person may have. */
  public static final int MAX_ENTRIES = 10;

  public Person {
    names = Texts.list("names", names, MAX_ENTRIES);
    if (names.isEmpty()) {
      throw new InvalidInputException("names", "needs at least one name");
    }
    names = names.stream().map(name -> name(name)).toList();
    nationality = nationality == null ? null : Texts.state("nationality", nationality);
    documents = Texts.list("documents", documents, MAX_ENTRIES);
  }

  private static String name(String name) {
    String text = Texts.required("names", name, Texts.SHORT);
    NameComparator.rejection(Schema.PERSON, text)
        .ifPresent(
            why -> {
              throw new InvalidInputException("names", why);
            });
    return text;
  }

  /** Whether this person holds the document with this number from this state. */
  public boolean holds(String issuingState, String number) {
    return documents.stream()
        .anyMatch(d -> d.issuingState().equals(issuingState) && d.number().equals(number));
  }
}
