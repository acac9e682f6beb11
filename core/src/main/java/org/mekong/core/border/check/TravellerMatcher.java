package org.mekong.core.border.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mekong.core.input.PartialDate;
import org.mekong.core.legal.Person;
import org.mekong.core.legal.TravelDocument;
import org.mekong.core.names.Comparison;
import org.mekong.core.names.NameComparator;
import org.mekong.core.names.Schema;

/**
 * Decides whether a traveller may be a listed person, and says why. The same document number of the
 * same issuing state is certain whatever the name. Otherwise the name must match (the name
 * comparator's threshold, against any of the person's names, across scripts) and the birth date
 * must not contradict: a match with the birth date agreeing is strong; with a birth date unknown on
 * either side, or a different nationality, possible. A different birth date is no match.
 */
public final class TravellerMatcher {

  private TravellerMatcher() {}

  /** How {@code traveller} matches {@code listed}, or empty when it does not. */
  public static Optional<PersonMatch> match(Traveller traveller, Person listed) {
    List<String> reasons = new ArrayList<>();
    TravelDocument held = traveller.document();
    boolean sameDocument = held != null && listed.holds(held.issuingState(), held.number());
    if (held != null && sameDocument) {
      reasons.add(
          "same document: " + held.issuingState() + " " + held.number() + " is listed for them");
    }
    Comparison best = bestName(traveller, listed);
    double score = best == null ? 0.0 : best.score();
    if (best != null && best.match()) {
      reasons.add("name matches (score %.3f): %s".formatted(best.score(), best.explanation()));
    }
    if (!sameDocument && (best == null || !best.match())) {
      return Optional.empty();
    }
    PartialDate born = traveller.birthDate();
    PartialDate listedBorn = listed.birthDate();
    boolean birthKnown = born != null && listedBorn != null;
    boolean birthAgrees = born != null && listedBorn != null && born.compatibleWith(listedBorn);
    if (born != null && listedBorn != null) {
      reasons.add(
          birthAgrees
              ? "birth date " + born + " agrees with " + listedBorn
              : "birth date " + born + " differs from " + listedBorn);
    } else {
      reasons.add(
          "birth date unknown on " + (born == null ? "the traveller's" : "the listed") + " side");
    }
    if (!sameDocument && birthKnown && !birthAgrees) {
      return Optional.empty();
    }
    String nationality = traveller.nationality();
    String listedNationality = listed.nationality();
    boolean nationalityDiffers =
        nationality != null && listedNationality != null && !nationality.equals(listedNationality);
    if (nationality != null && listedNationality != null) {
      reasons.add(
          nationalityDiffers
              ? "nationality " + nationality + " differs from " + listedNationality
              : "nationality " + nationality + " agrees");
    }
    Strength strength;
    if (sameDocument) {
      strength = Strength.CERTAIN;
    } else if (birthAgrees && !nationalityDiffers) {
      strength = Strength.STRONG;
    } else {
      strength = Strength.POSSIBLE;
    }
    return Optional.of(new PersonMatch(strength, score, reasons));
  }

  private static @Nullable Comparison bestName(Traveller traveller, Person listed) {
    Comparison best = null;
    for (String name : listed.names()) {
      Comparison comparison = NameComparator.compare(Schema.PERSON, traveller.fullName(), name);
      if (best == null || comparison.score() > best.score()) {
        best = comparison;
      }
    }
    return best;
  }
}
