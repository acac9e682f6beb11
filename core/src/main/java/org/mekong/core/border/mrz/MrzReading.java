package org.mekong.core.border.mrz;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One reading of one zone: finds its format, then reads and checks each field it can. */
final class MrzReading {

  private final ZoneText zone;
  private final MrzParser.Today today;
  private @Nullable List<String> errors;
  private final boolean[] usable = new boolean[3];
  private @Nullable MrzFormat format;
  private boolean visa;

  private @Nullable String documentCode;
  private @Nullable String issuingState;
  private @Nullable String documentNumber;
  private @Nullable String nationality;
  private @Nullable LocalDate birthDate;
  private @Nullable Sex sex;
  private @Nullable LocalDate expiryDate;
  private @Nullable String surname;
  private @Nullable String givenNames;
  private @Nullable String optionalData;
  private @Nullable String optionalData2;

  MrzReading(String input, MrzParser.Today today) {
    this.zone = new ZoneText(input);
    this.today = today;
  }

  MrzDocument read() {
    format = ZoneShape.format(zone, this::error);
    if (format != null) {
      ZoneShape.checkLines(zone, format, usable, this::error);
      visa = zone.length(0) > 0 && zone.at(0, 0) == 'V';
      switch (format) {
        case TD1 -> readTd1();
        case TD2, TD3 -> readTwoLines(format);
      }
    }
    return new MrzDocument(
        format,
        documentCode,
        issuingState,
        documentNumber,
        nationality,
        birthDate,
        sex,
        expiryDate,
        surname,
        givenNames,
        optionalData,
        optionalData2,
        errors == null ? List.of() : errors);
  }

  private void readTd1() {
    if (usable[0]) {
      documentCode = documentCode(MrzFormat.TD1);
      issuingState = code("issuingState", 0, 2);
      documentNumber(0, 5, 14, 15, 30, true);
    }
    if (usable[1]) {
      birthDate = date("birthDate", 1, 0, true);
      sex = sex(1, 7);
      expiryDate = date("expiryDate", 1, 8, false);
      nationality = code("nationality", 1, 15);
      optionalData2 = zone.text(1, 18, 29);
    }
    if (usable[0] && usable[1]) {
      int sum = zone.weighted(0, 5, 30, 0);
      sum = ZoneText.plus(sum, zone.weighted(1, 0, 7, 25));
      sum = ZoneText.plus(sum, zone.weighted(1, 8, 15, 32));
      sum = ZoneText.plus(sum, zone.weighted(1, 18, 29, 39));
      verify("composite", sum, 1, 29, false);
    }
    if (usable[2]) {
      names(2, 0, 30);
    }
  }

  private void readTwoLines(MrzFormat format) {
    int length = format.length();
    if (usable[0]) {
      documentCode = documentCode(format);
      issuingState = code("issuingState", 0, 2);
      names(0, 5, length);
    }
    if (!usable[1]) {
      return;
    }
    boolean passport = format == MrzFormat.TD3 && !visa;
    int optionalEnd = visa ? length : length - 1;
    if (passport) {
      optionalEnd = 42;
    }
    documentNumber(1, 0, 9, 28, optionalEnd, format == MrzFormat.TD2 && !visa);
    nationality = code("nationality", 1, 10);
    birthDate = date("birthDate", 1, 13, true);
    sex = sex(1, 20);
    expiryDate = date("expiryDate", 1, 21, false);
    if (passport) {
      verify("optionalData", zone.weighted(1, 28, 42, 0), 1, 42, zone.text(1, 28, 42).isEmpty());
    }
    if (!visa) {
      int sum = zone.weighted(1, 0, 10, 0);
      sum = ZoneText.plus(sum, zone.weighted(1, 13, 20, 10));
      sum = ZoneText.plus(sum, zone.weighted(1, 21, length - 1, 17));
      verify("composite", sum, 1, length - 1, false);
    }
  }

  private @Nullable String documentCode(MrzFormat format) {
    char kind = zone.at(0, 0);
    char second = zone.at(0, 1);
    String allowed =
        switch (format) {
          case TD1 -> "ACI";
          case TD2 -> "ACIV";
          case TD3 -> "PV";
        };
    String code = zone.text(0, 0, 2);
    if (allowed.indexOf(kind) < 0 || !(second == '<' || (second >= 'A' && second <= 'Z'))) {
      error(
          "documentCode "
              + zone.raw(0, 0, 2)
              + " is not a "
              + format
              + " document code (one of "
              + String.join(", ", allowed.split(""))
              + ", then a letter or <)");
    }
    return code.isEmpty() ? null : code;
  }

  /**
   * The document number at {@code [from, from + 9)} with its check digit at {@code check}, and the
   * optional data at {@code [optionalFrom, optionalTo)}; when {@code overflow} is allowed and the
   * check digit is a filler, the number goes on in the optional data, its last character before a
   * filler being the check digit of the whole number (Doc 9303 Parts 5 and 6). A long number fills
   * all nine places, so a filler among them means a plain number with a missing check digit.
   */
  private void documentNumber(
      int line, int from, int check, int optionalFrom, int optionalTo, boolean overflow) {
    if (overflow
        && zone.at(line, check) == '<'
        && zone.at(line, from + 8) != '<'
        && zone.at(line, optionalFrom) != '<') {
      int end = optionalFrom;
      while (end < optionalTo && zone.at(line, end) != '<') {
        end++;
      }
      int sum = zone.weighted(line, from, from + 9, 0);
      sum = ZoneText.plus(sum, zone.weighted(line, optionalFrom, end - 1, 9));
      verify("documentNumber", sum, line, end - 1, false);
      documentNumber = zone.raw(line, from, from + 9) + zone.raw(line, optionalFrom, end - 1);
      optionalData = zone.text(line, Math.min(end + 1, optionalTo), optionalTo);
      return;
    }
    documentNumber = zone.text(line, from, from + 9);
    if (documentNumber.isEmpty()) {
      error("documentNumber is missing");
    }
    verify("documentNumber", zone.weighted(line, from, from + 9, 0), line, check, false);
    optionalData = zone.text(line, optionalFrom, optionalTo);
  }

  /** Compares the check digit at {@code pos} with {@code sum}; a filler passes if allowed. */
  private void verify(String field, int sum, int line, int pos, boolean fillerAllowed) {
    char c = zone.at(line, pos);
    if (c >= '0' && c <= '9') {
      if (sum < 0 || sum % 10 != c - '0') {
        error(field + " check digit");
      }
    } else if (c != '<' || !fillerAllowed) {
      error(
          c == '<'
              ? field + " check digit"
              : field
                  + " check digit "
                  + ZoneText.describe(c)
                  + " is not a digit"
                  + ZoneText.digitExpected(c));
    }
  }

  private @Nullable String code(String field, int line, int from) {
    String known =
        IcaoCodes.lookup(zone.at(line, from), zone.at(line, from + 1), zone.at(line, from + 2));
    if (known != null) {
      return known;
    }
    String text = zone.text(line, from, from + 3);
    if (text.isEmpty()) {
      error(field + " is missing");
      return null;
    }
    String hint = "";
    for (int i = 0; i < text.length() && hint.isEmpty(); i++) {
      hint = ZoneText.letterExpected(text.charAt(i));
    }
    error(field + " " + text + " is not an ICAO 9303 state or organisation code" + hint);
    return text;
  }

  private @Nullable Sex sex(int line, int pos) {
    char c = zone.at(line, pos);
    return switch (c) {
      case 'M' -> Sex.MALE;
      case 'F' -> Sex.FEMALE;
      case '<', 'X' -> Sex.UNSPECIFIED;
      default -> {
        error("sex " + ZoneText.describe(c) + " is not M, F, X or <");
        yield null;
      }
    };
  }

  /**
   * A date YYMMDD at {@code from}, its check digit after it; birth dates are not in the future,
   * expiry dates within −49 to +50 years of today.
   */
  private @Nullable LocalDate date(String field, int line, int from, boolean birth) {
    verify(field, zone.weighted(line, from, from + 6, 0), line, from + 6, false);
    int value = 0;
    boolean unknown = false;
    char wrong = 0;
    for (int pos = from; pos < from + 6; pos++) {
      char c = zone.at(line, pos);
      if (c >= '0' && c <= '9') {
        value = value * 10 + c - '0';
      } else if (c == '<') {
        unknown = true;
      } else if (wrong == 0) {
        wrong = c;
      }
    }
    int yy = value / 10_000;
    int month = value / 100 % 100;
    int day = value % 100;
    if (unknown || wrong != 0 || month < 1 || month > 12 || day < 1) {
      notADate(field, line, from, unknown, wrong);
      return null;
    }
    int year = birth ? today.birthYear(yy, month, day) : today.expiryYear(yy);
    if (day > Month.of(month).length(Year.isLeap(year))) {
      notADate(field, line, from, false, wrong);
      return null;
    }
    return LocalDate.of(year, month, day);
  }

  private void notADate(String field, int line, int from, boolean unknown, char wrong) {
    error(
        field
            + " "
            + zone.raw(line, from, from + 6)
            + " is not a date"
            + (unknown
                ? " (unknown digits written <)"
                : wrong == 0 ? "" : ZoneText.digitExpected(wrong)));
  }

  private void names(int line, int from, int to) {
    int end = to;
    while (end > from && zone.at(line, end - 1) == '<') {
      end--;
    }
    if (end == from) {
      error("name is missing");
    }
    int separator = -1;
    int digit = -1;
    for (int pos = from; pos < end; pos++) {
      char c = zone.at(line, pos);
      if (c == '<') {
        if (separator < 0 && pos + 1 < end && zone.at(line, pos + 1) == '<') {
          separator = pos;
        }
      } else if (c >= '0' && c <= '9' && digit < 0) {
        digit = pos;
      }
    }
    if (digit >= 0) {
      char c = zone.at(line, digit);
      error(
          "name has the digit "
              + c
              + " at line "
              + (line + 1)
              + " position "
              + (digit + 1)
              + ZoneText.letterExpected(c));
    }
    surname = zone.spaced(line, from, separator < 0 ? end : separator);
    givenNames = separator < 0 ? "" : zone.spaced(line, separator + 2, end);
  }

  void error(String message) {
    if (errors == null) {
      errors = new ArrayList<>(4);
    }
    errors.add(message);
  }
}
