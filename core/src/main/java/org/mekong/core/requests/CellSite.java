package org.mekong.core.requests;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cell of a mobile network by its global identity, written {@code MCC-MNC-AREA-CELL}: the mobile
 * country and network codes, the location or tracking area code and the cell id (GSM, UMTS, LTE and
 * NR ids up to 36 bits), e.g. {@code 414-09-1201-300451} for a cell in Myanmar.
 */
public record CellSite(String mcc, String mnc, long area, long cell) implements Target {

  private static final Pattern SHAPE =
      Pattern.compile("([2-7][0-9]{2})-([0-9]{2,3})-([0-9]{1,8})-([0-9]{1,11})");
  private static final long MAX_AREA = 0xFF_FFFFL;
  private static final long MAX_CELL = 0xF_FFFF_FFFFL;

  public CellSite {
    if (!mcc.matches("[2-7][0-9]{2}") || !mnc.matches("[0-9]{2,3}")) {
      throw new IllegalArgumentException("not an MCC and MNC: " + mcc + "-" + mnc);
    }
    if (area < 0 || area > MAX_AREA || cell < 0 || cell > MAX_CELL) {
      throw new IllegalArgumentException("area or cell id out of range: " + area + "-" + cell);
    }
  }

  /** The cell site written as {@code MCC-MNC-AREA-CELL}, or empty when it is not one. */
  public static Optional<CellSite> parse(String text) {
    Matcher m = SHAPE.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    long area = Long.parseLong(m.group(3));
    long cell = Long.parseLong(m.group(4));
    if (area > MAX_AREA || cell > MAX_CELL) {
      return Optional.empty();
    }
    return Optional.of(new CellSite(m.group(1), m.group(2), area, cell));
  }

  /** What {@link #parse} accepts, for messages. */
  public static final String SHAPE_DESCRIPTION =
      "is not a cell global identity MCC-MNC-AREA-CELL (e.g. 414-09-1201-300451; area up to"
          + " 16777215, cell up to 68719476735)";

  @Override
  public String type() {
    return "cell-site";
  }

  @Override
  public String canonical() {
    return mcc + "-" + mnc + "-" + area + "-" + cell;
  }
}
