package org.mekong.core.input;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.category.Category;
import org.mekong.core.exchange.ImportDefaults;
import org.mekong.core.exchange.ImportFormat;
import org.mekong.core.exchange.ImportResult;
import org.mekong.core.exchange.IndicatorExport;
import org.mekong.core.exchange.IndicatorImport;
import org.mekong.core.exchange.IndicatorWriter;
import org.mekong.core.indicator.ExternalReference;
import org.mekong.core.indicator.Indicator;
import org.mekong.core.indicator.IndicatorDraft;
import org.mekong.core.indicator.IndicatorId;
import org.mekong.core.marking.Evaluation;
import org.mekong.core.marking.Handling;
import org.mekong.core.marking.HandlingCode;
import org.mekong.core.marking.Marking;
import org.mekong.core.marking.Tlp;
import org.mekong.core.selector.Parsed;
import org.mekong.core.selector.SelectorType;
import org.mekong.core.selector.Selectors;
import org.mekong.core.selector.extract.Extraction;
import org.mekong.core.selector.extract.SelectorExtractor;
import org.mekong.core.stix.BundleImport;
import org.mekong.core.stix.Imported;
import org.mekong.core.stix.ImportedIndicator;
import org.mekong.core.stix.StixBundles;
import org.mekong.core.stix.StixImport;
import org.mekong.core.stix.StixJson;
import org.mekong.core.synthetic.PublishedItem;
import org.mekong.core.synthetic.SyntheticSelectors;
import org.mekong.core.synthetic.SyntheticWorld;

/**
 * Seeded fuzzing of every parser of outside input in core — selectors of each type, free-text
 * extraction, CSV, list, hosts, MISP and STIX bundles — with inputs mutated from valid ones. No
 * input may throw; every rejection is a typed value with a reason free of library internals; and
 * whatever is accepted is storable and exportable (clean text, STIX-range times). Run with {@code
 * -Dmekong.fuzz.seed=S} to replay a failure and {@code -Dmekong.fuzz.core.inputs=N} to change the
 * count (1,000,000 by default).
 */
class ParserFuzzTest {

  private static final int INPUTS = Integer.getInteger("mekong.fuzz.core.inputs", 1_000_000);

  /** What a user-facing reason must not show: class names, exceptions, library settings. */
  private static final List<String> INTERNALS =
      List.of(
          "Exception",
          "StreamReadConstraints",
          "jackson",
          "[Source",
          "java.",
          "javax.",
          "jakarta.",
          "org.apache.",
          "org.springframework.");

  private static final ImportDefaults DEFAULTS =
      ImportDefaults.of(
          Set.of(Category.FRAUD),
          new Marking(
              Tlp.AMBER, Handling.NONE, Evaluation.UNJUDGED, Set.of(new AgencyId("th-ccib"))));

  @Test
  void everyParserAnswersEveryInputWithAValueOrATypedRejection() {
    long seed = Long.getLong("mekong.fuzz.seed", System.nanoTime());
    Random random = new Random(seed);
    Seeds seeds = Seeds.make(seed);
    Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
    List<String> failures = new ArrayList<>();
    long started = System.nanoTime();
    for (int n = 0; n < INPUTS && failures.size() < 20; n++) {
      Kind kind = Kind.pick(random);
      String input = seeds.input(kind, random);
      try {
        check(kind, input, random);
      } catch (RuntimeException | AssertionError e) {
        failures.add(kind + " input " + escape(input) + ": " + e);
      }
      counts.merge(kind, 1, Integer::sum);
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    System.out.printf(
        "core fuzz: %,d inputs in %,d ms, seed %d, %d failures: %s%n",
        INPUTS, millis, seed, failures.size(), counts);
    assertThat(failures).as("seed %d (replay with -Dmekong.fuzz.seed=%d)", seed, seed).isEmpty();
  }

  /** The parsers fuzzed, and how often each is picked (per mille). */
  enum Kind {
    SELECTOR(700),
    EXTRACT(30),
    CSV(70),
    LIST(50),
    HOSTS(50),
    MISP(40),
    STIX(60);

    final int perMille;

    Kind(int perMille) {
      this.perMille = perMille;
    }

    static Kind pick(Random random) {
      int r = random.nextInt(1000);
      for (Kind kind : values()) {
        r -= kind.perMille;
        if (r < 0) {
          return kind;
        }
      }
      return SELECTOR;
    }
  }

  private static void check(Kind kind, String input, Random random) {
    switch (kind) {
      case SELECTOR -> {
        SelectorType[] types = SelectorType.values();
        SelectorType type = random.nextInt(5) == 0 ? null : types[random.nextInt(types.length)];
        String region = random.nextBoolean() ? "TH" : random.nextBoolean() ? null : "CN";
        selector(Selectors.parse(input, type, region));
      }
      case EXTRACT -> {
        switch (SelectorExtractor.extract(input, "TH")) {
          case Extraction.Found found -> found.matches().forEach(match -> selector(match.valid()));
          case Extraction.TextTooLong tooLong -> reason(tooLong.reason());
          case Extraction.UnknownRegion unknown -> reason(unknown.reason());
        }
      }
      case CSV -> list(ImportFormat.CSV, input);
      case LIST -> list(ImportFormat.LIST, input);
      case HOSTS -> list(ImportFormat.HOSTS, input);
      case MISP -> list(ImportFormat.MISP, input);
      case STIX -> stix(StixImport.bundle(input));
    }
  }

  private static void selector(Parsed parsed) {
    switch (parsed) {
      case Parsed.Valid valid -> clean(valid.selector().canonical());
      case Parsed.Invalid invalid -> reason(invalid.reason());
      case Parsed.Ambiguous ambiguous -> reason(ambiguous.reason());
    }
  }

  private static void list(ImportFormat format, String input) {
    try (Stream<ImportResult> results =
        IndicatorImport.read(format, new StringReader(input), DEFAULTS)) {
      results.forEach(
          result -> {
            switch (result) {
              case ImportResult.Accepted accepted -> storable(accepted.draft());
              case ImportResult.Rejected rejected -> reason(rejected.reason());
            }
          });
    } catch (UncheckedIOException e) {
      throw new AssertionError("an in-memory read failed", e);
    }
  }

  private static void stix(BundleImport bundle) {
    switch (bundle) {
      case BundleImport.NotABundle not -> reason(not.reason());
      case BundleImport.Read read ->
          read.results()
              .forEach(
                  result -> {
                    switch (result) {
                      case Imported.Accepted accepted -> storable(accepted.indicator());
                      case Imported.Refused refused -> reason(refused.reason());
                      case Imported.Ignored ignored -> clean(ignored.type());
                    }
                  });
    }
  }

  private static void storable(IndicatorDraft draft) {
    clean(draft.selector().canonical());
    clean(draft.description());
    draft.externalReferences().forEach(ParserFuzzTest::storable);
    draft.marking().handling().codes().forEach(ParserFuzzTest::storable);
    inRange(draft.validFrom());
    inRange(draft.validUntil());
  }

  private static void storable(ImportedIndicator indicator) {
    clean(indicator.selector().canonical());
    clean(indicator.description());
    clean(indicator.name());
    clean(indicator.createdByRef());
    indicator.externalReferences().forEach(ParserFuzzTest::storable);
    indicator.handling().codes().forEach(ParserFuzzTest::storable);
    inRange(indicator.created());
    inRange(indicator.modified());
    inRange(indicator.validFrom());
    inRange(indicator.validUntil());
  }

  private static void storable(ExternalReference reference) {
    clean(reference.sourceName());
    clean(reference.url());
    clean(reference.externalId());
  }

  private static void storable(HandlingCode code) {
    if (code instanceof HandlingCode.H3 h3) {
      clean(h3.restriction());
    }
  }

  private static void clean(@Nullable String text) {
    if (text != null) {
      if (FreeText.problem(text) != null) {
        throw new AssertionError("accepted text " + escape(text));
      }
    }
  }

  private static void inRange(@Nullable Instant instant) {
    if (instant != null) {
      if (Timestamps.problem(instant) != null) {
        throw new AssertionError("accepted time " + instant);
      }
    }
  }

  private static void reason(String reason) {
    if (reason.isBlank()) {
      throw new AssertionError("a rejection without a reason");
    }
    for (String internal : INTERNALS) {
      if (reason.contains(internal)) {
        throw new AssertionError("the reason shows internals: " + reason);
      }
    }
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder("\"");
    int shown = Math.min(text.length(), 400);
    for (int i = 0; i < shown; i++) {
      char c = text.charAt(i);
      if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || Character.isSurrogate(c) || c == '"') {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append(text.length() > shown ? "\"…" : "\"").toString();
  }

  /** Valid inputs of each kind to mutate, made once from the synthetic world. */
  private record Seeds(Map<Kind, List<String>> byKind) {

    static Seeds make(long seed) {
      SyntheticSelectors selectors = new SyntheticSelectors(seed);
      List<String> spellings = new ArrayList<>();
      for (SelectorType type : SelectorType.values()) {
        for (int i = 0; i < 20; i++) {
          spellings.add(selectors.next(type).raw());
        }
      }
      List<Indicator> indicators = new ArrayList<>();
      Instant at = Instant.parse("2026-11-01T00:00:00Z");
      SyntheticWorld.generate(seed, 60)
          .map(PublishedItem::draft)
          .forEach(draft -> indicators.add(version(draft, at)));
      Map<Kind, List<String>> byKind = new EnumMap<>(Kind.class);
      byKind.put(Kind.SELECTOR, spellings);
      byKind.put(
          Kind.EXTRACT,
          spellings.stream()
              .map(s -> "您涉嫌洗钱，请联系王警官 " + s + " 或访问 http://gov-cn.safe-check.top/verify")
              .toList());
      byKind.put(Kind.CSV, chunks(csv(indicators)));
      byKind.put(Kind.LIST, chunks(String.join("\n", spellings)));
      byKind.put(
          Kind.HOSTS,
          chunks(
              String.join(
                  "\n",
                  indicators.stream()
                      .filter(i -> i.selector().type() == SelectorType.DOMAIN)
                      .map(i -> "0.0.0.0 " + i.selector().canonical() + " # scam")
                      .toList())));
      byKind.put(Kind.MISP, List.of(MISP_EVENT));
      List<String> bundles = new ArrayList<>();
      for (int i = 0; i + 3 <= indicators.size(); i += 3) {
        bundles.add(
            StixJson.write(
                StixBundles.indicators(
                    UUID.nameUUIDFromBytes((seed + "-" + i).getBytes(UTF_8)),
                    List.copyOf(indicators.subList(i, i + 3)))));
      }
      byKind.put(Kind.STIX, bundles);
      return new Seeds(byKind);
    }

    String input(Kind kind, Random random) {
      List<String> candidates = byKind.getOrDefault(kind, List.of(""));
      String valid = candidates.get(random.nextInt(candidates.size()));
      if ((kind == Kind.STIX || kind == Kind.MISP) && random.nextInt(500) == 0) {
        return Mutations.nested(10_000, valid, random.nextBoolean());
      }
      return random.nextInt(20) == 0 ? valid : Mutations.mutate(valid, random);
    }

    private static Indicator version(IndicatorDraft draft, Instant at) {
      AgencyId originator = SyntheticWorld.TH_CCIB;
      return draft.asVersion(
          IndicatorId.of(originator, draft.selector().id()),
          originator,
          draft.validFrom() == null ? at : draft.validFrom(),
          at,
          at,
          1);
    }

    private static String csv(List<Indicator> indicators) {
      StringWriter out = new StringWriter();
      try (IndicatorWriter writer = IndicatorExport.csv(out)) {
        for (Indicator indicator : indicators) {
          writer.write(indicator);
        }
      } catch (java.io.IOException e) {
        throw new UncheckedIOException(e);
      }
      return out.toString();
    }

    /** The header (if any) and windows of a few lines, so each input stays small. */
    private static List<String> chunks(String document) {
      String[] lines = document.split("\n", -1);
      List<String> chunks = new ArrayList<>();
      String header = document.startsWith("type,") || document.startsWith("value") ? lines[0] : "";
      int first = header.isEmpty() ? 0 : 1;
      for (int i = first; i < lines.length; i += 4) {
        StringBuilder chunk = new StringBuilder(header.isEmpty() ? "" : header + "\n");
        for (int j = i; j < Math.min(lines.length, i + 4); j++) {
          chunk.append(lines[j]).append('\n');
        }
        chunks.add(chunk.toString());
      }
      return chunks;
    }
  }

  private static final String MISP_EVENT =
      """
      {"Event": {"uuid": "5f0c4a3e-0000-4000-8000-000000000001",
        "info": "Fake police call centre, Mae Sot",
        "Tag": [{"name": "tlp:green"}, {"name": "mekong:category=\\"fraud.impersonation.authority\\""}],
        "Attribute": [
          {"type": "phone-number", "value": "+66812345678", "to_ids": true,
           "comment": "caller id shown to victims"},
          {"type": "domain", "value": "police-th.example.com", "to_ids": true,
           "Tag": [{"name": "tlp:amber"}]},
          {"type": "ip-dst", "value": "203.0.113.7", "to_ids": false,
           "first_seen": "2026-01-02T03:04:05.000000+07:00", "last_seen": "2026-02-01"},
          {"type": "btc", "value": "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "to_ids": true}
        ]}}
      """;
}
