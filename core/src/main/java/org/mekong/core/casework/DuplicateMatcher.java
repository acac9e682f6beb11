package org.mekong.core.casework;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mekong.core.input.PartialDate;
import org.mekong.core.names.Comparison;
import org.mekong.core.names.NameComparator;
import org.mekong.core.names.Schema;

/**
 * Whether a row of a list and a known person are probably the same person: the same document (state
 * and number) decides alone; otherwise the best name comparison across their names counts, raised
 * by a compatible birth date and lowered by an incompatible one. A probable duplicate is only
 * proposed: a person decides.
 */
public final class DuplicateMatcher {

  /** The score from which a known person is proposed as a duplicate. */
  public static final double PROPOSE = 0.8;

  private DuplicateMatcher() {}

  /** A proposal: the known person, the score in 0..1 and why. */
  public record Proposal(PersonId person, double score, String explanation) {}

  /** The proposal for {@code known} against a row, if it reaches {@link #PROPOSE}. */
  public static Optional<Proposal> match(
      List<PersonName> names,
      @Nullable PartialDate birthDate,
      List<IdentityDocument> documents,
      Person known) {
    for (IdentityDocument document : documents) {
      for (IdentityDocument other : known.documents()) {
        if (document.sameDocumentAs(other)) {
          return Optional.of(
              new Proposal(
                  known.id(),
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
    Comparison best = null;
    for (PersonName name : names) {
      for (PersonName other : known.names()) {
        Comparison comparison = NameComparator.compare(Schema.PERSON, name.value(), other.value());
        if (best == null || comparison.score() > best.score()) {
          best = comparison;
        }
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    double score = best.score();
    String dates = "";
    if (birthDate != null && known.birthDate() != null) {
      boolean compatible = birthDate.compatibleWith(known.birthDate());
      score = compatible ? Math.min(1.0, score + 0.05) : score - 0.3;
      dates = compatible ? "; birth dates agree" : "; birth dates differ";
    }
    score = Math.max(0, score);
    if (score < PROPOSE) {
      return Optional.empty();
    }
    return Optional.of(
        new Proposal(
            known.id(),
            Math.round(score * 1000) / 1000.0,
            String.format(
                Locale.ROOT, "names %.2f: %s%s", best.score(), best.explanation(), dates)));
  }
}
