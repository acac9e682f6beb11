package org.mekong.core.selector.extract;

import java.util.List;

/** The outcome of extracting selectors from a text: what was found, or why it was not searched. */
public sealed interface Extraction
    permits Extraction.Found, Extraction.TextTooLong, Extraction.UnknownRegion {

  /** The selectors found, in text order, none overlapping another (possibly none at all). */
  record Found(List<Match> matches) implements Extraction {
    public Found {
      matches = List.copyOf(matches);
      for (int i = 1; i < matches.size(); i++) {
        if (matches.get(i).start() < matches.get(i - 1).end()) {
          throw new IllegalArgumentException(
              "matches must be in text order and must not overlap: "
                  + matches.get(i - 1)
                  + ", "
                  + matches.get(i));
        }
      }
    }
  }

  /** A text longer than {@link SelectorExtractor#MAX_TEXT_LENGTH} chars, not searched. */
  record TextTooLong(int length) implements Extraction {
    public TextTooLong {
      if (length <= SelectorExtractor.MAX_TEXT_LENGTH) {
        throw new IllegalArgumentException("a text of " + length + " chars is not too long");
      }
    }

    /** A sentence for the user. */
    public String reason() {
      return "a text of "
          + length
          + " characters: at most "
          + SelectorExtractor.MAX_TEXT_LENGTH
          + " (1 MiB) are searched";
    }
  }

  /** A region hint that is no region libphonenumber knows. */
  record UnknownRegion(String region) implements Extraction {
    /** A sentence for the user. */
    public String reason() {
      return "unknown region hint '" + region + "': use a region code like TH";
    }
  }
}
