package org.mekong.core.screening.bulk;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.category.Category;
import org.mekong.core.category.CategoryLookup;
import org.mekong.core.id.NameBasedUuid;
import org.mekong.core.indicator.IndicatorId;
import org.mekong.core.marking.Tlp;
import org.mekong.core.screening.ScreeningEntry;
import org.mekong.core.screening.WatchList;
import org.mekong.core.selector.Parsed;
import org.mekong.core.selector.Selector;
import org.mekong.core.selector.SelectorType;
import org.mekong.core.selector.Selectors;

/**
 * The rows of a CSV indicator export as {@link ScreeningEntry}s. Columns are found by header name;
 * besides the export's own ({@code type, value, region, categories, confidence, tlp, ...}) an
 * {@code indicator} (or {@code id}) column gives the id, {@code originator} the agency ({@code
 * withheld} or empty: withheld) and {@code revoked} ({@code true}) drops a row. Without an id
 * column each row gets a stable id of its own (UUIDv5 of its line and selector in the public
 * namespace). Rows are parsed in batches on the common pool while the file is read; phone numbers
 * already in E.164 take the phone fast path ({@code Selectors.parse}).
 */
final class ExportRows {

  private static final int BATCH = 20_000;

  /** A row's entry or why it is skipped. */
  private record Row(long line, @Nullable ScreeningEntry entry, @Nullable String skipped) {}

  private final List<String> header;
  private final Instant now = Instant.now();

  private ExportRows(List<String> header) {
    this.header = header;
  }

  static ListLoad load(List<String> header, Iterator<CSVRecord> records) {
    ExportRows rows = new ExportRows(header);
    // the reading thread splits the CSV while the pool parses the batches already read
    // (a thread per core parses; the reading thread is one more)
    List<CompletableFuture<List<Row>>> parsed = new ArrayList<>();
    List<ScreeningEntry> entries = new ArrayList<>();
    Tallies skipped = new Tallies();
    try (ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors())) {
      List<CSVRecord> batch = new ArrayList<>(BATCH);
      while (records.hasNext()) {
        batch.add(records.next());
        if (batch.size() == BATCH || !records.hasNext()) {
          List<CSVRecord> full = batch;
          parsed.add(CompletableFuture.supplyAsync(() -> rows.parse(full), pool));
          batch = new ArrayList<>(BATCH);
        }
      }
      for (CompletableFuture<List<Row>> done : parsed) {
        for (Row row : done.join()) {
          if (row.entry() != null) {
            entries.add(row.entry());
          } else if (row.skipped() != null) {
            skipped.add(row.skipped(), row.line());
          }
        }
      }
    }
    WatchList list = WatchList.of(entries);
    return new ListLoad.Loaded(BulkMatcher.of(list), list.size(), skipped.snapshot());
  }

  private List<Row> parse(List<CSVRecord> batch) {
    List<Row> parsed = new ArrayList<>(batch.size());
    for (CSVRecord record : batch) {
      parsed.add(row(record));
    }
    return parsed;
  }

  private Row row(CSVRecord record) {
    long line = record.getRecordNumber(); // the header is record 1, on line 1
    if (record.size() != header.size()) {
      return skip(line, record.size() + " fields where the header has " + header.size());
    }
    if (truthy(cell(record, "revoked"))) {
      return skip(line, "revoked");
    }
    String until = cell(record, "valid_until");
    if (!until.isEmpty()) {
      Optional<Instant> end = instant(until);
      if (end.isEmpty()) {
        return skip(line, "valid_until is no date or instant");
      }
      if (!end.get().isAfter(now)) {
        return skip(line, "expired");
      }
    }
    SelectorType type = null;
    String typeCell = cell(record, "type");
    if (!typeCell.isEmpty()) {
      type = SelectorType.fromCode(typeCell).orElse(null);
      if (type == null) {
        return skip(line, "unknown selector type");
      }
    }
    String region = cell(record, "region");
    Parsed parsed = Selectors.parse(cell(record, "value"), type, region.isEmpty() ? null : region);
    if (!(parsed instanceof Parsed.Valid(Selector selector))) {
      return skip(line, "value is no valid selector of its type");
    }
    Set<Category> categories = EnumSet.noneOf(Category.class);
    for (String code : cell(record, "categories").split(";", -1)) {
      if (code.isBlank()) {
        continue;
      }
      if (Category.fromCode(code.strip().toLowerCase(Locale.ROOT))
          instanceof CategoryLookup.Found(Category category)) {
        categories.add(category);
      } else {
        return skip(line, "unknown category");
      }
    }
    if (categories.isEmpty()) {
      return skip(line, "no category");
    }
    int confidence = 50;
    String confidenceCell = cell(record, "confidence");
    if (!confidenceCell.isEmpty()) {
      try {
        confidence = Integer.parseInt(confidenceCell);
      } catch (NumberFormatException e) {
        return skip(line, "confidence is no number");
      }
      if (confidence < 0 || confidence > 100) {
        return skip(line, "confidence outside 0-100");
      }
    }
    String tlpCell = cell(record, "tlp").toLowerCase(Locale.ROOT);
    tlpCell = tlpCell.startsWith("tlp:") ? tlpCell.substring(4) : tlpCell;
    Tlp tlp = tlpCell.isEmpty() ? Tlp.AMBER : Tlp.fromCode(tlpCell).orElse(null);
    if (tlp == null) {
      return skip(line, "unknown TLP");
    }
    String originatorCell = cell(record, "originator");
    AgencyId originator = null;
    if (!originatorCell.isEmpty() && !originatorCell.equals(ScreeningEntry.WITHHELD)) {
      if (!AgencyId.isValid(originatorCell)) {
        return skip(line, "originator is no agency id");
      }
      originator = new AgencyId(originatorCell);
    }
    String idCell = cell(record, "indicator");
    idCell = idCell.isEmpty() ? cell(record, "id") : idCell;
    IndicatorId id;
    if (idCell.isEmpty()) {
      id =
          new IndicatorId(
              "indicator--"
                  + NameBasedUuid.v5(
                      IndicatorId.PUBLIC_NAMESPACE,
                      "export-row|"
                          + line
                          + "|"
                          + selector.type().code()
                          + ":"
                          + selector.canonical()));
    } else if (IndicatorId.isValid(idCell)) {
      id = new IndicatorId(idCell);
    } else {
      return skip(line, "indicator id is not indicator--<uuid>");
    }
    return new Row(
        line, new ScreeningEntry(id, selector, categories, confidence, tlp, originator), null);
  }

  private String cell(CSVRecord record, String column) {
    int i = header.indexOf(column);
    return i < 0 || i >= record.size() ? "" : record.get(i).strip();
  }

  private static boolean truthy(String cell) {
    String c = cell.toLowerCase(Locale.ROOT);
    return c.equals("true") || c.equals("yes") || c.equals("1");
  }

  private static Optional<Instant> instant(String cell) {
    try {
      return Optional.of(Instant.parse(cell));
    } catch (DateTimeParseException e) {
      try {
        return Optional.of(LocalDate.parse(cell).atStartOfDay(ZoneOffset.UTC).toInstant());
      } catch (DateTimeParseException again) {
        return Optional.empty();
      }
    }
  }

  private static Row skip(long line, String reason) {
    return new Row(line, null, reason);
  }
}
