package org.mekong.core.screening.bulk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import org.jspecify.annotations.Nullable;
import org.mekong.core.screening.ScreeningEntry;

/**
 * Reads a CSV indicator export as bytes, in chunks of whole lines parsed on every core: the fast
 * path of {@link ListFiles} for the shape a node exports (one record a line, CRLF or LF line ends,
 * fields quoted or not). It gives exactly what the generic reader gives, or null where it cannot be
 * sure of that (an empty first line, a quoted field that spans lines or is followed by anything but
 * a comma, a carriage return that is not part of a line end, a header without {@code type} and
 * {@code value}, a file over 1 GiB): the generic reader then reads the file.
 */
final class ExportBytes {

  private static final long MAX_BYTES = 1L << 30;
  private static final int CHUNKS_PER_CORE = 8;

  private ExportBytes() {}

  /** The list in {@code file}, or null when the generic reader must read it. */
  static @Nullable ListLoad load(Path file) throws IOException {
    if (Files.size(file) > MAX_BYTES) {
      return null;
    }
    byte[] bytes = Files.readAllBytes(file);
    int headerEnd = lineEnd(bytes, 0);
    Record first = new Record(bytes);
    if (!first.read(0, contentEnd(bytes, 0, headerEnd))) {
      return null;
    }
    List<String> header = new ArrayList<>(first.size());
    for (int i = 0; i < first.size(); i++) {
      header.add(first.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT));
    }
    if (!header.contains("value") || !header.contains("type")) {
      return null;
    }
    ExportRows rows = new ExportRows(header);
    int[] bounds = chunks(bytes, Math.min(headerEnd + 1, bytes.length));
    int count = bounds.length - 1;
    List<Lines> chunks = new ArrayList<>(count);
    try (ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors())) {
      List<CompletableFuture<@Nullable Lines>> parsed = new ArrayList<>(count);
      for (int c = 0; c < count; c++) {
        int from = bounds[c];
        int to = bounds[c + 1];
        parsed.add(
            CompletableFuture.supplyAsync(
                () -> Lines.parse(rows, new Record(bytes), from, to), pool));
      }
      for (CompletableFuture<@Nullable Lines> chunk : parsed) {
        Lines done = chunk.join();
        if (done == null) {
          return null;
        }
        chunks.add(done);
      }
    }
    return ListedLines.load(rows, bytes, chunks);
  }

  /** The entry of the listed record that starts at {@code start}, read again for a hit. */
  static ScreeningEntry entry(ExportRows rows, byte[] bytes, int start, long line) {
    Record record = new Record(bytes);
    if (!record.read(start, contentEnd(bytes, start, lineEnd(bytes, start)))
        || !(rows.row(record, line).listed() instanceof ExportRows.Listed listed)) {
      throw new IllegalStateException("line " + line + " was listed when loaded");
    }
    return ExportRows.entry(listed, line);
  }

  /** Chunk bounds after the header: each starts at the beginning of a line. */
  private static int[] chunks(byte[] bytes, int start) {
    int wanted = Runtime.getRuntime().availableProcessors() * CHUNKS_PER_CORE;
    List<Integer> bounds = new ArrayList<>(List.of(start));
    long span = Math.max(1, (bytes.length - start) / wanted);
    for (int c = 1; c < wanted; c++) {
      int at = (int) Math.min(bytes.length, start + c * span);
      int next = Math.min(bytes.length, lineEnd(bytes, at) + 1);
      if (next > bounds.getLast()) {
        bounds.add(next);
      }
    }
    if (bounds.getLast() < bytes.length) {
      bounds.add(bytes.length);
    }
    return bounds.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The index of the line feed ending the line at {@code from}, or the length of the file. */
  static int lineEnd(byte[] bytes, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return bytes.length;
  }

  /** The end of the line's content: before its carriage return, if it ends in CRLF. */
  static int contentEnd(byte[] bytes, int from, int lineEnd) {
    return lineEnd > from && bytes[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
  }

  /** One record's fields as positions in the file; a field is decoded when it is read. */
  static final class Record implements ExportRows.Cells {
    private static final byte PLAIN = 0;
    private static final byte QUOTED = 1;
    private static final byte ESCAPED = 2;

    private final byte[] bytes;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private byte[] kinds = new byte[16];
    private int size;

    /** By position, the text {@link #get} gave last and the field it was read from. */
    private @Nullable String[] lastTexts = new String[16];

    private int[] lastStarts = new int[16];
    private int[] lastEnds = new int[16];
    private byte[] lastKinds = new byte[16];

    Record(byte[] bytes) {
      this.bytes = bytes;
    }

    byte[] bytes() {
      return bytes;
    }

    /** Splits {@code [from, to)} into fields; false when it is not of the fast shape. */
    boolean read(int from, int to) {
      int n = 0;
      int i = from;
      while (true) {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
          ends = Arrays.copyOf(ends, n * 2);
          kinds = Arrays.copyOf(kinds, n * 2);
        }
        byte kind = PLAIN;
        int start = i;
        if (i < to && bytes[i] == '"') {
          kind = QUOTED;
          start = ++i;
          while (true) {
            if (i >= to || bytes[i] == '\r') {
              return false; // the quote spans lines, or a lone carriage return
            }
            if (bytes[i] == '"') {
              if (i + 1 < to && bytes[i + 1] == '"') {
                kind = ESCAPED;
                i += 2;
                continue;
              }
              break;
            }
            i++;
          }
          starts[n] = start;
          ends[n] = i++;
          if (i < to && bytes[i] != ',') {
            return false; // text after the closing quote
          }
        } else {
          while (i < to && bytes[i] != ',') {
            if (bytes[i] == '\r') {
              return false; // a lone carriage return ends a record for the generic reader
            }
            i++;
          }
          starts[n] = start;
          ends[n] = i;
        }
        kinds[n++] = kind;
        if (i >= to) {
          size = n;
          return true;
        }
        i++; // the comma
      }
    }

    @Override
    public int size() {
      return size;
    }

    /** Where the field at {@code position} starts in {@link #bytes()} (after its quote). */
    int start(int position) {
      return starts[position];
    }

    /** Where the field at {@code position} ends in {@link #bytes()} (before its quote). */
    int end(int position) {
      return ends[position];
    }

    /** Whether the field's bytes are its text: no doubled quote inside. */
    boolean isVerbatim(int position) {
      return kinds[position] != ESCAPED;
    }

    /** Whether the field is empty (nothing, or {@code ""}). */
    boolean isEmpty(int position) {
      return starts[position] == ends[position];
    }

    /** Whether the field's text is exactly the ASCII {@code text}. */
    boolean is(int position, byte[] text) {
      return kinds[position] != ESCAPED
          && Arrays.equals(bytes, starts[position], ends[position], text, 0, text.length);
    }

    /**
     * The field's text. The text last given for the same position is given again when the field has
     * the same bytes: an export's rows repeat most cells (type, categories, TLP, confidence), and
     * so they are neither decoded nor allocated again.
     */
    @Override
    public String get(int position) {
      int start = starts[position];
      int end = ends[position];
      if (position < lastTexts.length) {
        String last = lastTexts[position];
        if (last != null
            && lastKinds[position] == kinds[position]
            && Arrays.equals(bytes, start, end, bytes, lastStarts[position], lastEnds[position])) {
          return last;
        }
      } else {
        lastTexts = Arrays.copyOf(lastTexts, starts.length);
        lastStarts = Arrays.copyOf(lastStarts, starts.length);
        lastEnds = Arrays.copyOf(lastEnds, starts.length);
        lastKinds = Arrays.copyOf(lastKinds, starts.length);
      }
      String text = new String(bytes, start, end - start, StandardCharsets.UTF_8);
      if (kinds[position] == ESCAPED) {
        text = text.replace("\"\"", "\"");
      }
      lastTexts[position] = text;
      lastStarts[position] = start;
      lastEnds[position] = end;
      lastKinds[position] = kinds[position];
      return text;
    }
  }
}
