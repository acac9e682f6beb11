package org.mekong.server.names;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.border.check.ListedProfile;
import org.mekong.core.category.Category;
import org.mekong.core.input.InvalidInputException;
import org.mekong.core.input.PartialDate;
import org.mekong.core.marking.Evaluation;
import org.mekong.core.marking.Handling;
import org.mekong.core.marking.Marking;
import org.mekong.core.marking.Tlp;
import org.mekong.core.names.Schema;
import org.mekong.core.sharing.SharedObject;

/**
 * A stored entity of a name list: its number in the index, the list and FtM id that identify it,
 * what is compared (schema, names, birth dates, nationalities), the sanctions programmes its
 * properties name ({@code programId}, {@code program}) and who may see it (the importing agency,
 * the list's marking; the category is {@code sanctioned}).
 */
record NameEntity(
    int number,
    String list,
    String id,
    Schema schema,
    List<String> names,
    List<String> birthDates,
    List<String> nationalities,
    List<String> datasets,
    List<String> programmes,
    SharedObject shared) {

  NameEntity {
    names = List.copyOf(names);
    birthDates = List.copyOf(birthDates);
    nationalities = List.copyOf(nationalities);
    datasets = List.copyOf(datasets);
    programmes = List.copyOf(programmes);
    if (names.isEmpty()) {
      throw new IllegalArgumentException("entity " + id + " has no name");
    }
  }

  /**
   * What a border check compares of the entity when it is a person, or null: its names, the birth
   * dates that are dates, the nationalities as ICAO codes; no documents.
   */
  @Nullable ListedProfile profile() {
    if (schema != Schema.PERSON) {
      return null;
    }
    List<PartialDate> born = new ArrayList<>();
    for (String date : birthDates) {
      try {
        born.add(PartialDate.parse("birthDate", date));
      } catch (InvalidInputException e) {
        // a date the list wrote wrongly (a 13th month) tells nothing: as if unknown
      }
    }
    List<String> states = new ArrayList<>();
    for (String country : nationalities) {
      String code = ListedProfile.alpha3(country);
      if (code != null && !states.contains(code)) {
        states.add(code);
      }
    }
    return new ListedProfile(names, born, states, List.of());
  }

  /** What the sharing policy needs of a list's entity. */
  static SharedObject shared(AgencyId originator, Tlp tlp, Set<AgencyId> recipients) {
    return new SharedObject(
        originator,
        new Marking(tlp, Handling.NONE, Evaluation.UNJUDGED, recipients),
        EnumSet.of(Category.SANCTIONED));
  }
}
