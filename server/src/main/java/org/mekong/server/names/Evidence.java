package org.mekong.server.names;

import org.mekong.core.names.Comparison;
import org.mekong.core.names.NameComparator;
import org.mekong.core.names.Schema;

/**
 * Weighs a person's birth date and nationality after the names were compared: the same date adds
 * 0.05, the same year alone nothing, another year takes 0.15 off; a nationality the entity does not
 * have takes 0.05 off. Nothing is weighed when either side does not know.
 */
final class Evidence {

  private Evidence() {}

  static Comparison weigh(Comparison names, NameSearch.Query query, NameEntity entity) {
    if (query.schema() != Schema.PERSON || entity.schema() != Schema.PERSON) {
      return names;
    }
    double score = names.score();
    StringBuilder explanation = new StringBuilder(names.explanation());
    String date = query.birthDate();
    if (date != null && !entity.birthDates().isEmpty()) {
      if (entity.birthDates().stream().anyMatch(d -> d.equals(date))) {
        score += 0.05;
        explanation.append("; birth date equal");
      } else if (entity.birthDates().stream()
          .anyMatch(d -> d.regionMatches(0, date, 0, Math.min(4, date.length())))) {
        explanation.append("; birth year equal");
      } else {
        score -= 0.15;
        explanation.append("; birth date differs");
      }
    }
    String nationality = query.nationality();
    if (nationality != null && !entity.nationalities().isEmpty()) {
      if (entity.nationalities().contains(nationality)) {
        explanation.append("; nationality equal");
      } else {
        score -= 0.05;
        explanation.append("; nationality differs");
      }
    }
    double bounded = Math.round(Math.max(0, Math.min(1, score)) * 1000) / 1000.0;
    return new Comparison(bounded, bounded >= NameComparator.THRESHOLD, explanation.toString());
  }
}
