package org.mekong.server.selector;

import java.util.Map;
import org.mekong.core.selector.Selector;
import org.mekong.core.selector.extract.Match;

/**
 * A selector found in a text, as the CLI and the API print it: its chars {@code [start, end)} of
 * the text (UTF-16 code units, as Java and JavaScript index strings), the matched text, and the
 * selector's type, canonical key, deterministic id and attributes.
 */
public record ExtractedSelector(
    int start,
    int end,
    String text,
    String type,
    String canonical,
    String id,
    Map<String, String> attributes) {

  /** The answer for one match. */
  public static ExtractedSelector of(Match match) {
    Selector selector = match.selector();
    return new ExtractedSelector(
        match.start(),
        match.end(),
        match.text(),
        selector.type().code(),
        selector.canonical(),
        selector.id().value(),
        selector.attributes());
  }
}
