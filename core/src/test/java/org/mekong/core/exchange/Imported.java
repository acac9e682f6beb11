package org.mekong.core.exchange;

import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.category.Category;
import org.mekong.core.indicator.IndicatorDraft;
import org.mekong.core.marking.Evaluation;
import org.mekong.core.marking.Handling;
import org.mekong.core.marking.Marking;
import org.mekong.core.marking.Tlp;

/** Test helpers: import a text, and read the results as drafts, rejections or canonical keys. */
final class Imported {

  static final AgencyId CCIB = new AgencyId("th-ccib");

  /** Fraud, TLP:AMBER naming th-ccib, confidence 50. */
  static final ImportDefaults DEFAULTS =
      ImportDefaults.of(
          Set.of(Category.FRAUD),
          new Marking(Tlp.AMBER, Handling.NONE, Evaluation.UNJUDGED, Set.of(CCIB)));

  private Imported() {}

  static List<ImportResult> read(ImportFormat format, String text, ImportDefaults defaults) {
    try (Stream<ImportResult> results =
        IndicatorImport.read(format, new StringReader(text), defaults)) {
      return results.toList();
    }
  }

  static List<IndicatorDraft> drafts(List<ImportResult> results) {
    return results.stream()
        .filter(ImportResult.Accepted.class::isInstance)
        .map(result -> ((ImportResult.Accepted) result).draft())
        .toList();
  }

  static List<String> keys(List<ImportResult> results) {
    return drafts(results).stream().map(draft -> draft.selector().canonical()).toList();
  }

  static List<ImportResult.Rejected> rejected(List<ImportResult> results) {
    return results.stream()
        .filter(ImportResult.Rejected.class::isInstance)
        .map(ImportResult.Rejected.class::cast)
        .toList();
  }

  static List<Long> acceptedLines(List<ImportResult> results) {
    return results.stream()
        .filter(ImportResult.Accepted.class::isInstance)
        .map(ImportResult::line)
        .toList();
  }
}
