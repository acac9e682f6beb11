package org.mekong.core.screening.bulk;

/**
 * One hit of bulk screening: a field of a data row that hit one indicator (a field that hits two
 * indicators gives two hits).
 *
 * @param row the 1-based data row (a header line is not a row; blank lines are not rows)
 * @param role the field's role in the row
 * @param raw the field as written (for a body: the text of the selector found in it)
 * @param canonical the field's selector in canonical form
 * @param match the indicator hit and how
 */
public record BulkHit(long row, FieldRole role, String raw, String canonical, BulkMatch match) {

  public BulkHit {
    if (row < 1) {
      throw new IllegalArgumentException("rows count from 1, was " + row);
    }
    if (canonical.isEmpty()) {
      throw new IllegalArgumentException("a hit names its canonical selector");
    }
  }
}
