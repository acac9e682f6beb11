package org.mekong.core.screening.bulk;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mekong.core.selector.Imei;
import org.mekong.core.selector.Imsi;
import org.mekong.core.selector.Parsed;
import org.mekong.core.selector.PhoneNumber;
import org.mekong.core.selector.Selector;
import org.mekong.core.selector.SelectorType;
import org.mekong.core.selector.Selectors;
import org.mekong.core.selector.phone.PhoneFastPath;

/**
 * Parses the fields of one worker's rows into selectors to match, counting invalid ones. Phones,
 * IMEIs and IMSIs written as plain digits are read from the bytes and pre-filtered on their numeric
 * keys, all of a chunk's at once ({@link PendingFields}); only a field that may hit becomes a
 * selector. One instance per worker.
 */
final class Fields {

  /** A field that may hit, to be matched with the rest of its chunk. */
  record Candidate(long row, FieldRole role, String raw, Selector selector) {}

  private static final PhoneFastPath FAST = PhoneFastPath.instance();

  private final BulkMatcher matcher;
  private final @Nullable String region;
  private final byte @Nullable [] nationalCallingCode;
  private final ByteSlice slice = new ByteSlice();
  private final byte[] internationalBytes = new byte[BulkOptions.MAX_LINE + 8];
  private final PendingFields pending = new PendingFields();
  private final List<Candidate> candidates = new ArrayList<>();
  private ChunkResult result = new ChunkResult();
  private long row;
  private long line;

  Fields(BulkMatcher matcher, @Nullable String region) {
    this.matcher = matcher;
    this.region = region;
    String callingCode = NationalForm.callingCodeFor(region);
    this.nationalCallingCode =
        callingCode == null ? null : callingCode.getBytes(StandardCharsets.US_ASCII);
  }

  void start(ChunkResult result) {
    this.result = result;
    pending.clear();
    candidates.clear();
  }

  /** The chunk's fields that may hit, in field order, once its last row is read. */
  List<Candidate> candidates() {
    pending.resolve(matcher, candidates);
    pending.clear();
    return candidates;
  }

  void at(long row, long line) {
    this.row = row;
    this.line = line;
  }

  void invalid(FieldRole role, String reason) {
    result.invalid.add(role.code() + ": " + reason, line);
  }

  /** A phone number as bytes; {@code quiet} when a field that is no number is no error. */
  void phone(byte[] data, int start, int end, FieldRole role, boolean quiet) {
    if (start == end) {
      return;
    }
    int i = data[start] == '+' ? start + 1 : start;
    if (i == end) {
      phone(slice.set(data, start, end).toString(), role, quiet);
      return;
    }
    for (int j = i; j < end; j++) {
      int d = data[j] - '0';
      if (d < 0 || d > 9) {
        phone(slice.set(data, start, end).toString(), role, quiet);
        return;
      }
    }
    long digits;
    if (i == start && data[start] == '0' && (end - start < 2 || data[start + 1] != '0')) {
      if (nationalCallingCode == null) {
        phone(slice.set(data, start, end).toString(), role, quiet);
        return;
      }
      byte[] code = nationalCallingCode;
      System.arraycopy(code, 0, internationalBytes, 0, code.length);
      System.arraycopy(data, start, internationalBytes, code.length, end - start);
      digits = FAST.e164Digits(internationalBytes, 0, code.length + end - start);
    } else {
      digits = FAST.e164Digits(data, start, end);
    }
    if (digits == PhoneFastPath.INVALID) {
      if (!quiet) {
        invalid(role, "not a valid phone number");
      }
    } else {
      pending.phone(digits, Math.toIntExact(row), role, data, start, end);
    }
  }

  /** A phone number as text (any separators, national form with the default region). */
  void phone(String raw, FieldRole role, boolean quiet) {
    String s = raw.strip();
    if (s.isEmpty()) {
      return;
    }
    boolean national = s.charAt(0) == '0' && !s.startsWith("00");
    if (national && region == null) {
      if (!quiet) {
        invalid(role, "a national number: give the default region (--region)");
      }
      return;
    }
    Parsed parsed = Selectors.parse(s, SelectorType.PHONE, national ? region : null);
    if (parsed instanceof Parsed.Valid(PhoneNumber phone)) {
      if (matcher.mayHitPhone(Long.parseLong(phone.e164(), 1, phone.e164().length(), 10))) {
        pending.candidate(new Candidate(row, role, raw, phone));
      }
    } else if (!quiet) {
      invalid(role, "not a valid phone number");
    }
  }

  /** An IMEI (14 digits, 15 with the Luhn check digit, or 16 as IMEISV) as bytes. */
  void imei(byte[] data, int start, int end) {
    int length = end - start;
    if (length == 0) {
      return;
    }
    if (!allDigits(data, start, end)) {
      imei(slice.set(data, start, end).toString());
      return;
    }
    if (length < 14 || length > 16) {
      invalid(FieldRole.IMEI, "an IMEI has 15 digits (14 without check digit, 16 as IMEISV)");
      return;
    }
    long body = 0;
    for (int j = start; j < start + 14; j++) {
      body = body * 10 + (data[j] - '0');
    }
    if (length == 15 && luhn(data, start) != data[start + 14] - '0') {
      invalid(FieldRole.IMEI, "IMEI check digit does not match (Luhn)");
      return;
    }
    pending.imei(body, Math.toIntExact(row), data, start, end);
  }

  void imei(String raw) {
    if (raw.isBlank()) {
      return;
    }
    switch (Selectors.parse(raw, SelectorType.IMEI, null)) {
      case Parsed.Valid(Imei imei) -> {
        if (matcher.mayHitImei(Long.parseLong(imei.body()))) {
          pending.candidate(new Candidate(row, FieldRole.IMEI, raw, imei));
        }
      }
      case Parsed.Valid valid -> throw new IllegalStateException("not an IMEI: " + valid);
      case Parsed.Invalid invalid -> invalid(FieldRole.IMEI, invalid.reason());
      case Parsed.Ambiguous ambiguous -> invalid(FieldRole.IMEI, ambiguous.reason());
    }
  }

  /** An IMSI (15 digits, MCC 200-799) as bytes. */
  void imsi(byte[] data, int start, int end) {
    int length = end - start;
    if (length == 0) {
      return;
    }
    if (!allDigits(data, start, end)) {
      imsi(slice.set(data, start, end).toString());
      return;
    }
    if (length != 15 || data[start] < '2' || data[start] > '7') {
      invalid(FieldRole.IMSI, "an IMSI has 15 digits and an MCC from 200 to 799");
      return;
    }
    long imsi = 0;
    for (int j = start; j < end; j++) {
      imsi = imsi * 10 + (data[j] - '0');
    }
    pending.imsi(imsi, Math.toIntExact(row), data, start, end);
  }

  void imsi(String raw) {
    if (raw.isBlank()) {
      return;
    }
    switch (Selectors.parse(raw, SelectorType.IMSI, null)) {
      case Parsed.Valid(Imsi imsi) -> {
        if (matcher.mayHitImsi(Long.parseLong(imsi.value()))) {
          pending.candidate(new Candidate(row, FieldRole.IMSI, raw, imsi));
        }
      }
      case Parsed.Valid valid -> throw new IllegalStateException("not an IMSI: " + valid);
      case Parsed.Invalid invalid ->
          invalid(FieldRole.IMSI, "an IMSI has 15 digits and an MCC from 200 to 799");
      case Parsed.Ambiguous ambiguous -> invalid(FieldRole.IMSI, ambiguous.reason());
    }
  }

  /** Any selector, of {@code type} or detected; an empty field is skipped. */
  void selector(String raw, FieldRole role, @Nullable SelectorType type) {
    if (raw.isBlank()) {
      return;
    }
    switch (Selectors.parse(raw, type, region)) {
      case Parsed.Valid valid -> add(role, raw, valid.selector());
      case Parsed.Invalid invalid -> invalid(role, invalid.reason());
      case Parsed.Ambiguous ambiguous -> invalid(role, ambiguous.reason());
    }
  }

  /** A selector found elsewhere (in a message body), to match. */
  void add(FieldRole role, String raw, Selector selector) {
    switch (selector) {
      case PhoneNumber phone -> {
        if (matcher.mayHitPhone(Long.parseLong(phone.e164(), 1, phone.e164().length(), 10))) {
          pending.candidate(new Candidate(row, role, raw, selector));
        }
      }
      default -> pending.candidate(new Candidate(row, role, raw, selector));
    }
  }

  private static boolean allDigits(byte[] data, int start, int end) {
    for (int j = start; j < end; j++) {
      if (data[j] < '0' || data[j] > '9') {
        return false;
      }
    }
    return true;
  }

  /** The Luhn check digit of the 14 digits at {@code start}. */
  private static int luhn(byte[] data, int start) {
    int sum = 0;
    for (int k = 0; k < 14; k++) {
      int d = data[start + 13 - k] - '0';
      if (k % 2 == 0) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return (10 - sum % 10) % 10;
  }
}
