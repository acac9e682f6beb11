package org.mekong.bench;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The baseline: the same checks written the obvious way, with {@code String.split}, one regular
 * expression per format with a group per field, substrings and a {@code HashSet} of codes.
 */
final class RegexMrzParser {

  /** What the baseline reads: the contract's fields. */
  record Document(
      boolean valid,
      String format,
      String documentCode,
      String issuingState,
      String documentNumber,
      String nationality,
      @Nullable LocalDate birthDate,
      String sex,
      @Nullable LocalDate expiryDate,
      String surname,
      String givenNames,
      String optionalData,
      List<String> errors) {}

  private static final Pattern TD1 =
      Pattern.compile(
          "([ACI][A-Z<])([A-Z<]{3})([A-Z0-9<]{9})([0-9<])([A-Z0-9<]{15})"
              + "([0-9<]{6})([0-9])([MFX<])([0-9<]{6})([0-9])([A-Z<]{3})([A-Z0-9<]{11})([0-9])"
              + "([A-Z<]{30})");
  private static final Pattern TD2 = twoLines(31, 8);
  private static final Pattern TD3 = twoLines(39, 16);
  private static final Set<String> CODES = new HashSet<>();

  static {
    CODES.addAll(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
    CODES.addAll(List.of("D", "UTO", "XXA", "XXB", "XXC", "XXX", "UNO", "UNA", "UNK", "EUE"));
  }

  private static Pattern twoLines(int names, int rest) {
    return Pattern.compile(
        "([ACIPV][A-Z<])([A-Z<]{3})([A-Z<]{"
            + names
            + "})([A-Z0-9<]{9})([0-9<])([A-Z<]{3})([0-9<]{6})([0-9])([MFX<])([0-9<]{6})([0-9])"
            + "([A-Z0-9<]{"
            + rest
            + "})");
  }

  private final int year;
  private final LocalDate today;

  RegexMrzParser(LocalDate today) {
    this.today = today;
    this.year = today.getYear();
  }

  Document parse(String input) {
    List<String> errors = new ArrayList<>();
    String[] lines = input.trim().split(" ");
    String joined = String.join("", lines);
    boolean td1 = lines.length == 3;
    int length = td1 ? 30 : lines.length == 2 && lines[0].length() == 36 ? 36 : 44;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].length() != length) {
        errors.add("line " + (i + 1) + " has " + lines[i].length() + " characters");
      }
    }
    Matcher m = (td1 ? TD1 : length == 36 ? TD2 : TD3).matcher(joined);
    if (!errors.isEmpty() || !m.matches()) {
      errors.add("does not match the format");
      return new Document(false, "", "", "", "", "", null, "", null, "", "", "", errors);
    }
    String code = m.group(1).replace("<", "");
    boolean visa = code.startsWith("V");
    String number;
    String optional;
    String names;
    String birth;
    String expiry;
    if (td1) {
      number = m.group(3);
      optional = m.group(5);
      if (m.group(4).equals("<")) {
        int end = optional.indexOf('<');
        end = end < 0 ? optional.length() : end;
        check(
            errors,
            "documentNumber",
            number + optional.substring(0, end - 1),
            optional.charAt(end - 1));
        number = number + optional.substring(0, end - 1);
        optional = optional.substring(Math.min(end + 1, optional.length()));
      } else {
        check(errors, "documentNumber", number, m.group(4).charAt(0));
      }
      birth = m.group(6);
      expiry = m.group(9);
      check(errors, "birthDate", birth, m.group(7).charAt(0));
      check(errors, "expiryDate", expiry, m.group(10).charAt(0));
      String upper = lines[0].substring(5);
      String middle = lines[1];
      check(
          errors,
          "composite",
          upper + middle.substring(0, 7) + middle.substring(8, 15) + middle.substring(18, 29),
          m.group(13).charAt(0));
      names = m.group(14);
      optional = (optional + " " + m.group(12)).replace("<", "").trim();
    } else {
      number = m.group(4);
      birth = m.group(7);
      expiry = m.group(10);
      names = m.group(3);
      String rest = m.group(12);
      String line2 = lines[1];
      check(errors, "documentNumber", number, m.group(5).charAt(0));
      check(errors, "birthDate", birth, m.group(8).charAt(0));
      check(errors, "expiryDate", expiry, m.group(11).charAt(0));
      if (visa) {
        optional = rest;
      } else if (length == 44) {
        optional = rest.substring(0, 14);
        char personal = rest.charAt(14);
        if (!(personal == '<' && optional.replace("<", "").isEmpty())) {
          check(errors, "optionalData", optional, personal);
        }
        check(
            errors,
            "composite",
            line2.substring(0, 10) + line2.substring(13, 20) + line2.substring(21, 43),
            rest.charAt(15));
      } else {
        optional = rest.substring(0, 7);
        check(
            errors,
            "composite",
            line2.substring(0, 10) + line2.substring(13, 20) + line2.substring(21, 35),
            rest.charAt(7));
      }
      optional = optional.replaceAll("<+$", "");
    }
    String state = code(errors, "issuingState", m.group(2));
    String nationality = code(errors, "nationality", m.group(td1 ? 11 : 6));
    LocalDate birthDate = date(errors, "birthDate", birth, true);
    LocalDate expiryDate = date(errors, "expiryDate", expiry, false);
    String[] parts = names.replaceAll("<+$", "").split("<<", 2);
    String surname = parts[0].replace("<", " ").trim();
    String givenNames = parts.length > 1 ? parts[1].replaceAll("<+", " ").trim() : "";
    String sex = m.group(td1 ? 8 : 9).replace("<", "X");
    return new Document(
        errors.isEmpty(),
        td1 ? "TD1" : length == 36 ? "TD2" : "TD3",
        code,
        state,
        number.replaceAll("<+$", ""),
        nationality,
        birthDate,
        sex,
        expiryDate,
        surname,
        givenNames,
        optional,
        errors);
  }

  private static void check(List<String> errors, String field, String text, char digit) {
    int sum = 0;
    int[] weights = {7, 3, 1};
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int value = Character.isDigit(c) ? c - '0' : Character.isLetter(c) ? c - 'A' + 10 : 0;
      sum += value * weights[i % 3];
    }
    if (digit != (char) ('0' + sum % 10)) {
      errors.add(field + " check digit");
    }
  }

  private static String code(List<String> errors, String field, String text) {
    String code = text.replace("<", "");
    if (!CODES.contains(code)) {
      errors.add(field + " " + code + " is not a code");
    }
    return code;
  }

  private @Nullable LocalDate date(List<String> errors, String field, String text, boolean birth) {
    try {
      int yy = Integer.parseInt(text.substring(0, 2));
      int month = Integer.parseInt(text.substring(2, 4));
      int day = Integer.parseInt(text.substring(4, 6));
      int candidate = year - year % 100 + yy;
      if (birth) {
        LocalDate date = LocalDate.of(candidate, month, day);
        return date.isAfter(today) ? LocalDate.of(candidate - 100, month, day) : date;
      }
      if (candidate > year + 50) {
        candidate -= 100;
      } else if (candidate <= year - 50) {
        candidate += 100;
      }
      return LocalDate.of(candidate, month, day);
    } catch (NumberFormatException | DateTimeException e) {
      errors.add(field + " " + text + " is not a date");
      return null;
    }
  }
}
