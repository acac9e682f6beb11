package org.mekong.core.screening.bulk;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mekong.core.indicator.IndicatorId;
import org.mekong.core.selector.PhoneNumber;
import org.mekong.core.selector.Selector;

/**
 * The records of one chunk of an export read by {@link ExportBytes}: for each listed record where
 * its line starts, its record number and what to index (a phone's E.164 digits, or its selector);
 * the skipped ones in file order. Entries are kept as lines, not objects: a hit reads its line
 * again.
 */
final class Lines {

  final int[] starts;
  final int[] lines;
  final long[] phones;
  final @Nullable Selector[] others;
  final long[] idHighs;
  final List<ExportRows.Row> skips = new ArrayList<>();
  int listed;
  int withId;

  private Lines(int size) {
    starts = new int[size];
    lines = new int[size];
    phones = new long[size];
    others = new Selector[size];
    idHighs = new long[size];
  }

  /**
   * The {@code size} records in {@code [from, to)}, numbered from {@code base + 1}; null when one
   * is not of the shape {@link ExportBytes} reads.
   */
  static @Nullable Lines parse(
      ExportRows rows, ExportBytes.Record record, int from, int to, long base, int size) {
    Lines parsed = new Lines(size);
    byte[] bytes = record.bytes();
    long line = base;
    for (int i = from; i < to; ) {
      int end = ExportBytes.lineEnd(bytes, i);
      int content = ExportBytes.contentEnd(bytes, i, end);
      if (content > i) {
        if (!record.read(i, content)) {
          return null;
        }
        line++;
        ExportRows.Row row = rows.row(record, line);
        if (row.listed() instanceof ExportRows.Listed listed) {
          parsed.add(i, Math.toIntExact(line), listed);
        } else {
          parsed.skips.add(row);
        }
      }
      i = end + 1;
    }
    return parsed;
  }

  private void add(int start, int line, ExportRows.Listed listed) {
    int n = this.listed++;
    starts[n] = start;
    lines[n] = line;
    if (listed.selector() instanceof PhoneNumber phone) {
      phones[n] = Long.parseLong(phone.e164(), 1, phone.e164().length(), 10);
    } else {
      others[n] = listed.selector();
    }
    IndicatorId id = listed.id();
    if (id != null) {
      idHighs[n] =
          UUID.fromString(id.value().substring("indicator--".length())).getMostSignificantBits();
      withId++;
    }
  }
}
