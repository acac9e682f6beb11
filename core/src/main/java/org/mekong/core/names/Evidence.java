package org.mekong.core.names;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Adjusts the names' score of two persons by what else is known of them. A shared document number
 * (same type, same state) makes them the same person; everything else either multiplies the score
 * by a factor below one (evidence against) or moves it part of the way toward one (evidence for).
 * Factors and steps are listed in docs/names.md.
 */
final class Evidence {

  /** The same type of document of the same state with another number. */
  static final double OTHER_DOCUMENT = 0.5;

  /** Birth years more than one apart. */
  static final double OTHER_YEAR = 0.55;

  /** Birth years one apart (a common slip, or an estimate). */
  static final double NEAR_YEAR = 0.85;

  /** Same year, another month and day that are not the swapped ones. */
  static final double OTHER_DAY = 0.75;

  /** Both sexes known and different. */
  static final double OTHER_SEX = 0.6;

  /** Both nationalities known (same kind of code) and different: dual nationals exist. */
  static final double OTHER_NATIONALITY = 0.9;

  /** Part of the way to one for the same whole birth date. */
  static final double SAME_DATE = 0.3;

  /** Part of the way to one for the same date with day and month swapped. */
  static final double SWAPPED_DATE = 0.15;

  /** Part of the way to one for the same year when one side only knows the year. */
  static final double SAME_YEAR = 0.1;

  /** Part of the way to one for the same nationality. */
  static final double SAME_NATIONALITY = 0.05;

  private Evidence() {}

  /** The names' comparison adjusted by the persons' evidence. */
  static Comparison apply(Comparison names, PersonEvidence a, PersonEvidence b) {
    if (a.isEmpty() || b.isEmpty()) {
      return names;
    }
    List<String> notes = new ArrayList<>();
    for (IdentityDocument x : a.documents()) {
      for (IdentityDocument y : b.documents()) {
        if (x.type() == y.type()
            && x.country().equals(y.country())
            && x.canonicalNumber().equals(y.canonicalNumber())) {
          String note =
              "%s %s %s identical: same person"
                  .formatted(label(x.type()), x.country(), x.canonicalNumber());
          return new Comparison(1.0, true, names.explanation() + "; " + note);
        }
      }
    }
    double factor = 1.0;
    double toward = 0.0;
    for (IdentityDocument x : a.documents()) {
      for (IdentityDocument y : b.documents()) {
        if (x.type() == y.type() && x.country().equals(y.country())) {
          factor *= OTHER_DOCUMENT;
          notes.add(
              "%s %s %s≠%s: evidence against"
                  .formatted(
                      label(x.type()), x.country(), x.canonicalNumber(), y.canonicalNumber()));
        }
      }
    }
    BirthDate da = a.birthDate();
    BirthDate db = b.birthDate();
    if (da != null && db != null) {
      String pair = "birth date " + da + (da.equals(db) ? "" : "≠" + db);
      if (da.year() != db.year()) {
        boolean near = Math.abs(da.year() - db.year()) == 1;
        factor *= near ? NEAR_YEAR : OTHER_YEAR;
        notes.add(pair + (near ? ": years one apart, against" : ": evidence against"));
      } else if (!da.exact() || !db.exact()) {
        toward = more(toward, SAME_YEAR);
        notes.add("birth year " + da.year() + " same: for");
      } else if (da.equals(db)) {
        toward = more(toward, SAME_DATE);
        notes.add(pair + " same: for");
      } else if (da.month() == db.day() && da.day() == db.month()) {
        toward = more(toward, SWAPPED_DATE);
        notes.add(pair + ": day and month swapped, for");
      } else {
        factor *= OTHER_DAY;
        notes.add(pair + ": same year, another day, against");
      }
    }
    String na = a.nationality();
    String nb = b.nationality();
    if (na != null && nb != null && na.length() == nb.length()) {
      if (na.equals(nb)) {
        toward = more(toward, SAME_NATIONALITY);
        notes.add("nationality " + na + " same: for");
      } else {
        factor *= OTHER_NATIONALITY;
        notes.add("nationality " + na + "≠" + nb + ": against");
      }
    }
    PersonEvidence.@Nullable Sex sa = a.sex();
    PersonEvidence.@Nullable Sex sb = b.sex();
    if (sa != null && sb != null && sa != sb) {
      factor *= OTHER_SEX;
      notes.add("sex " + label(sa) + "≠" + label(sb) + ": evidence against");
    }
    if (notes.isEmpty()) {
      return names;
    }
    double lowered = names.score() * factor;
    double score = Math.round((lowered + (1 - lowered) * toward) * 1000) / 1000.0;
    return new Comparison(
        score,
        score >= NameComparator.THRESHOLD,
        names.explanation() + "; " + String.join("; ", notes));
  }

  /** Evidence for does not add up: the strongest piece counts. */
  private static double more(double current, double step) {
    return Math.max(current, step);
  }

  private static String label(IdentityDocument.Type type) {
    return switch (type) {
      case PASSPORT -> "passport";
      case NATIONAL_ID -> "national id";
      case OTHER -> "document";
    };
  }

  private static String label(PersonEvidence.Sex sex) {
    return switch (sex) {
      case FEMALE -> "female";
      case MALE -> "male";
    };
  }
}
