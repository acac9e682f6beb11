package org.mekong.core.border.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mekong.core.input.PartialDate;
import org.mekong.core.legal.Person;
import org.mekong.core.legal.TravelDocument;
import org.mekong.core.names.AnalysedName;
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
    return match(traveller, ListedProfile.of(listed), null);
  }

  /** How {@code traveller} matches {@code listed}, or empty when it does not. */
  public static Optional<PersonMatch> match(Traveller traveller, ListedProfile listed) {
    return match(traveller, listed, null);
  }

  /**
   * How {@code traveller} matches {@code listed}, or empty when it does not, with the best
   * comparison of the traveller's name with the listed names when a caller already made it (an
   * index ranking candidates), or null to compare them here.
   */
  public static Optional<PersonMatch> match(
      Traveller traveller, ListedProfile listed, @Nullable Comparison bestName) {
    List<String> reasons = new ArrayList<>();
    TravelDocument held = traveller.document();
    boolean sameDocument = held != null && listed.holds(held);
    if (held != null && sameDocument) {
      reasons.add(
          "same document: " + held.issuingState() + " " + held.number() + " is listed for them");
    }
    if (!sameDocument && !listed.bornCompatibly(traveller.birthDate())) {
      return Optional.empty(); // a different birth date: no name need be compared
    }
    Comparison best = bestName != null ? bestName : bestName(traveller, listed);
    double score = best == null ? 0.0 : best.score();
    if (best != null && best.match()) {
      reasons.add("name matches (score %.3f): %s".formatted(best.score(), best.explanation()));
    }
    if (!sameDocument && (best == null || !best.match())) {
      return Optional.empty();
    }
    PartialDate born = traveller.birthDate();
    PartialDate agreeing = agreeing(born, listed.birthDates());
    boolean birthKnown = born != null && !listed.birthDates().isEmpty();
    if (born != null && agreeing != null) {
      reasons.add("birth date " + born + " agrees with " + agreeing);
    } else if (born != null && birthKnown) {
      reasons.add("birth date " + born + " differs from " + join(listed.birthDates()));
    } else {
      reasons.add(
          "birth date unknown on " + (born == null ? "the traveller's" : "the listed") + " side");
    }
    String nationality = traveller.nationality();
    boolean nationalityDiffers =
        nationality != null
            && !listed.nationalities().isEmpty()
            && !listed.nationalities().contains(nationality);
    if (nationality != null && !listed.nationalities().isEmpty()) {
      reasons.add(
          nationalityDiffers
              ? "nationality " + nationality + " differs from " + join(listed.nationalities())
              : "nationality " + nationality + " agrees");
    }
    Strength strength;
    if (sameDocument) {
      strength = Strength.CERTAIN;
    } else if (agreeing != null && !nationalityDiffers) {
      strength = Strength.STRONG;
    } else {
      strength = Strength.POSSIBLE;
    }
    return Optional.of(new PersonMatch(strength, score, reasons));
  }

  private static @Nullable PartialDate agreeing(
      @Nullable PartialDate born, List<PartialDate> listed) {
    if (born == null) {
      return null;
    }
    for (PartialDate date : listed) {
      if (born.compatibleWith(date)) {
        return date;
      }
    }
    return null;
  }

  private static String join(List<?> values) {
    return values.size() == 1
        ? values.getFirst().toString()
        : String.join(" or ", values.stream().map(Object::toString).toList());
  }

  private static @Nullable Comparison bestName(Traveller traveller, ListedProfile listed) {
    AnalysedName query = NameComparator.analyse(Schema.PERSON, traveller.fullName());
    Comparison best = null;
    for (String name : listed.names()) {
      Comparison comparison;
      try {
        comparison = NameComparator.compare(query, NameComparator.analyse(Schema.PERSON, name));
      } catch (IllegalArgumentException e) {
        continue; // a listed name with nothing to compare
      }
      if (best == null || comparison.score() > best.score()) {
        best = comparison;
      }
    }
    return best;
  }
}
