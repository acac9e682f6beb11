package org.mekong.core.screening.bulk;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;
import org.mekong.core.category.Category;
import org.mekong.core.selector.phone.PhoneFastPath;

/**
 * Recognises, from its bytes, the row a node's export writes for most of a phone list: type {@code
 * phone}, the number as {@code +} and digits, no region, no validity end, no originator or id, and
 * categories, confidence and TLP that list it. That is all the index of a list kept as lines
 * ({@link ListedLines}) needs of such a row: whether it lists, and the phone's E.164 digits. Rows
 * of an export mostly repeat their categories and TLP, so a cell with the bytes of the last valid
 * one is valid without being decoded. Any other row (a cell with spaces or doubled quotes, a
 * region, an invalid number, an unknown category...) is left to {@link ExportRows#indexRow}, which
 * gives the same answer for a plain row. One instance per chunk; not thread-safe.
 */
final class PlainPhoneRows {

  private static final byte[] PHONE = "phone".getBytes(StandardCharsets.US_ASCII);

  private final int width;
  private final int type;
  private final int value;
  private final int categories;
  private final int confidence;
  private final int tlp;

  /** The columns that must be empty in a plain row (those of the export that it has). */
  private final int[] empty;

  private final byte[] bytes;

  /** Where the last valid categories and TLP cells are in {@link #bytes}: empty until one is. */
  private int validCategoriesStart;

  private int validCategoriesEnd;
  private int validTlpStart;
  private int validTlpEnd;

  PlainPhoneRows(ExportRows rows, byte[] bytes) {
    this.width = rows.width();
    this.type = rows.position("type");
    this.value = rows.position("value");
    this.categories = rows.position("categories");
    this.confidence = rows.position("confidence");
    this.tlp = rows.position("tlp");
    this.empty =
        Stream.of("revoked", "valid_until", "region", "originator", "indicator", "id")
            .mapToInt(rows::position)
            .filter(position -> position >= 0)
            .toArray();
    this.bytes = bytes;
  }

  /** The E.164 digits of the phone {@code record} lists when it is a plain phone row, else 0. */
  long digits(ExportBytes.Record record) {
    if (record.size() != width || type < 0 || value < 0 || categories < 0) {
      return 0;
    }
    for (int position : empty) {
      if (!record.isEmpty(position)) {
        return 0;
      }
    }
    if (!record.is(type, PHONE) || !record.isVerbatim(value)) {
      return 0;
    }
    int start = record.start(value);
    int end = record.end(value);
    if (!PhoneFastPath.isPlusDigits(bytes, start, end)
        || !categoriesList(record)
        || !confidenceIsAPercentage(record)
        || !tlpIsKnown(record)) {
      return 0;
    }
    long digits = PhoneFastPath.instance().e164Digits(bytes, start, end);
    return digits == PhoneFastPath.INVALID ? 0 : digits;
  }

  private boolean categoriesList(ExportBytes.Record record) {
    if (record.isEmpty(categories) || !record.isVerbatim(categories)) {
      return false;
    }
    int start = record.start(categories);
    int end = record.end(categories);
    if (Arrays.equals(bytes, start, end, bytes, validCategoriesStart, validCategoriesEnd)) {
      return true;
    }
    Set<Category> listed = ExportRows.categories(record.get(categories).strip());
    if (listed == null || listed.isEmpty()) {
      return false;
    }
    validCategoriesStart = start;
    validCategoriesEnd = end;
    return true;
  }

  private boolean confidenceIsAPercentage(ExportBytes.Record record) {
    if (confidence < 0 || record.isEmpty(confidence)) {
      return true;
    }
    int start = record.start(confidence);
    int end = record.end(confidence);
    if (end - start > 3) {
      return false;
    }
    int percent = 0;
    for (int i = start; i < end; i++) {
      if (bytes[i] < '0' || bytes[i] > '9') {
        return false;
      }
      percent = percent * 10 + (bytes[i] - '0');
    }
    return percent <= 100;
  }

  private boolean tlpIsKnown(ExportBytes.Record record) {
    if (tlp < 0 || record.isEmpty(tlp)) {
      return true;
    }
    if (!record.isVerbatim(tlp)) {
      return false;
    }
    int start = record.start(tlp);
    int end = record.end(tlp);
    if (Arrays.equals(bytes, start, end, bytes, validTlpStart, validTlpEnd)) {
      return true;
    }
    if (ExportRows.tlp(record.get(tlp).strip()) == null) {
      return false;
    }
    validTlpStart = start;
    validTlpEnd = end;
    return true;
  }
}
