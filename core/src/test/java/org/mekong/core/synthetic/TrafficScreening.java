package org.mekong.core.synthetic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.Agency;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.indicator.IndicatorId;
import org.mekong.core.screening.ScreeningEntry;
import org.mekong.core.screening.ScreeningHit;
import org.mekong.core.screening.WatchList;
import org.mekong.core.selector.Parsed;
import org.mekong.core.selector.Selector;
import org.mekong.core.selector.SelectorType;
import org.mekong.core.selector.Selectors;
import org.mekong.core.sharing.SharedObject;
import org.mekong.core.sharing.SharingPolicy;

/** Screens traffic files field by field, as bulk screening does, for the traffic tests. */
final class TrafficScreening {

  /** The checked columns of a format and the selector type of each ({@code null}: detect). */
  enum Format {
    CDR(
        Map.of(
            0,
            SelectorType.PHONE,
            1,
            SelectorType.PHONE,
            2,
            SelectorType.IMEI,
            3,
            SelectorType.IMSI)),
    TRANSFERS(columns(0, 1)),
    URLS(Map.of(0, SelectorType.URL));

    final Map<Integer, @Nullable SelectorType> columns;

    Format(Map<Integer, @Nullable SelectorType> columns) {
      this.columns = columns;
    }
  }

  private static Map<Integer, @Nullable SelectorType> columns(int... detected) {
    Map<Integer, @Nullable SelectorType> columns = new HashMap<>();
    for (int column : detected) {
      columns.put(column, null);
    }
    return columns;
  }

  private TrafficScreening() {}

  static final SharingPolicy POLICY =
      new SharingPolicy(SyntheticWorld.agencies(), SyntheticWorld.agreements());

  static Agency agency(AgencyId id) {
    return SyntheticWorld.agencies().stream()
        .filter(agency -> agency.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  static SharedObject shared(PublishedItem item) {
    return new SharedObject(item.originator(), item.draft().marking(), item.draft().categories());
  }

  /** The watch list of the items {@code viewer} may see, built with the sharing policy. */
  static WatchList visibleTo(AgencyId viewer, Stream<PublishedItem> items) {
    Agency agency = agency(viewer);
    List<ScreeningEntry> entries = new ArrayList<>();
    items
        .filter(item -> POLICY.access(agency, shared(item)).isGranted())
        .forEach(item -> entries.add(entry(item, POLICY.withholdOriginator(agency, shared(item)))));
    return WatchList.of(entries);
  }

  /** The watch list of every item, whoever may see it. */
  static WatchList everything(Stream<PublishedItem> items) {
    return WatchList.of(items.map(item -> entry(item, false)).toList());
  }

  static ScreeningEntry entry(PublishedItem item, boolean withhold) {
    return new ScreeningEntry(
        IndicatorId.of(item.originator(), item.selector().id()),
        item.selector(),
        item.draft().categories(),
        item.draft().confidence(),
        item.draft().marking().tlp(),
        withhold ? null : item.originator());
  }

  /** Every checked field of a file, parsed; a field that does not parse fails. */
  static List<Selector> fields(String csv, Format format, String header) {
    String[] lines = csv.split("\n", -1);
    if (!lines[0].equals(header)) {
      throw new AssertionError("header " + lines[0]);
    }
    List<Selector> selectors = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isEmpty()) {
        continue;
      }
      String[] fields = lines[i].split(",", -1);
      for (var column : format.columns.entrySet()) {
        String raw = fields[column.getKey()];
        if (raw.isEmpty()) {
          continue;
        }
        switch (Selectors.parse(raw, column.getValue(), "TH")) {
          case Parsed.Valid valid -> selectors.add(valid.selector());
          case Parsed.Invalid invalid ->
              throw new AssertionError("line " + i + ": " + raw + ": " + invalid.reason());
          case Parsed.Ambiguous ambiguous ->
              throw new AssertionError("line " + i + ": ambiguous " + raw);
        }
      }
    }
    return selectors;
  }

  /** How many fields hit each indicator's selector. */
  static Map<Selector, Long> screen(List<Selector> fields, WatchList list) {
    Map<Selector, Long> hits = new HashMap<>();
    for (Selector field : fields) {
      Set<Selector> hit = new HashSet<>();
      for (ScreeningHit screeningHit : list.screen(field)) {
        hit.add(screeningHit.entry().selector());
      }
      hit.forEach(selector -> hits.merge(selector, 1L, Long::sum));
    }
    return hits;
  }
}
