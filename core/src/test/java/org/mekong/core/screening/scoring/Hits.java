package org.mekong.core.screening.scoring;

import java.util.Set;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.category.Category;
import org.mekong.core.indicator.IndicatorId;
import org.mekong.core.marking.Tlp;
import org.mekong.core.screening.MatchKind;
import org.mekong.core.screening.ScreeningEntry;
import org.mekong.core.screening.ScreeningHit;
import org.mekong.core.selector.Parsed;
import org.mekong.core.selector.Selector;
import org.mekong.core.selector.SelectorType;
import org.mekong.core.selector.Selectors;

/** Screening hits for scoring tests: one phone indicator per number, from one agency. */
final class Hits {

  private static final AgencyId CCIB = new AgencyId("th-ccib");

  private Hits() {}

  /** A hit on the indicator of phone {@code +6689100nnnn} with these facts. */
  static ScreeningHit hit(int number, int confidence, Category... categories) {
    Selector phone = phone(number);
    ScreeningEntry entry =
        new ScreeningEntry(
            IndicatorId.of(CCIB, phone.id()),
            phone,
            Set.of(categories),
            confidence,
            Tlp.AMBER,
            CCIB);
    return new ScreeningHit(entry, MatchKind.EXACT, phone.canonical());
  }

  private static Selector phone(int number) {
    String raw = "+6689100" + String.format("%04d", number);
    if (Selectors.parse(raw, SelectorType.PHONE, null) instanceof Parsed.Valid valid) {
      return valid.selector();
    }
    throw new IllegalArgumentException("bad fixture " + raw);
  }
}
