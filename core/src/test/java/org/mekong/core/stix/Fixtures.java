package org.mekong.core.stix;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.category.Category;
import org.mekong.core.indicator.ExternalReference;
import org.mekong.core.indicator.Indicator;
import org.mekong.core.indicator.IndicatorId;
import org.mekong.core.marking.Evaluation;
import org.mekong.core.marking.Handling;
import org.mekong.core.marking.HandlingCode;
import org.mekong.core.marking.Marking;
import org.mekong.core.marking.Tlp;
import org.mekong.core.selector.Parsed;
import org.mekong.core.selector.Selector;
import org.mekong.core.selector.SelectorType;
import org.mekong.core.selector.Selectors;

/** Selectors of every type and indicators on them, for the STIX tests. */
final class Fixtures {

  static final AgencyId CCIB = new AgencyId("th-ccib");
  static final AgencyId MPS = new AgencyId("cn-mps");

  private Fixtures() {}

  /** One selector of every kind Mekong has (both IP versions, both bank account forms, ...). */
  static Map<String, Selector> selectors() {
    Map<String, Selector> selectors = new LinkedHashMap<>();
    selectors.put("phone", parse("+66812345678", SelectorType.PHONE));
    selectors.put("iban", parse("DE89 3704 0044 0532 0130 00", SelectorType.BANK_ACCOUNT));
    selectors.put("national", parse("TH:KASITHBK:123-4-56789-0", SelectorType.BANK_ACCOUNT));
    selectors.put("tron", parse("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", SelectorType.WALLET));
    selectors.put("evm", parse("0x52908400098527886E0F7030069857D2E4169EE7", SelectorType.WALLET));
    selectors.put("btc", parse("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", SelectorType.WALLET));
    selectors.put("domain", parse("M.Fun88.asia", SelectorType.DOMAIN));
    selectors.put("ipv4", parse("203.0.113.7", SelectorType.IP));
    selectors.put("cidr", parse("198.51.100.0/24", SelectorType.IP));
    selectors.put("ipv6", parse("2001:db8::1", SelectorType.IP));
    selectors.put("imei", parse("490154203237518", SelectorType.IMEI));
    selectors.put("imsi", parse("520031234567890", SelectorType.IMSI));
    selectors.put("email", parse("o'brien@example.com", SelectorType.EMAIL));
    selectors.put("app", parse("com.example.loanapp", SelectorType.APP));
    selectors.put("social", parse("telegram:@Scam_Support", SelectorType.SOCIAL));
    return selectors;
  }

  /** The selector of {@link #selectors()} named {@code name}. */
  static Selector selector(String name) {
    return Objects.requireNonNull(selectors().get(name), name);
  }

  static Selector parse(String raw, SelectorType type) {
    Parsed parsed = Selectors.parse(raw, type, null);
    if (parsed instanceof Parsed.Valid valid) {
      return valid.selector();
    }
    throw new IllegalArgumentException(raw + " does not parse: " + parsed);
  }

  /** A full indicator on {@code selector}: every optional part present. */
  static Indicator indicator(Selector selector) {
    return indicator(
        selector,
        new Marking(
            Tlp.AMBER,
            Handling.of(HandlingCode.NO_ONWARD_SHARING, new HandlingCode.H3("no 'press' \\ use")),
            Evaluation.fromCode("B2").orElseThrow(),
            Set.of(MPS)),
        Instant.parse("2026-12-31T00:00:00Z"),
        "Used in \"fake police\" calls; victim's money sent on.");
  }

  static Indicator indicator(
      Selector selector, Marking marking, @Nullable Instant validUntil, @Nullable String text) {
    return new Indicator(
        IndicatorId.of(CCIB, selector.id()),
        selector,
        Set.of(Category.FRAUD_IMPERSONATION_AUTHORITY, Category.MONEY_MULE),
        80,
        marking,
        CCIB,
        Instant.parse("2026-03-01T08:00:00Z"),
        validUntil,
        text,
        List.of(
            new ExternalReference(
                "th-ccib-case", "https://ccib.example/cases/2026-0042", "2026-0042")),
        Instant.parse("2026-03-01T08:00:00.123456Z"),
        Instant.parse("2026-03-02T09:30:00.5Z"),
        2,
        false);
  }

  /** A bare indicator: no description, references, end of validity or restrictions. */
  static Indicator bare(Selector selector) {
    return new Indicator(
        IndicatorId.of(CCIB, selector.id()),
        selector,
        Set.of(Category.GAMBLING),
        60,
        Marking.of(Tlp.GREEN),
        CCIB,
        Instant.parse("2026-03-01T00:00:00Z"),
        null,
        null,
        List.of(),
        Instant.parse("2026-03-01T00:00:00Z"),
        Instant.parse("2026-03-01T00:00:00Z"),
        1,
        false);
  }
}
