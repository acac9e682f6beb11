package org.mekong.core.casework;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mekong.core.input.PartialDate;

/**
 * One person of an imported list, as read from its line: the names, birth date, sex, nationalities
 * and documents the partner gave.
 */
public record ListRow(
    long line,
    List<PersonName> names,
    @Nullable PartialDate birthDate,
    Sex sex,
    List<Nationality> nationalities,
    List<IdentityDocument> documents) {

  public ListRow {
    names = List.copyOf(names);
    nationalities = List.copyOf(nationalities);
    documents = List.copyOf(documents);
    if (names.isEmpty()) {
      throw new IllegalArgumentException("a list row has at least one name");
    }
  }
}
