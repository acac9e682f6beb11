package org.mekong.core.stix;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.iban4j.CountryCode;
import org.iban4j.Iban;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.category.Category;
import org.mekong.core.indicator.ExternalReference;
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

/** Seeded random indicators on selectors of every type, with awkward texts in every field. */
final class RandomIndicators {

  private static final List<String> WALLETS =
      List.of(
          "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t",
          "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",
          "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy",
          "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq");
  private static final List<CountryCode> IBAN_COUNTRIES =
      List.of(CountryCode.DE, CountryCode.GB, CountryCode.FR, CountryCode.AE, CountryCode.TR);
  private static final List<String> AWKWARD =
      List.of("it's", "back\\slash", "\\'", "''", "泰国 ผู้ร้าย", "line\nbreak", "\"quoted\"");

  private final Random random;

  RandomIndicators(Random random) {
    this.random = random;
  }

  /** A random selector of {@code type} (IP alternates between versions and blocks). */
  Selector selector(SelectorType type) {
    for (int attempt = 0; attempt < 1000; attempt++) {
      String raw =
          switch (type) {
            case PHONE ->
                switch (random.nextInt(3)) {
                  case 0 -> "+668" + (1 + random.nextInt(9)) + digits(7);
                  case 1 -> "+86138" + digits(8);
                  default -> "+8490" + digits(7);
                };
            case BANK_ACCOUNT ->
                random.nextBoolean()
                    ? Iban.random(IBAN_COUNTRIES.get(random.nextInt(IBAN_COUNTRIES.size())))
                        .toString()
                    : "TH:" + letters(4) + "TH" + letters(2) + ":" + digits(6 + random.nextInt(14));
            case WALLET ->
                random.nextBoolean()
                    ? WALLETS.get(random.nextInt(WALLETS.size()))
                    : "0x" + HexFormat.of().formatHex(bytes(20));
            case DOMAIN -> label() + "." + label() + (random.nextBoolean() ? ".com" : ".co.th");
            case URL ->
                "https://" + label() + "." + label() + ".top/" + label() + "?id=" + digits(3);
            case IP ->
                switch (random.nextInt(3)) {
                  case 0 ->
                      random.nextInt(224) + "." + random.nextInt(256) + ".7." + random.nextInt(256);
                  case 1 -> random.nextInt(224) + "." + random.nextInt(256) + ".0.0/16";
                  default -> "2001:db8:" + Integer.toHexString(random.nextInt(65536)) + "::1";
                };
            case IMEI -> digits(14);
            case IMSI -> (char) ('2' + random.nextInt(6)) + digits(14);
            case EMAIL -> label() + (random.nextBoolean() ? "'x" : "") + "@" + label() + ".com";
            case APP -> "com." + label() + "." + label();
            case SOCIAL ->
                random.nextBoolean()
                    ? "telegram:" + label() + "_" + label()
                    : "line:" + label() + "." + label();
          };
      if (raw == null) {
        throw new IllegalArgumentException("no random " + type + " selectors yet");
      }
      if (Selectors.parse(raw, type, null) instanceof Parsed.Valid valid) {
        return valid.selector();
      }
    }
    throw new IllegalStateException("no valid random " + type + " in 1000 attempts");
  }

  Indicator indicator(Selector selector) {
    AgencyId originator = new AgencyId("th-" + label());
    Instant created =
        Instant.ofEpochSecond(
            1_600_000_000L + random.nextInt(200_000_000), random.nextInt(1_000_000) * 1000L);
    Instant modified =
        created.plusNanos(random.nextInt(5) == 0 ? 0 : random.nextLong(1_000_000_000_000L));
    Instant validFrom = created.minusSeconds(random.nextInt(100_000));
    Instant validUntil =
        random.nextBoolean()
            ? null
            : validFrom
                .plusSeconds(1 + random.nextInt(10_000_000))
                .plusNanos(random.nextInt(1000) * 1000L);
    List<ExternalReference> references = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      references.add(
          new ExternalReference(
              "case " + awkward(),
              random.nextBoolean() ? "https://example.org/" + label() : null,
              random.nextBoolean() ? awkward() : null));
    }
    return new Indicator(
        IndicatorId.of(originator, selector.id()),
        selector,
        categories(),
        random.nextInt(101),
        marking(),
        originator,
        validFrom,
        validUntil,
        random.nextBoolean() ? null : "desc " + awkward(),
        references,
        created,
        modified,
        1 + random.nextInt(50),
        random.nextBoolean());
  }

  private Set<Category> categories() {
    Set<Category> categories = EnumSet.noneOf(Category.class);
    do {
      categories.add(Category.values()[random.nextInt(Category.values().length)]);
    } while (random.nextBoolean());
    return categories;
  }

  private Marking marking() {
    Tlp tlp = Tlp.values()[random.nextInt(Tlp.values().length)];
    List<HandlingCode> codes = new ArrayList<>();
    if (random.nextBoolean()) {
      codes.add(HandlingCode.NO_JUDICIAL_USE);
    }
    if (random.nextBoolean()) {
      codes.add(HandlingCode.NO_ONWARD_SHARING);
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      codes.add(new HandlingCode.H3("ask " + awkward()));
    }
    Evaluation evaluation =
        new Evaluation(
            SourceReliability.values()[random.nextInt(4)],
            InformationAccuracy.values()[random.nextInt(4)]);
    Set<AgencyId> recipients = new HashSet<>();
    boolean names = tlp == Tlp.RED || (tlp.isAtLeastAsStrictAs(Tlp.AMBER) && random.nextBoolean());
    while (names && (recipients.isEmpty() || random.nextBoolean())) {
      recipients.add(new AgencyId("cn-" + label()));
    }
    return new Marking(tlp, new Handling(codes), evaluation, recipients);
  }

  private String awkward() {
    return AWKWARD.get(random.nextInt(AWKWARD.size()));
  }

  private String label() {
    return letters(1).toLowerCase(Locale.ROOT)
        + digits(1)
        + letters(3 + random.nextInt(5)).toLowerCase(Locale.ROOT);
  }

  private String digits(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append((char) ('0' + random.nextInt(10)));
    }
    return sb.toString();
  }

  private String letters(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append((char) ('A' + random.nextInt(26)));
    }
    return sb.toString();
  }

  private byte[] bytes(int n) {
    byte[] bytes = new byte[n];
    random.nextBytes(bytes);
    return bytes;
  }
}
