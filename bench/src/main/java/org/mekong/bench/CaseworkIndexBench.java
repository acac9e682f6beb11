package org.mekong.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.casework.DocumentType;
import org.mekong.core.casework.DuplicateMatcher;
import org.mekong.core.casework.IdentityDocument;
import org.mekong.core.casework.KnownPeople;
import org.mekong.core.casework.ListReader;
import org.mekong.core.casework.ListRow;
import org.mekong.core.casework.Nationality;
import org.mekong.core.casework.PersonId;
import org.mekong.core.casework.PersonName;
import org.mekong.core.input.PartialDate;
import org.mekong.core.names.AnalysedName;
import org.mekong.core.names.BlockingKeys;
import org.mekong.core.names.NameComparator;
import org.mekong.core.names.Schema;
import org.mekong.core.synthetic.SyntheticNames;

/**
 * Duplicate detection and person search against {@code known} synthetic people in casework's
 * in-memory index ({@link KnownPeople}), as the list import and {@code GET /persons} run them
 * without HTTP and PostgreSQL: a list of {@code rows} read as CSV, each row matched and then added
 * (the import's loop), on one thread; then name + birth date searches. The baseline in the same run
 * is a linear scan with the same comparator ({@link DuplicateMatcher}, names analysed once) over a
 * slice of the known people, extrapolated to all of them.
 *
 * <p>Arguments: {@code known rows slice baselineRows searches}; defaults 1,000,000 10,000 20,000 40
 * 1,000.
 */
public final class CaseworkIndexBench {

  private static final long SEED = 14L;
  private static final AgencyId IMPORTER = new AgencyId("th-immigration");

  private CaseworkIndexBench() {}

  public static void main(String[] args) {
    int known = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int rows = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    int slice = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
    int baselineRows = args.length > 3 ? Integer.parseInt(args[3]) : 40;
    int searches = args.length > 4 ? Integer.parseInt(args[4]) : 1_000;

    KnownPeople index = new KnownPeople();
    PersonId[] ids = new PersonId[known];
    long start = System.nanoTime();
    for (int i = 0; i < known; i++) {
      CaseworkPeople.Someone s = CaseworkPeople.known(SEED, i);
      ids[i] = new PersonId(new java.util.UUID(SEED, i));
      index.add(ids[i], s.names(), birth(s), documents(s), IMPORTER, keys(s.names()));
    }
    System.out.printf(
        Locale.ROOT,
        "index of %,d known people built in %.1f s (keys computed here; the node reads them stored)%n",
        known,
        (System.nanoTime() - start) / 1e9);

    List<CaseworkPeople.Row> list = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      list.add(CaseworkPeople.row(SEED, known, r));
    }
    String csv = CaseworkPeople.csv(list);
    // warm-up on a copy of the index's first rows is not possible without changing it: warm the
    // comparator on 500 rows of another list instead, matched but not added
    for (int r = 0; r < 500; r++) {
      CaseworkPeople.Row row = CaseworkPeople.row(SEED + 5, known, r);
      index.duplicates(
          names(row.someone().names()),
          birth(row.someone()),
          documents(row.someone()),
          keys(row.someone().names()),
          IMPORTER);
    }

    long[] perRow = new long[rows];
    int proposals = 0;
    int planted = 0;
    int plantedFound = 0;
    java.lang.management.ThreadMXBean cpu =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long cpuStart = cpu.getCurrentThreadCpuTime();
    start = System.nanoTime();
    ListReader.Reading reading = ListReader.read(csv, LocalDate.of(2026, 12, 6));
    for (int r = 0; r < reading.rows().size(); r++) {
      long t = System.nanoTime();
      ListRow row = reading.rows().get(r);
      Set<String> keys = new TreeSet<>(); // from the names analysed when the list was read
      row.names().forEach(n -> keys.addAll(BlockingKeys.of(n.analysed())));
      List<DuplicateMatcher.Proposal> found =
          index.duplicates(row.names(), row.birthDate(), row.documents(), keys, IMPORTER);
      index.addAnalysed(
          new PersonId(new java.util.UUID(SEED + 1, r)),
          row.names(),
          row.birthDate(),
          row.documents(),
          IMPORTER,
          keys);
      perRow[r] = System.nanoTime() - t;
      proposals += found.size();
      int duplicates = list.get(r).duplicates();
      if (duplicates >= 0) {
        planted++;
        PersonId target = ids[duplicates];
        if (found.stream().anyMatch(p -> p.person().equals(target))) {
          plantedFound++;
        }
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "index: CPU time of the import loop %.2f s: %,.0f rows/s by CPU time on one core%n",
        cpuSeconds,
        reading.rows().size() / cpuSeconds);
    double indexRowMillis = Arrays.stream(perRow).average().orElse(0) / 1e6;
    Arrays.sort(perRow);
    System.out.printf(
        Locale.ROOT,
        "index: %,d rows (%,d refused) read, matched and added in %.2f s: %,.0f rows/s on one"
            + " thread; a row p50 %.2f ms, p99 %.2f ms; %,d proposals; planted duplicates"
            + " proposed %,d of %,d (%.1f %%)%n",
        reading.rows().size(),
        reading.errors().size(),
        seconds,
        reading.rows().size() / seconds,
        perRow[perRow.length / 2] / 1e6,
        perRow[(int) (perRow.length * 0.99)] / 1e6,
        proposals,
        plantedFound,
        planted,
        100.0 * plantedFound / Math.max(1, planted));

    double baselineRowMillis = linearRowMillis(reading.rows(), known, slice, baselineRows);
    List<CaseworkPeople.Someone> sliceSomeone = new ArrayList<>(slice);
    List<List<AnalysedName>> sliceNames = new ArrayList<>(slice);
    slice(slice, sliceSomeone, sliceNames);
    System.out.printf(
        Locale.ROOT,
        "ratio (linear scan time a row / index time a row): %,.0fx; goal 2,000 rows/s: %s%n",
        baselineRowMillis / indexRowMillis,
        reading.rows().size() / seconds >= 2_000 ? "met in-process" : "NOT met in-process");

    search(index, known, searches, sliceSomeone, sliceNames);
  }

  /** The known people of a slice, their names analysed once. */
  static void slice(
      int slice, List<CaseworkPeople.Someone> someone, List<List<AnalysedName>> analysed) {
    for (int i = 0; i < slice; i++) {
      CaseworkPeople.Someone s = CaseworkPeople.known(SEED, i);
      someone.add(s);
      analysed.add(DuplicateMatcher.analysed(names(s.names())));
    }
  }

  /**
   * The baseline of the import: the first {@code baselineRows} rows compared with every person of a
   * slice of the known people by the same comparator; ms a row, extrapolated to {@code known}.
   */
  static double linearRowMillis(List<ListRow> rows, int known, int slice, int baselineRows) {
    List<CaseworkPeople.Someone> sliceSomeone = new ArrayList<>(slice);
    List<List<AnalysedName>> sliceNames = new ArrayList<>(slice);
    slice(slice, sliceSomeone, sliceNames);
    long start = System.nanoTime();
    int baselineProposals = 0;
    for (int r = 0; r < baselineRows; r++) {
      ListRow row = rows.get(r);
      List<AnalysedName> rowNames = DuplicateMatcher.analysed(row.names());
      for (int i = 0; i < slice; i++) {
        CaseworkPeople.Someone s = sliceSomeone.get(i);
        if (DuplicateMatcher.match(
                rowNames,
                row.birthDate(),
                row.documents(),
                new PersonId(new java.util.UUID(SEED, i)),
                sliceNames.get(i),
                birth(s),
                documents(s))
            .isPresent()) {
          baselineProposals++;
        }
      }
    }
    double millis = (System.nanoTime() - start) / 1e6 / baselineRows * ((double) known / slice);
    System.out.printf(
        Locale.ROOT,
        "linear scan, same comparator: %.1f ms a row against %,d people (measured on %,d rows"
            + " against a slice of %,d, %d proposals, extrapolated): %,.1f rows/s%n",
        millis,
        known,
        baselineRows,
        slice,
        baselineProposals,
        1000 / millis);
    return millis;
  }

  /**
   * The baseline of the search: each query compared by the same comparator with every person of a
   * slice whose birth date may agree; ms a query, extrapolated to {@code known}.
   */
  static double linearSearchMillis(
      List<String> queries, List<@Nullable PartialDate> dates, int known, int slice) {
    List<CaseworkPeople.Someone> people = new ArrayList<>(slice);
    List<List<AnalysedName>> analysed = new ArrayList<>(slice);
    slice(slice, people, analysed);
    int count = Math.min(20, queries.size());
    long start = System.nanoTime();
    for (int q = 0; q < count; q++) {
      AnalysedName query = NameComparator.analyse(Schema.PERSON, queries.get(q));
      PartialDate date = dates.get(q);
      for (int i = 0; i < slice; i++) {
        PartialDate born = birth(people.get(i));
        if (date != null && born != null && !date.compatibleWith(born)) {
          continue;
        }
        for (AnalysedName name : analysed.get(i)) {
          if (NameComparator.compare(query, name).match()) {
            break;
          }
        }
      }
    }
    return (System.nanoTime() - start) / 1e6 / count * ((double) known / slice);
  }

  private static void search(
      KnownPeople index,
      int known,
      int searches,
      List<CaseworkPeople.Someone> slice,
      List<List<AnalysedName>> sliceNames) {
    SplittableRandom random = new SplittableRandom(SEED + 9);
    List<String> queries = new ArrayList<>();
    List<@Nullable PartialDate> dates = new ArrayList<>();
    for (int q = 0; q < searches; q++) {
      CaseworkPeople.Someone s = CaseworkPeople.known(SEED, random.nextInt(known));
      queries.add(
          q % 4 == 3 ? s.names().getLast() : SyntheticNames.variant(s.names().getFirst(), random));
      dates.add(q % 2 == 0 ? birth(s) : null);
    }
    long[] latency = new long[searches];
    int hits = 0;
    for (int q = 0; q < searches; q++) {
      long t = System.nanoTime();
      hits += index.search(new PersonName(queries.get(q)), dates.get(q), IMPORTER, 20, 200).size();
      latency[q] = System.nanoTime() - t;
    }
    double mean = Arrays.stream(latency).average().orElse(0) / 1e6;
    Arrays.sort(latency);
    System.out.printf(
        Locale.ROOT,
        "search (name, and a birth date for half), limit 20: p50 %.2f ms, p99 %.2f ms, mean %.2f"
            + " ms; %,d hits%n",
        latency[searches / 2] / 1e6,
        latency[(int) (searches * 0.99)] / 1e6,
        mean,
        hits);
    double baselineMillis = linearSearchMillis(queries, dates, known, slice.size());
    System.out.printf(
        Locale.ROOT,
        "search by linear scan, same comparator: %.0f ms a query (extrapolated from %,d people);"
            + " ratio to the index's mean: %,.0fx; goal p99 < 50 ms: %s%n",
        baselineMillis,
        slice.size(),
        baselineMillis / mean,
        latency[(int) (searches * 0.99)] / 1e6 < 50 ? "met in-process" : "NOT met in-process");
  }

  static Set<String> keys(List<String> names) {
    Set<String> keys = new TreeSet<>();
    names.forEach(n -> keys.addAll(BlockingKeys.of(Schema.PERSON, n)));
    return keys;
  }

  static List<PersonName> names(List<String> names) {
    return names.stream().map(PersonName::new).toList();
  }

  static @Nullable PartialDate birth(CaseworkPeople.Someone s) {
    return s.birthDate() == null ? null : PartialDate.parse("birth_date", s.birthDate());
  }

  static List<IdentityDocument> documents(CaseworkPeople.Someone s) {
    return s.passport() == null
        ? List.of()
        : List.of(
            new IdentityDocument(
                DocumentType.PASSPORT, s.passport(), new Nationality(s.nationality()), null));
  }
}
