package org.mekong.core.selector.extract;

import org.mekong.core.selector.Parsed;
import org.mekong.core.selector.Selector;

/**
 * A selector found in a text: the chars {@code [start, end)} of the text (Java {@code String}
 * indices, UTF-16 code units), the matched text itself, and the parsed selector.
 */
public record Match(int start, int end, String text, Parsed.Valid valid) {

  public Match {
    if (start < 0 || end <= start || text.length() != end - start) {
      throw new IllegalArgumentException(
          "a match needs 0 <= start < end and text of end - start chars: ["
              + start
              + ", "
              + end
              + ") '"
              + text
              + "'");
    }
  }

  /** The selector found. */
  public Selector selector() {
    return valid.selector();
  }
}
