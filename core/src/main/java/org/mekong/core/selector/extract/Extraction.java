package org.mekong.core.selector.extract;

import java.util.List;

/** The outcome of extracting selectors from a text: what was found, or why the text is refused. */
public sealed interface Extraction permits Extraction.Found, Extraction.Rejected {

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

  /** A text that is not searched (too long, or an unknown region hint), with the reason. */
  record Rejected(String reason) implements Extraction {
    public Rejected {
      if (reason.isBlank()) {
        throw new IllegalArgumentException("a rejection needs a reason");
      }
    }
  }
}
