package org.mekong.core.screening.event;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.category.Category;
import org.mekong.core.indicator.IndicatorId;
import org.mekong.core.marking.Tlp;
import org.mekong.core.screening.ScreeningEntry;
import org.mekong.core.screening.WatchList;
import org.mekong.core.screening.scoring.ScoringRule;
import org.mekong.core.selector.Parsed;
import org.mekong.core.selector.Selector;
import org.mekong.core.selector.SelectorType;
import org.mekong.core.selector.Selectors;

/**
 * A small real watch list: one indicator of each kind the events check, and one TLP:RED phone the
 * client may not see. Scores under the default rule are in the comments.
 */
final class ListedWorld {

  static final AgencyId CCIB = new AgencyId("th-ccib");

  /** Fake police, confidence 90: p = 1.0 × 0.9, score 90. */
  static final ScreeningEntry FAKE_POLICE =
      entry(SelectorType.PHONE, "+66891234567", Category.FRAUD_IMPERSONATION_AUTHORITY, 90);

  /** Fake police too, but TLP:RED: filtered out before scoring. */
  static final ScreeningEntry RED_PHONE =
      new ScreeningEntry(
          IndicatorId.of(CCIB, parse(SelectorType.PHONE, "+66891234568").id()),
          parse(SelectorType.PHONE, "+66891234568"),
          Set.of(Category.FRAUD),
          90,
          Tlp.RED,
          CCIB);

  /** Gambling, confidence 80: p = 0.6 × 0.8, score 48. */
  static final ScreeningEntry CASINO =
      entry(SelectorType.DOMAIN, "fun88.asia", Category.GAMBLING, 80);

  /** Phishing, confidence 90: p = 0.9 × 0.9, score 81. */
  static final ScreeningEntry PHISHING =
      entry(SelectorType.URL, "http://evil.example.com/login", Category.FRAUD_PHISHING, 90);

  /** Money mule, confidence 80: p = 0.9 × 0.8, score 72. */
  static final ScreeningEntry MULE =
      entry(SelectorType.BANK_ACCOUNT, "TH:KASITHBK:1234567890", Category.MONEY_MULE, 80);

  /** An OFAC-listed TRON wallet, confidence 100: p = 1.0, score 100. */
  static final ScreeningEntry SANCTIONED_WALLET =
      entry(SelectorType.WALLET, "TBHTJqAy4DhHhmT3dNceJYNRz4SdLofLre", Category.SANCTIONED, 100);

  /** A SIM box handset, confidence 70: p = 0.8 × 0.7, score 56. */
  static final ScreeningEntry SIM_BOX =
      entry(SelectorType.IMEI, "490154203237518", Category.CALLING_INFRASTRUCTURE, 70);

  static final WatchList LIST =
      WatchList.of(
          List.of(FAKE_POLICE, RED_PHONE, CASINO, PHISHING, MULE, SANCTIONED_WALLET, SIM_BOX));

  private ListedWorld() {}

  /** A screener over the list without what is TLP:RED, by the default rule. */
  static EventScreener screener(@Nullable String region) {
    return new EventScreener(
        selector -> LIST.screen(selector).stream().filter(h -> h.entry().tlp() != Tlp.RED).toList(),
        ScoringRule.defaults(),
        region);
  }

  static Selector parse(SelectorType type, String raw) {
    if (Selectors.parse(raw, type, null) instanceof Parsed.Valid valid) {
      return valid.selector();
    }
    throw new IllegalArgumentException("bad fixture " + type + " '" + raw + "'");
  }

  private static ScreeningEntry entry(
      SelectorType type, String raw, Category category, int confidence) {
    Selector selector = parse(type, raw);
    return new ScreeningEntry(
        IndicatorId.of(CCIB, selector.id()),
        selector,
        Set.of(category),
        confidence,
        Tlp.AMBER,
        CCIB);
  }
}
