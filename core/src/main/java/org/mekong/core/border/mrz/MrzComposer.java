package org.mekong.core.border.mrz;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Writes the machine-readable zone of a document, check digits computed: the inverse of {@link
 * MrzParser} for valid documents (for demo data, tests and benchmarks).
 */
public final class MrzComposer {

  private MrzComposer() {}

  /**
   * The zone of {@code document}, its lines separated by single spaces. A document number of more
   * than nine characters overflows into the optional data (TD1, and TD2 other than visas).
   *
   * @throws IllegalArgumentException when the document is not valid or a field does not fit
   */
  public static String compose(MrzDocument document) {
    if (!document.valid()) {
      throw new IllegalArgumentException("only a valid document has a zone: " + document.errors());
    }
    MrzFormat format = Objects.requireNonNull(document.format());
    return switch (format) {
      case TD1 -> td1(document);
      case TD2, TD3 -> twoLines(document, format);
    };
  }

  private static String td1(MrzDocument d) {
    String number = field(d.documentNumber());
    String optional = field(d.optionalData());
    String upper =
        number.length() <= 9
            ? pad(number, 9) + check(number) + pad(optional, 15)
            : number.substring(0, 9)
                + "<"
                + pad(number.substring(9) + check(number) + "<" + optional, 15);
    String line1 = pad(field(d.documentCode()), 2) + pad(field(d.issuingState()), 3) + upper;
    String line2 =
        date(d.birthDate())
            + sex(d.sex())
            + date(d.expiryDate())
            + pad(field(d.nationality()), 3)
            + pad(field(d.optionalData2()), 11);
    String composite =
        check(
            line1.substring(5)
                + line2.substring(0, 7)
                + line2.substring(8, 15)
                + line2.substring(18, 29));
    return line1 + " " + line2 + composite + " " + name(d, 30);
  }

  private static String twoLines(MrzDocument d, MrzFormat format) {
    int length = format.length();
    String line1 =
        pad(field(d.documentCode()), 2) + pad(field(d.issuingState()), 3) + name(d, length - 5);
    String number = field(d.documentNumber());
    String optional = field(d.optionalData());
    boolean visa = d.visa();
    if (number.length() > 9 && (visa || format == MrzFormat.TD3)) {
      throw new IllegalArgumentException("a " + format + " number has at most 9 characters");
    }
    String numberPart =
        number.length() <= 9 ? pad(number, 9) + check(number) : number.substring(0, 9) + "<";
    if (number.length() > 9) {
      optional = number.substring(9) + check(number) + "<" + optional;
    }
    String middle =
        numberPart
            + pad(field(d.nationality()), 3)
            + date(d.birthDate())
            + sex(d.sex())
            + date(d.expiryDate());
    if (visa) {
      return line1 + " " + middle + pad(optional, length - 28);
    }
    String tail =
        format == MrzFormat.TD3
            ? pad(optional, 14) + (optional.isEmpty() ? "<" : check(optional))
            : pad(optional, 7);
    String line2 = middle + tail;
    String composite =
        check(line2.substring(0, 10) + line2.substring(13, 20) + line2.substring(21));
    return line1 + " " + line2 + composite;
  }

  private static String name(MrzDocument d, int length) {
    String surname = field(d.surname()).replace(' ', '<');
    String given = field(d.givenNames()).replace(' ', '<');
    return pad(given.isEmpty() ? surname : surname + "<<" + given, length);
  }

  private static String date(@Nullable LocalDate value) {
    LocalDate date = Objects.requireNonNull(value);
    String yymmdd =
        String.format(
            "%02d%02d%02d", date.getYear() % 100, date.getMonthValue(), date.getDayOfMonth());
    return yymmdd + check(yymmdd);
  }

  private static char sex(@Nullable Sex sex) {
    return switch (Objects.requireNonNull(sex)) {
      case MALE -> 'M';
      case FEMALE -> 'F';
      case UNSPECIFIED -> '<';
    };
  }

  private static String check(String text) {
    int digit = CheckDigit.of(text);
    if (digit < 0) {
      throw new IllegalArgumentException("not A-Z, 0-9 or <: " + text);
    }
    return String.valueOf(digit);
  }

  private static String field(@Nullable String value) {
    return Objects.requireNonNull(value);
  }

  private static String pad(String text, int length) {
    if (text.length() > length) {
      throw new IllegalArgumentException(text + " does not fit in " + length + " characters");
    }
    return text + "<".repeat(length - text.length());
  }
}
