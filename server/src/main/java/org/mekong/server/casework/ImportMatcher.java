package org.mekong.server.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.casework.DuplicateMatcher;
import org.mekong.core.casework.Exploitation;
import org.mekong.core.casework.KnownPeople;
import org.mekong.core.casework.ListRow;
import org.mekong.core.casework.Person;
import org.mekong.core.casework.PersonId;

/**
 * Matches the rows of a list for duplicates on all cores, the indexes only read: each row against
 * the people already known, then against the rows before it in an index of the whole list (only the
 * rows before it considered). A row's proposals are the best {@link KnownPeople#PROPOSALS} of the
 * union, as if the rows had been matched and added one by one. Each row's names were analysed once,
 * when the list was read: their keys, comparisons and the list's index use that analysis.
 */
final class ImportMatcher {

  private ImportMatcher() {}

  /** A row, the person it becomes, its names' blocking keys and its proposed duplicates. */
  record Matched(
      ListRow row, Person person, Set<String> keys, List<DuplicateMatcher.Proposal> proposals) {}

  static List<Matched> match(List<ListRow> rows, KnownPeople known, AgencyId importer) {
    List<Matched> known1 =
        IntStream.range(0, rows.size())
            .parallel()
            .mapToObj(
                i -> {
                  ListRow row = rows.get(i);
                  Set<String> keys = PersonStore.nameKeys(row.names());
                  return new Matched(
                      row,
                      person(row),
                      keys,
                      known.duplicates(
                          row.names(), row.birthDate(), row.documents(), keys, importer));
                })
            .toList();
    KnownPeople list = new KnownPeople();
    for (Matched m : known1) {
      list.addAnalysed(
          m.person().id(),
          m.row().names(),
          m.row().birthDate(),
          m.row().documents(),
          importer,
          m.keys());
    }
    List<Matched> out =
        IntStream.range(0, known1.size())
            .parallel()
            .mapToObj(
                i -> {
                  Matched m = known1.get(i);
                  ListRow row = m.row();
                  List<DuplicateMatcher.Proposal> proposals = new ArrayList<>(m.proposals());
                  proposals.addAll(
                      list.duplicates(
                          row.names(), row.birthDate(), row.documents(), m.keys(), importer, i));
                  return new Matched(row, m.person(), m.keys(), KnownPeople.best(proposals));
                })
            .toList();
    return out;
  }

  private static Person person(ListRow row) {
    return new Person(
        PersonId.random(),
        row.names(),
        row.birthDate(),
        row.sex(),
        row.nationalities(),
        row.documents(),
        List.of(),
        null,
        Set.of(),
        Exploitation.NONE);
  }
}
