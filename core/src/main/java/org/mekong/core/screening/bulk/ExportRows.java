package org.mekong.core.screening.bulk;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
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
import org.mekong.core.selector.phone.PhoneFastPath;

/**
 * The rows of a CSV indicator export as {@link ScreeningEntry}s. Columns are found by header name;
 * besides the export's own ({@code type, value, region, categories, confidence, tlp, ...}) an
 * {@code indicator} (or {@code id}) column gives the id, {@code originator} the agency ({@code
 * withheld} or empty: withheld) and {@code revoked} ({@code true}) drops a row. Without an id
 * column each row gets a stable id of its own (UUIDv5 of its line and selector in the public
 * namespace), minted when the entry is made ({@link #entry}). Column positions are found once. The
 * rule for one row ({@link #row}) serves both readers: {@link ExportBytes} and, for other CSV,
 * Commons CSV here, whose records are parsed in batches on a pool while the file is read. Phone
 * numbers already in E.164 take the phone fast path ({@code Selectors.parse}).
 */
final class ExportRows {

  private static final int BATCH = 20_000;

  /** A row that lists an indicator, or why it is skipped. */
  record Row(long line, @Nullable Listed listed, @Nullable String skipped) {}

  /**
   * What a listed row says: its entry but for the id when it gives none ({@link #entry} mints one
   * from the line). A row read for the index only ({@link #indexRow}) may give a phone as its E.164
   * digits ({@code phone}) instead of a selector.
   */
  record Listed(
      @Nullable Selector selector,
      long phone,
      Set<Category> categories,
      int confidence,
      Tlp tlp,
      @Nullable AgencyId originator,
      @Nullable IndicatorId id) {
    Listed {
      if ((selector == null) == (phone <= 0)) {
        throw new IllegalArgumentException("a listed row has a selector or a phone's digits");
      }
    }
  }

  /** The fields of one record, by position. */
  interface Cells {
    int size();

    String get(int position);
  }

  /** The columns read, as indices into {@link #columns}. */
  private static final List<String> COLUMNS =
      List.of(
          "revoked",
          "valid_until",
          "type",
          "region",
          "value",
          "categories",
          "confidence",
          "tlp",
          "originator",
          "indicator",
          "id");

  private static final int REVOKED = 0;
  private static final int VALID_UNTIL = 1;
  private static final int TYPE = 2;
  private static final int REGION = 3;
  private static final int VALUE = 4;
  private static final int CATEGORIES = 5;
  private static final int CONFIDENCE = 6;
  private static final int TLP = 7;
  private static final int ORIGINATOR = 8;
  private static final int INDICATOR = 9;
  private static final int ID = 10;

  private final List<String> header;

  /** The position in the header of each of {@link #COLUMNS}, -1 when absent; found once. */
  private final int[] columns;

  private final Instant now = Instant.now();

  /** A categories cell and what it says (null: an unknown category). */
  private record CategoriesCell(String cell, @Nullable Set<Category> categories) {}

  /** The last categories cell read: rows of an export mostly repeat a few. */
  private volatile CategoriesCell lastCategories = new CategoriesCell("", Set.of());

  ExportRows(List<String> header) {
    this.header = header;
    this.columns = COLUMNS.stream().mapToInt(header::indexOf).toArray();
  }

  static ListLoad load(List<String> header, Iterator<CSVRecord> records) {
    ExportRows rows = new ExportRows(header);
    // the reading thread splits the CSV while the pool parses the batches already read
    // (a thread per core parses; the reading thread is one more)
    List<CompletableFuture<List<Row>>> parsed = new ArrayList<>();
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
      return loaded(parsed.stream().map(CompletableFuture::join).toList());
    }
  }

  /** The watch list of the rows parsed, batch by batch in file order. */
  static ListLoad loaded(List<List<Row>> batches) {
    List<ScreeningEntry> entries = new ArrayList<>();
    Tallies skipped = new Tallies();
    for (List<Row> batch : batches) {
      for (Row row : batch) {
        if (row.listed() != null) {
          entries.add(entry(row.listed(), row.line()));
        } else if (row.skipped() != null) {
          skipped.add(row.skipped(), row.line());
        }
      }
    }
    WatchList list = WatchList.of(entries);
    return new ListLoad.Loaded(BulkMatcher.of(list), list.size(), skipped.snapshot());
  }

  private List<Row> parse(List<CSVRecord> batch) {
    List<Row> parsed = new ArrayList<>(batch.size());
    for (CSVRecord record : batch) {
      // the header is record 1, on line 1
      Cells cells =
          new Cells() {
            @Override
            public int size() {
              return record.size();
            }

            @Override
            public String get(int position) {
              return record.get(position);
            }
          };
      parsed.add(row(cells, record.getRecordNumber()));
    }
    return parsed;
  }

  /** What one record (its fields, and its record number as the line) lists, or its skip. */
  Row row(Cells record, long line) {
    return row(record, line, false);
  }

  /**
   * {@link #row} for the index of a list kept as lines: a phone given as {@code +} and digits (type
   * {@code phone}, no region) is only checked by the phone fast path and kept as its E.164 digits,
   * which is all the index needs; no selector (its region and number type) is made. The row is read
   * again with {@link #row} for a hit.
   */
  Row indexRow(Cells record, long line) {
    return row(record, line, true);
  }

  private Row row(Cells record, long line, boolean digitsOnly) {
    if (record.size() != header.size()) {
      return skip(line, record.size() + " fields where the header has " + header.size());
    }
    if (truthy(cell(record, REVOKED))) {
      return skip(line, "revoked");
    }
    String until = cell(record, VALID_UNTIL);
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
    String typeCell = cell(record, TYPE);
    if (!typeCell.isEmpty()) {
      type = SelectorType.fromCode(typeCell).orElse(null);
      if (type == null) {
        return skip(line, "unknown selector type");
      }
    }
    String region = cell(record, REGION);
    String value = cell(record, VALUE);
    Selector selector = null;
    long phone = 0;
    if (digitsOnly
        && type == SelectorType.PHONE
        && region.isEmpty()
        && PhoneFastPath.isPlusDigits(value)) {
      // the same answer as Selectors.parse gives (PhoneFastPath: libphonenumber's validity)
      phone = PhoneFastPath.instance().e164Digits(value);
      if (phone == PhoneFastPath.INVALID) {
        return skip(line, "value is no valid selector of its type");
      }
    } else if (Selectors.parse(value, type, region.isEmpty() ? null : region)
        instanceof Parsed.Valid(Selector valid)) {
      selector = valid;
    } else {
      return skip(line, "value is no valid selector of its type");
    }
    String categoriesCell = cell(record, CATEGORIES);
    CategoriesCell memo = lastCategories;
    if (!memo.cell().equals(categoriesCell)) {
      memo = new CategoriesCell(categoriesCell, categories(categoriesCell));
      lastCategories = memo;
    }
    Set<Category> categories = memo.categories();
    if (categories == null) {
      return skip(line, "unknown category");
    }
    if (categories.isEmpty()) {
      return skip(line, "no category");
    }
    int confidence = 50;
    String confidenceCell = cell(record, CONFIDENCE);
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
    Tlp tlp = tlp(cell(record, TLP));
    if (tlp == null) {
      return skip(line, "unknown TLP");
    }
    String originatorCell = cell(record, ORIGINATOR);
    AgencyId originator = null;
    if (!originatorCell.isEmpty() && !originatorCell.equals(ScreeningEntry.WITHHELD)) {
      if (!AgencyId.isValid(originatorCell)) {
        return skip(line, "originator is no agency id");
      }
      originator = new AgencyId(originatorCell);
    }
    String idCell = cell(record, INDICATOR);
    idCell = idCell.isEmpty() ? cell(record, ID) : idCell;
    IndicatorId id = null;
    if (!idCell.isEmpty()) {
      if (!IndicatorId.isValid(idCell)) {
        return skip(line, "indicator id is not indicator--<uuid>");
      }
      id = new IndicatorId(idCell);
    }
    return new Row(
        line, new Listed(selector, phone, categories, confidence, tlp, originator, id), null);
  }

  /**
   * The entry of a listed row on {@code line}; without an id of its own, its id is the UUIDv5 of
   * its line and selector in the public namespace.
   */
  static ScreeningEntry entry(Listed listed, long line) {
    Selector selector = listed.selector();
    if (selector == null) {
      throw new IllegalStateException("line " + line + " was read for the index only");
    }
    IndicatorId id = listed.id();
    if (id == null) {
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
    }
    return new ScreeningEntry(
        id, selector, listed.categories(), listed.confidence(), listed.tlp(), listed.originator());
  }

  /** The TLP of a (stripped) cell: AMBER when empty, null when unknown. */
  static @Nullable Tlp tlp(String cell) {
    String code = cell.toLowerCase(Locale.ROOT);
    code = code.startsWith("tlp:") ? code.substring(4) : code;
    return code.isEmpty() ? Tlp.AMBER : Tlp.fromCode(code).orElse(null);
  }

  /** The position in the header of {@code column}, -1 when the export has no such column. */
  int position(String column) {
    return header.indexOf(column);
  }

  /** The number of columns of the header. */
  int width() {
    return header.size();
  }

  /** The categories of a cell ({@code ;}-separated codes), or null when one is unknown. */
  static @Nullable Set<Category> categories(String cell) {
    Set<Category> categories = EnumSet.noneOf(Category.class);
    for (String code : cell.split(";", -1)) {
      if (code.isBlank()) {
        continue;
      }
      if (Category.fromCode(code.strip().toLowerCase(Locale.ROOT))
          instanceof CategoryLookup.Found(Category category)) {
        categories.add(category);
      } else {
        return null;
      }
    }
    return Collections.unmodifiableSet(categories);
  }

  private String cell(Cells record, int column) {
    int i = columns[column];
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
