package org.mekong.core.casework;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mekong.core.input.PartialDate;
import org.mekong.core.names.AnalysedName;
import org.mekong.core.names.Comparison;
import org.mekong.core.names.NameComparator;

/**
 * Whether a row of a list and a known person are probably the same person: the same document (state
 * and number) decides alone; otherwise the best name comparison across their names counts, raised
 * by a compatible birth date and lowered by an incompatible one. A probable duplicate is only
 * proposed: a person decides.
 */
public final class DuplicateMatcher {

  /** The score from which a known person is proposed as a duplicate. */
  public static final double PROPOSE = 0.8;

  /** What a birth date that agrees adds to the names' score. */
  static final double DATES_AGREE = 0.05;

  /** What a birth date that disagrees takes away: enough that such a pair is never proposed. */
  static final double DATES_DIFFER = 0.3;

  private DuplicateMatcher() {}

  /** A proposal: the known person, the score in 0..1 and why. */
  public record Proposal(PersonId person, double score, String explanation) {}

  /** The proposal for {@code known} against a row, if it reaches {@link #PROPOSE}. */
  public static Optional<Proposal> match(
      List<PersonName> names,
      @Nullable PartialDate birthDate,
      List<IdentityDocument> documents,
      Person known) {
    return match(
        analysed(names),
        birthDate,
        documents,
        known.id(),
        analysed(known.names()),
        known.birthDate(),
        known.documents());
  }

  /**
   * The same decision on names analysed once ({@link NameComparator#analyse}): what an index that
   * compares one row with many known people calls.
   */
  public static Optional<Proposal> match(
      List<AnalysedName> names,
      @Nullable PartialDate birthDate,
      List<IdentityDocument> documents,
      PersonId known,
      List<AnalysedName> knownNames,
      @Nullable PartialDate knownBirthDate,
      List<IdentityDocument> knownDocuments) {
    for (IdentityDocument document : documents) {
      for (IdentityDocument other : knownDocuments) {
        if (document.sameDocumentAs(other)) {
          return Optional.of(
              new Proposal(
                  known,
                  1.0,
                  "same document "
                      + Codes.of(other.type())
                      + " "
                      + other.issuingState()
                      + " "
                      + other.number()));
        }
      }
    }
    if (birthDate != null
        && knownBirthDate != null
        && !birthDate.compatibleWith(knownBirthDate)
        && 1.0 - DATES_DIFFER < PROPOSE) {
      return Optional.empty(); // no names' score can make up for the birth dates
    }
    AnalysedName bestName = null;
    AnalysedName bestOther = null;
    double names1 = -1;
    for (AnalysedName name : names) {
      for (AnalysedName other : knownNames) {
        double s = NameComparator.score(name, other); // explained below, for the best pair only
        if (s > names1) {
          names1 = s;
          bestName = name;
          bestOther = other;
        }
      }
    }
    if (bestName == null || bestOther == null) {
      return Optional.empty();
    }
    double score = names1;
    String dates = "";
    if (birthDate != null && knownBirthDate != null) {
      boolean compatible = birthDate.compatibleWith(knownBirthDate);
      score = compatible ? Math.min(1.0, score + DATES_AGREE) : score - DATES_DIFFER;
      dates = compatible ? "; birth dates agree" : "; birth dates differ";
    }
    score = Math.max(0, score);
    if (score < PROPOSE) {
      return Optional.empty();
    }
    Comparison best = NameComparator.compare(bestName, bestOther);
    return Optional.of(
        new Proposal(
            known,
            Math.round(score * 1000) / 1000.0,
            String.format(
                Locale.ROOT, "names %.2f: %s%s", best.score(), best.explanation(), dates)));
  }

  /** Each name analysed for comparison as a person's (analysed when the name was checked). */
  public static List<AnalysedName> analysed(List<PersonName> names) {
    return names.stream().map(PersonName::analysed).toList();
  }
}
