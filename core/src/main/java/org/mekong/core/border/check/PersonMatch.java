package org.mekong.core.border.check;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Why a traveller is taken for a listed person: how surely, the best name score, and the reasons in
 * words (which name matched how, the birth date, the nationality, the document).
 */
public record PersonMatch(Strength strength, double nameScore, List<String> reasons) {

  public PersonMatch {
    requireNonNull(strength, "strength");
    reasons = List.copyOf(reasons);
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("a match says why");
    }
  }
}
