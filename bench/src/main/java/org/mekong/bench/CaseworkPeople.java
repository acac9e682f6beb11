package org.mekong.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.mekong.core.names.Schema;
import org.mekong.core.synthetic.SyntheticNames;

/**
 * Synthetic people for the casework benchmarks, the same for a seed every time: known people (names
 * in their scripts, a birth date that is full for 80 %, a year for 15 % and unknown for 5 %, a
 * passport for half of them) and a partner's list in which 30 % of the rows are known people
 * spelled otherwise (words reordered, diacritics dropped or a typo; a third with their passport).
 */
final class CaseworkPeople {

  private static final String[] STATES = {"CHN", "MMR", "THA", "VNM", "LAO", "KHM", "IDN", "PHL"};

  private CaseworkPeople() {}

  /** One person: names, birth date as {@code YYYY[-MM-DD]} or null, passport state and number. */
  record Someone(
      List<String> names,
      @Nullable String birthDate,
      String sex,
      String nationality,
      @Nullable String passport) {}

  /** Known person number {@code i}. */
  static Someone known(long seed, int i) {
    SplittableRandom random = new SplittableRandom(seed * 7_919L + i);
    List<String> names = names(seed, i);
    String state = STATES[random.nextInt(STATES.length)];
    return new Someone(
        names,
        birthDate(random),
        random.nextBoolean() ? "male" : "female",
        state,
        random.nextBoolean() ? String.format(Locale.ROOT, "K%09d", i) : null);
  }

  /** Row {@code r} of a list of the world of {@code seed} with {@code known} known people. */
  static Row row(long seed, int known, int r) {
    SplittableRandom random = new SplittableRandom(seed * 104_729L + r);
    if (random.nextInt(10) < 3) {
      int k = random.nextInt(known);
      Someone original = known(seed, k);
      List<String> names = new ArrayList<>();
      names.add(SyntheticNames.variant(original.names().getFirst(), random));
      if (original.names().size() > 1 && random.nextBoolean()) {
        names.add(original.names().get(1));
      }
      String passport = random.nextInt(3) == 0 ? original.passport() : null;
      return new Row(
          new Someone(
              names, original.birthDate(), original.sex(), original.nationality(), passport),
          k);
    }
    Someone stranger = known(seed + 1, known + r);
    return new Row(
        new Someone(
            stranger.names(),
            stranger.birthDate(),
            stranger.sex(),
            stranger.nationality(),
            stranger.passport() == null ? null : "N" + stranger.passport().substring(1)),
        -1);
  }

  /** A row of a list and the known person it duplicates, or -1. */
  record Row(Someone someone, int duplicates) {}

  /** The list as CSV, its columns documented in docs/casework.md. */
  static String csv(List<Row> rows) {
    StringBuilder csv =
        new StringBuilder("names,birth_date,sex,nationalities,document_number,document_state\n");
    for (Row row : rows) {
      Someone s = row.someone();
      csv.append('"')
          .append(String.join("|", s.names()))
          .append("\",")
          .append(s.birthDate() == null ? "" : s.birthDate())
          .append(',')
          .append(s.sex())
          .append(',')
          .append(s.nationality())
          .append(',')
          .append(s.passport() == null ? "" : s.passport())
          .append(',')
          .append(s.passport() == null ? "" : s.nationality())
          .append('\n');
    }
    return csv.toString();
  }

  private static List<String> names(long seed, int i) {
    for (long s = seed; ; s += 31) {
      SyntheticNames.Entity entity = SyntheticNames.entity(s, i);
      if (entity.schema() == Schema.PERSON) {
        return entity.names();
      }
    }
  }

  private static @Nullable String birthDate(SplittableRandom random) {
    int kind = random.nextInt(20);
    int year = 1965 + random.nextInt(42);
    if (kind == 0) {
      return null;
    }
    if (kind <= 3) {
      return Integer.toString(year);
    }
    return String.format(
        Locale.ROOT, "%04d-%02d-%02d", year, 1 + random.nextInt(12), 1 + random.nextInt(28));
  }
}
