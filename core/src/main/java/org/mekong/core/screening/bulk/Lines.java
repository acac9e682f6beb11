package org.mekong.core.screening.bulk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mekong.core.indicator.IndicatorId;
import org.mekong.core.selector.PhoneNumber;
import org.mekong.core.selector.Selector;

/**
 * The records of one chunk of an export read by {@link ExportBytes}: for each listed record where
 * its line starts, its record number within the chunk and what to index (a phone's E.164 digits, or
 * its selector); the skipped ones in file order. Entries are kept as lines, not objects: a hit
 * reads its line again.
 */
final class Lines {

  int[] starts;
  int[] lines;
  long[] phones;
  @Nullable Selector[] others;
  long[] idHighs;

  /** Skipped records, their line numbers counted from the chunk's start. */
  final List<ExportRows.Row> skips = new ArrayList<>();

  int records;
  int listed;
  int withId;

  private Lines(int capacity) {
    starts = new int[capacity];
    lines = new int[capacity];
    phones = new long[capacity];
    others = new Selector[capacity];
    idHighs = new long[capacity];
  }

  /**
   * The records in {@code [from, to)}, numbered from 1 (the caller adds the records before the
   * chunk); null when one is not of the shape {@link ExportBytes} reads.
   */
  static @Nullable Lines parse(ExportRows rows, ExportBytes.Record record, int from, int to) {
    Lines parsed = new Lines(Math.max(16, (to - from) / 64));
    byte[] bytes = record.bytes();
    PlainPhoneRows plain = new PlainPhoneRows(rows, bytes);
    for (int i = from; i < to; ) {
      int end = ExportBytes.lineEnd(bytes, i);
      int content = ExportBytes.contentEnd(bytes, i, end);
      if (content > i) {
        if (!record.read(i, content)) {
          return null;
        }
        int line = ++parsed.records;
        long phone = plain.digits(record);
        if (phone > 0) {
          parsed.addPhone(i, line, phone);
        } else {
          ExportRows.Row row = rows.indexRow(record, line);
          if (row.listed() instanceof ExportRows.Listed listed) {
            parsed.add(i, line, listed);
          } else {
            parsed.skips.add(row);
          }
        }
      }
      i = end + 1;
    }
    return parsed;
  }

  /** A listed phone without an id, as {@link PlainPhoneRows} recognised it. */
  private void addPhone(int start, int line, long e164Digits) {
    int n = next(start, line);
    phones[n] = e164Digits;
  }

  private void add(int start, int line, ExportRows.Listed listed) {
    int n = next(start, line);
    Selector selector = listed.selector();
    if (selector == null) {
      phones[n] = listed.phone();
    } else if (selector instanceof PhoneNumber phone) {
      phones[n] = Long.parseLong(phone.e164(), 1, phone.e164().length(), 10);
    } else {
      others[n] = selector;
    }
    IndicatorId id = listed.id();
    if (id != null) {
      idHighs[n] =
          UUID.fromString(id.value().substring("indicator--".length())).getMostSignificantBits();
      withId++;
    }
  }

  /**
   * The index of the next listed record, which starts at {@code start} and is record {@code line}.
   */
  private int next(int start, int line) {
    int n = this.listed++;
    if (n == starts.length) {
      int capacity = n * 2;
      starts = Arrays.copyOf(starts, capacity);
      lines = Arrays.copyOf(lines, capacity);
      phones = Arrays.copyOf(phones, capacity);
      others = Arrays.copyOf(others, capacity);
      idHighs = Arrays.copyOf(idHighs, capacity);
    }
    starts[n] = start;
    lines[n] = line;
    return n;
  }
}
