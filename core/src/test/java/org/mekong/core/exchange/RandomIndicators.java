package org.mekong.core.exchange;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.category.Category;
import org.mekong.core.indicator.Indicator;
import org.mekong.core.indicator.IndicatorId;
import org.mekong.core.marking.Evaluation;
import org.mekong.core.marking.Handling;
import org.mekong.core.marking.HandlingCode;
import org.mekong.core.marking.InformationAccuracy;
import org.mekong.core.marking.Marking;
import org.mekong.core.marking.SourceReliability;
import org.mekong.core.marking.Tlp;
import org.mekong.core.selector.Parsed;
import org.mekong.core.selector.Selector;
import org.mekong.core.selector.SelectorType;
import org.mekong.core.selector.Selectors;

/**
 * Seeded random indicators of every selector type, with markings whose named recipients (where the
 * level allows them) are {@link Imported#CCIB}, as the test defaults give.
 */
final class RandomIndicators {

  private static final List<String> WALLETS =
      List.of(
          "TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7",
          "0xde0b295669a9fd93d5f28d9ec85e40f4cb697bae",
          "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",
          "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq");
  private static final List<String> IBANS =
      List.of("DE89370400440532013000", "GB82WEST12345698765432", "FR1420041010050500013M02606");
  private static final List<String> SUFFIXES = List.of("com", "co.th", "asia", "vn", "xyz");
  private static final List<String> TEXTS =
      List.of("Loan app, \"FastCash\"", "line one\nline two", "# not a comment", "฿ scam 诈骗", " ");

  private final Random random;

  RandomIndicators(Random random) {
    this.random = random;
  }

  /** The raw input of a random selector of {@code type}; null where the type cannot be made yet. */
  @Nullable String raw(SelectorType type) {
    return switch (type) {
      case PHONE -> random.nextBoolean() ? "+668" + digits(8) : "+86138" + digits(8);
      case BANK_ACCOUNT ->
          random.nextBoolean() ? pick(IBANS) : "TH:KASITHBK:" + digits(6 + random.nextInt(10));
      case WALLET -> pick(WALLETS);
      case DOMAIN -> "scam-" + letters(1 + random.nextInt(10)) + "." + pick(SUFFIXES);
      case URL ->
          "http://scam-"
              + letters(1 + random.nextInt(10))
              + "."
              + pick(SUFFIXES)
              + "/"
              + letters(4);
      case IP ->
          random.nextBoolean()
              ? random.nextInt(224) + "." + random.nextInt(256) + "." + random.nextInt(256) + ".1"
              : "2001:db8:" + Integer.toHexString(random.nextInt(65536)) + "::1";
      case IMEI -> imei();
      case IMSI -> "520" + digits(12);
      case EMAIL -> letters(5) + "@" + letters(6) + "." + pick(SUFFIXES);
      case APP -> "com." + letters(5) + ".app";
      case SOCIAL -> "telegram:" + letters(6);
    };
  }

  Selector selector(SelectorType type) {
    String raw = raw(type);
    if (raw == null) {
      throw new IllegalArgumentException("no random " + type);
    }
    return switch (Selectors.parse(raw, type, null)) {
      case Parsed.Valid valid -> valid.selector();
      case Parsed.Invalid invalid -> throw new IllegalStateException(raw + ": " + invalid.reason());
      case Parsed.Ambiguous ambiguous -> throw new IllegalStateException(raw + " ambiguous");
    };
  }

  Indicator indicator(Selector selector, AgencyId originator) {
    Set<Category> categories = EnumSet.noneOf(Category.class);
    do {
      categories.add(pick(List.of(Category.values())));
    } while (random.nextInt(3) == 0);
    Instant validFrom =
        Instant.parse("2026-01-01T00:00:00Z")
            .plus(random.nextInt(1_000_000_000), ChronoUnit.SECONDS)
            .plus(random.nextInt(1_000_000), ChronoUnit.MICROS);
    Instant validUntil =
        random.nextBoolean() ? null : validFrom.plus(1 + random.nextInt(9999), ChronoUnit.HOURS);
    String description = random.nextInt(3) == 0 ? null : pick(TEXTS).strip();
    return new Indicator(
        IndicatorId.of(originator, selector.id()),
        selector,
        categories,
        random.nextInt(101),
        marking(),
        originator,
        validFrom,
        validUntil,
        description == null || description.isEmpty() ? null : description,
        List.of(),
        validFrom,
        validFrom.plusSeconds(random.nextInt(1000)),
        1,
        false);
  }

  private Marking marking() {
    Tlp tlp = pick(List.of(Tlp.values()));
    List<HandlingCode> codes = new ArrayList<>();
    if (random.nextBoolean()) {
      codes.add(HandlingCode.NO_JUDICIAL_USE);
    }
    if (random.nextBoolean()) {
      codes.add(HandlingCode.NO_ONWARD_SHARING);
    }
    if (random.nextInt(3) == 0) {
      codes.add(new HandlingCode.H3("case 7; sealed \\ by court: " + digits(3)));
    }
    Evaluation evaluation =
        new Evaluation(
            pick(List.of(SourceReliability.values())), pick(List.of(InformationAccuracy.values())));
    Set<AgencyId> recipients =
        switch (tlp) {
          case CLEAR, GREEN -> Set.of();
          case AMBER, AMBER_STRICT, RED -> Set.of(Imported.CCIB);
        };
    return new Marking(tlp, new Handling(codes), evaluation, recipients);
  }

  private String imei() {
    String body = digits(14);
    int sum = 0;
    for (int i = 0; i < 14; i++) {
      int d = body.charAt(i) - '0';
      if (i % 2 == 1) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return body + (10 - sum % 10) % 10;
  }

  private String digits(int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append((char) ('0' + random.nextInt(10)));
    }
    return sb.toString();
  }

  private String letters(int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append((char) ('a' + random.nextInt(26)));
    }
    return sb.toString();
  }

  private <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }
}
