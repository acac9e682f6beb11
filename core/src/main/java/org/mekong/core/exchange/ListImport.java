package org.mekong.core.exchange;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import org.mekong.core.input.FreeText;

/**
 * The {@code list} format: one selector per line, surrounding whitespace ignored, {@code #} at the
 * start of a line for a comment; everything but the value comes from the file defaults. A {@code #}
 * later in a line is part of the value (URLs have fragments).
 */
final class ListImport extends ResultIterator {

  private final RecordReader reader;
  private final ImportDefaults defaults;

  ListImport(Reader in, ImportDefaults defaults) {
    this.reader = new RecordReader(in, false);
    this.defaults = defaults;
  }

  @Override
  boolean readMore(ArrayDeque<ImportResult> into) throws IOException {
    RecordReader.Raw raw = reader.next();
    if (raw == null) {
      return false;
    }
    if (raw.overLong()) {
      into.add(overLong(raw.line()));
      return true;
    }
    String value = raw.text().strip();
    String bad = FreeText.problem(value);
    if (bad != null) {
      into.add(new ImportResult.Rejected(raw.line(), "the line " + bad));
    } else if (!value.isEmpty() && !value.startsWith("#")) {
      into.add(Drafts.build(raw.line(), LineFields.value(null, value), defaults));
    }
    return true;
  }

  static ImportResult.Rejected overLong(long line) {
    return new ImportResult.Rejected(
        line, "line longer than " + RecordReader.MAX_RECORD + " characters");
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
