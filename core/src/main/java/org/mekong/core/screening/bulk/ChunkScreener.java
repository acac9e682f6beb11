package org.mekong.core.screening.bulk;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mekong.core.screening.bulk.Fields.Candidate;
import org.mekong.core.selector.SelectorType;
import org.mekong.core.selector.extract.Extraction;
import org.mekong.core.selector.extract.Match;
import org.mekong.core.selector.extract.SelectorExtractor;

/**
 * Screens the lines of a chunk: call records straight from the bytes, the other formats through a
 * CSV split of the decoded line. One instance per worker.
 */
final class ChunkScreener {

  private static final int CDR_FIELDS = 7;

  private final BulkOptions options;
  private final BulkMatcher matcher;
  private final Fields fields;
  private final byte[] header;
  private final int[] commas = new int[CDR_FIELDS + 1];
  private int commaCount;

  ChunkScreener(BulkOptions options, BulkMatcher matcher) {
    this.options = options;
    this.matcher = matcher;
    this.fields = new Fields(matcher, options.region());
    this.header = options.format().header().getBytes(StandardCharsets.UTF_8);
  }

  ChunkResult screen(Chunk chunk) {
    ChunkResult result = new ChunkResult();
    fields.start(result);
    result.bytes = chunk.length();
    if (chunk.skippedLine()) {
      result.lines = 1;
      result.rows = 1;
      result.malformed.add(longLine(), 1);
      return result;
    }
    byte[] data = chunk.data();
    int end = chunk.length();
    int pos = 0;
    if (chunk.seq() == 0
        && end >= 3
        && data[0] == (byte) 0xEF
        && data[1] == (byte) 0xBB
        && data[2] == (byte) 0xBF) {
      pos = 3;
    }
    boolean cdr = options.format() == BulkFormat.CDR;
    while (pos < end) {
      int newline = pos;
      if (cdr) {
        newline = scanCdr(data, pos, end);
      } else {
        while (newline < end && data[newline] != '\n') {
          newline++;
        }
      }
      int lineEnd = newline > pos && data[newline - 1] == '\r' ? newline - 1 : newline;
      result.lines++;
      line(chunk, result, data, pos, lineEnd);
      pos = newline + 1;
    }
    match(result);
    return result;
  }

  private void line(Chunk chunk, ChunkResult result, byte[] data, int start, int end) {
    if (start == end) {
      return;
    }
    if (chunk.seq() == 0 && result.lines == 1 && isHeader(data, start, end)) {
      return;
    }
    if (options.format() != BulkFormat.CDR && isBlank(data, start, end)) {
      return;
    }
    result.rows++;
    fields.at(result.rows, result.lines);
    if (end - start > BulkOptions.MAX_LINE) {
      result.malformed.add(longLine(), result.lines);
      return;
    }
    if (options.format() == BulkFormat.CDR && cdr(result, data, start, end)) {
      return;
    }
    String text = new String(data, start, end - start, StandardCharsets.UTF_8);
    if (options.format() == BulkFormat.SELECTORS) {
      fields.selector(text, FieldRole.SELECTOR, options.type());
      return;
    }
    List<String> cells = CsvLine.split(text);
    if (cells == null) {
      result.malformed.add("unparseable quoting", result.lines);
      return;
    }
    int expected = options.format().columns().size();
    if (cells.size() != expected) {
      result.malformed.add(
          String.format(
              Locale.ROOT,
              "wrong column count: %s has %d columns",
              options.format().code(),
              expected),
          result.lines);
      return;
    }
    switch (options.format()) {
      case CDR -> {
        fields.phone(cells.get(0), FieldRole.A_NUMBER, false);
        fields.phone(cells.get(1), FieldRole.B_NUMBER, false);
        fields.imei(cells.get(2));
        fields.imsi(cells.get(3));
      }
      case SMS -> {
        fields.phone(cells.get(0), FieldRole.SENDER, true);
        fields.phone(cells.get(1), FieldRole.RECIPIENT, true);
        body(cells.get(3));
      }
      case TRANSFERS -> {
        fields.selector(cells.get(0), FieldRole.PAYER, null);
        fields.selector(cells.get(1), FieldRole.PAYEE, null);
      }
      case URLS -> fields.selector(cells.get(0), FieldRole.URL, SelectorType.URL);
      case SELECTORS -> throw new IllegalStateException("selectors have no columns");
    }
  }

  /**
   * Finds the end of the line at {@code start} and, on the way, its commas: {@link #commaCount} is
   * the number of commas, or -1 when the line has a quote.
   */
  private int scanCdr(byte[] data, int start, int end) {
    int count = 0;
    boolean quoted = false;
    commas[0] = start - 1;
    int i = start;
    for (; i < end; i++) {
      byte b = data[i];
      if (b == '\n') {
        break;
      }
      if (b == ',') {
        if (++count < CDR_FIELDS) {
          commas[count] = i;
        }
      } else if (b == '"') {
        quoted = true;
      }
    }
    commaCount = quoted ? -1 : count;
    return i;
  }

  /** The fast path: true when the line was screened, false to take the general path. */
  private boolean cdr(ChunkResult result, byte[] data, int start, int end) {
    if (commaCount != CDR_FIELDS - 1) {
      return false; // the general path counts it, quoting considered
    }
    commas[CDR_FIELDS] = end;
    fields.phone(data, commas[0] + 1, commas[1], FieldRole.A_NUMBER, false);
    fields.phone(data, commas[1] + 1, commas[2], FieldRole.B_NUMBER, false);
    fields.imei(data, commas[2] + 1, commas[3]);
    fields.imsi(data, commas[3] + 1, commas[4]);
    return true;
  }

  private void body(String body) {
    switch (SelectorExtractor.extract(body, options.region())) {
      case Extraction.Found found -> {
        for (Match match : found.matches()) {
          fields.add(FieldRole.BODY, match.text(), match.selector());
        }
      }
      case Extraction.TextTooLong tooLong -> fields.invalid(FieldRole.BODY, tooLong.reason());
      case Extraction.UnknownRegion unknown -> fields.invalid(FieldRole.BODY, unknown.reason());
    }
  }

  private void match(ChunkResult result) {
    List<Candidate> candidates = fields.candidates();
    if (candidates.isEmpty()) {
      return;
    }
    List<org.mekong.core.selector.Selector> selectors = new ArrayList<>(candidates.size());
    candidates.forEach(c -> selectors.add(c.selector()));
    List<List<BulkMatch>> matches = matcher.matchAll(selectors);
    if (matches.size() != candidates.size()) {
      throw new IllegalStateException(
          "the matcher answered " + matches.size() + " of " + candidates.size() + " selectors");
    }
    long lastRow = 0;
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      for (BulkMatch match : matches.get(i)) {
        result.hits.add(
            new ChunkResult.LocalHit(c.row(), c.role(), c.raw(), c.selector().canonical(), match));
        if (c.row() != lastRow) {
          result.rowsWithHits++;
          lastRow = c.row();
        }
      }
    }
  }

  private boolean isHeader(byte[] data, int start, int end) {
    if (header.length == 0 || end - start != header.length) {
      return false;
    }
    for (int i = 0; i < header.length; i++) {
      if (data[start + i] != header[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean isBlank(byte[] data, int start, int end) {
    for (int i = start; i < end; i++) {
      if (data[i] != ' ' && data[i] != '\t') {
        return false;
      }
    }
    return true;
  }

  private static String longLine() {
    return "line longer than " + BulkOptions.MAX_LINE + " bytes";
  }
}
