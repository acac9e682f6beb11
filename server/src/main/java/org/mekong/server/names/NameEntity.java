package org.mekong.server.names;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.category.Category;
import org.mekong.core.marking.Evaluation;
import org.mekong.core.marking.Handling;
import org.mekong.core.marking.Marking;
import org.mekong.core.marking.Tlp;
import org.mekong.core.names.Schema;
import org.mekong.core.sharing.SharedObject;

/**
 * A stored entity of a name list: its number in the index, the list and FtM id that identify it,
 * what is compared (schema, names, birth dates, nationalities) and who may see it (the importing
 * agency, the list's marking; the category is {@code sanctioned}).
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
    SharedObject shared) {

  NameEntity {
    names = List.copyOf(names);
    birthDates = List.copyOf(birthDates);
    nationalities = List.copyOf(nationalities);
    datasets = List.copyOf(datasets);
    if (names.isEmpty()) {
      throw new IllegalArgumentException("entity " + id + " has no name");
    }
  }

  /** What the sharing policy needs of a list's entity. */
  static SharedObject shared(AgencyId originator, Tlp tlp, Set<AgencyId> recipients) {
    return new SharedObject(
        originator,
        new Marking(tlp, Handling.NONE, Evaluation.UNJUDGED, recipients),
        EnumSet.of(Category.SANCTIONED));
  }
}
