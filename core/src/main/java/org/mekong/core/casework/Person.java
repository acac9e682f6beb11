package org.mekong.core.casework;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mekong.core.input.FreeText;
import org.mekong.core.input.PartialDate;

/**
 * A person in casework: names in one or more scripts, a full or partial birth date, sex,
 * nationalities, identity documents, languages, contact, needs and vulnerabilities, and what is
 * known of their recruitment and exploitation.
 */
public record Person(
    PersonId id,
    List<PersonName> names,
    @Nullable PartialDate birthDate,
    Sex sex,
    List<Nationality> nationalities,
    List<IdentityDocument> documents,
    List<Language> languages,
    @Nullable String contact,
    Set<Need> needs,
    Exploitation exploitation) {

  /** The most names, nationalities, documents or languages one person holds. */
  public static final int MAX_ITEMS = 20;

  /** The longest contact text. */
  public static final int MAX_CONTACT = 500;

  public Person {
    requireNonNull(id, "id");
    requireNonNull(sex, "sex");
    requireNonNull(exploitation, "exploitation");
    names = List.copyOf(names);
    nationalities = List.copyOf(nationalities);
    documents = List.copyOf(documents);
    languages = List.copyOf(languages);
    needs = Set.copyOf(needs);
    if (names.isEmpty()) {
      throw new IllegalArgumentException("a person has at least one name");
    }
    for (List<?> items : List.of(names, nationalities, documents, languages)) {
      if (items.size() > MAX_ITEMS) {
        throw new IllegalArgumentException("a person has at most " + MAX_ITEMS + " of each list");
      }
    }
    if (contact != null && (contact.length() > MAX_CONTACT || !FreeText.isClean(contact))) {
      throw new IllegalArgumentException("a contact is clean text of at most " + MAX_CONTACT);
    }
  }
}
