package org.mekong.core.screening.bulk;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.mekong.core.screening.bulk.Fields.Candidate;
import org.mekong.core.selector.Imei;
import org.mekong.core.selector.Imsi;
import org.mekong.core.selector.Parsed;
import org.mekong.core.selector.PhoneNumber;
import org.mekong.core.selector.SelectorType;
import org.mekong.core.selector.Selectors;
import org.mekong.core.selector.phone.PhoneFastPath;

/**
 * The fields of one chunk that may hit, in field order, until the chunk is screened: phones, IMEIs
 * and IMSIs read from the bytes as their numeric keys, asked of the matcher all at once at the end
 * (the phones in one batch, whose lookups of a large index then overlap their memory accesses
 * instead of waiting for each in turn), and fields already parsed to a candidate. Only a keyed
 * field that may hit becomes a {@link Candidate}; the candidates keep the order of the fields. One
 * instance per worker.
 */
final class PendingFields {

  private static final byte PHONE = 0;
  private static final byte IMEI = 1;
  private static final byte IMSI = 2;
  private static final byte PARSED = 3;

  private static final FieldRole[] ROLES = FieldRole.values();

  private byte[] kinds = new byte[256];
  private long[] keys = new long[256];

  /** The field's row, counted in the chunk (a chunk holds fewer rows than it has bytes). */
  private int[] rows = new int[256];

  /** The field's role, as its ordinal. */
  private byte[] roles = new byte[256];

  private int[] starts = new int[256];
  private int[] ends = new int[256];
  private int count;

  /** The chunk's bytes, which keyed fields point into; null until the chunk's first. */
  private byte @Nullable [] data;

  private final List<Candidate> parsed = new ArrayList<>();
  private long[] phones = new long[256];
  private boolean[] phoneHits = new boolean[256];

  void clear() {
    count = 0;
    parsed.clear();
    data = null;
  }

  /** A phone's E.164 digits, read from {@code data[start, end)}. */
  void phone(long e164Digits, int row, FieldRole role, byte[] data, int start, int end) {
    keyed(PHONE, e164Digits, row, role, data, start, end);
  }

  /** An IMEI's 14-digit body, read from {@code data[start, end)}. */
  void imei(long body, int row, byte[] data, int start, int end) {
    keyed(IMEI, body, row, FieldRole.IMEI, data, start, end);
  }

  /** An IMSI's 15 digits, read from {@code data[start, end)}. */
  void imsi(long imsi, int row, byte[] data, int start, int end) {
    keyed(IMSI, imsi, row, FieldRole.IMSI, data, start, end);
  }

  /** A field already parsed to a candidate: one that may hit. */
  void candidate(Candidate candidate) {
    add(PARSED, parsed.size(), Math.toIntExact(candidate.row()), candidate.role(), 0, 0);
    parsed.add(candidate);
  }

  /**
   * Asks {@code matcher} about the keyed fields and adds those that may hit, in order, to {@code
   * into}.
   */
  void resolve(BulkMatcher matcher, List<Candidate> into) {
    int phoneCount = 0;
    for (int i = 0; i < count; i++) {
      if (kinds[i] == PHONE) {
        phones[phoneCount++] = keys[i];
      }
    }
    matcher.mayHitPhones(phones, phoneCount, phoneHits);
    int phone = 0;
    for (int i = 0; i < count; i++) {
      switch (kinds[i]) {
        case PHONE -> {
          if (phoneHits[phone++]) {
            into.add(new Candidate(rows[i], ROLES[roles[i]], raw(i), phoneOf(keys[i])));
          }
        }
        case IMEI -> {
          if (matcher.mayHitImei(keys[i])) {
            String raw = raw(i);
            into.add(new Candidate(rows[i], FieldRole.IMEI, raw, new Imei(raw.substring(0, 14))));
          }
        }
        case IMSI -> {
          if (matcher.mayHitImsi(keys[i])) {
            String raw = raw(i);
            into.add(new Candidate(rows[i], FieldRole.IMSI, raw, new Imsi(raw)));
          }
        }
        default -> into.add(parsed.get((int) keys[i]));
      }
    }
  }

  private void keyed(
      byte kind, long key, int row, FieldRole role, byte[] data, int start, int end) {
    if (this.data == null) {
      this.data = data;
    } else if (data != this.data) {
      throw new IllegalStateException("the keyed fields of a chunk are in one array of bytes");
    }
    add(kind, key, row, role, start, end);
  }

  private void add(byte kind, long key, int row, FieldRole role, int start, int end) {
    if (count == kinds.length) {
      int capacity = count * 2;
      kinds = Arrays.copyOf(kinds, capacity);
      keys = Arrays.copyOf(keys, capacity);
      rows = Arrays.copyOf(rows, capacity);
      roles = Arrays.copyOf(roles, capacity);
      starts = Arrays.copyOf(starts, capacity);
      ends = Arrays.copyOf(ends, capacity);
      phones = new long[capacity];
      phoneHits = new boolean[capacity];
    }
    kinds[count] = kind;
    keys[count] = key;
    rows[count] = row;
    roles[count] = (byte) role.ordinal();
    starts[count] = start;
    ends[count] = end;
    count++;
  }

  /** The text of keyed field {@code i}: ASCII digits, perhaps after a '+'. */
  private String raw(int i) {
    byte[] bytes = Objects.requireNonNull(data, "a keyed field's bytes");
    return new String(bytes, starts[i], ends[i] - starts[i], StandardCharsets.UTF_8);
  }

  private static PhoneNumber phoneOf(long digits) {
    if (Selectors.parse(PhoneFastPath.format(digits), SelectorType.PHONE, null)
        instanceof Parsed.Valid(PhoneNumber phone)) {
      return phone;
    }
    throw new IllegalStateException("the fast path's number does not parse: " + digits);
  }
}
