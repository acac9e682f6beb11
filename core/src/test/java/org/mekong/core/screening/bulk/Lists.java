package org.mekong.core.screening.bulk;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.category.Category;
import org.mekong.core.indicator.IndicatorId;
import org.mekong.core.marking.Tlp;
import org.mekong.core.screening.ScreeningEntry;
import org.mekong.core.screening.WatchList;
import org.mekong.core.selector.Parsed;
import org.mekong.core.selector.Selector;
import org.mekong.core.selector.SelectorType;
import org.mekong.core.selector.Selectors;

/** Fixtures: watch lists of a few selectors and runs of the engine on strings. */
final class Lists {

  static final AgencyId CCIB = new AgencyId("th-ccib");

  private Lists() {}

  static Selector selector(SelectorType type, String value) {
    if (Selectors.parse(value, type, null) instanceof Parsed.Valid(Selector selector)) {
      return selector;
    }
    throw new IllegalArgumentException("not a valid " + type + ": " + value);
  }

  static ScreeningEntry entry(Selector selector, @Nullable AgencyId originator) {
    return new ScreeningEntry(
        IndicatorId.of(CCIB, selector.id()),
        selector,
        Set.of(Category.FRAUD_IMPERSONATION_AUTHORITY),
        80,
        Tlp.AMBER,
        originator);
  }

  static WatchList watchList(Selector... selectors) {
    List<ScreeningEntry> entries = new ArrayList<>();
    for (Selector s : selectors) {
      entries.add(entry(s, CCIB));
    }
    return WatchList.of(entries);
  }

  /** A run's hits and summary. */
  record Run(List<BulkHit> hits, BulkSummary summary, String output) {}

  static Run run(String text, BulkOptions options, BulkMatcher matcher) throws IOException {
    List<BulkHit> hits = new ArrayList<>();
    StringWriter out = new StringWriter();
    HitSink json = OutputFormat.JSONL.sink(out);
    HitSink sink =
        new HitSink() {
          @Override
          public void write(BulkHit hit) throws IOException {
            hits.add(hit);
            json.write(hit);
          }

          @Override
          public void finish() throws IOException {
            json.finish();
          }
        };
    BulkSummary summary =
        BulkScreening.run(
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
            options,
            matcher,
            sink,
            n -> {});
    return new Run(hits, summary, out.toString());
  }

  /** The 15-digit IMEI of a 14-digit body. */
  static String withCheckDigit(String body) {
    int sum = 0;
    for (int k = 0; k < 14; k++) {
      int d = body.charAt(13 - k) - '0';
      if (k % 2 == 0) {
        d *= 2;
        d = d > 9 ? d - 9 : d;
      }
      sum += d;
    }
    return body + (10 - sum % 10) % 10;
  }
}
