package org.mekong.core.requests;

import java.util.List;
import org.mekong.core.indicator.IndicatorId;
import org.mekong.core.selector.Selector;

/**
 * What a recipient answers, in full or in part: a text, documents, indicators, selectors and
 * people; at least one of them.
 */
public record Reply(
    String text,
    List<Document> documents,
    List<IndicatorId> indicators,
    List<Selector> selectors,
    List<PersonReference> people) {

  public Reply {
    text = Checks.optional("text", text, Checks.MAX_TEXT);
    documents = Checks.list("documents", documents, false);
    indicators = Checks.list("indicators", indicators, false);
    selectors = Checks.list("selectors", selectors, false);
    people = Checks.list("people", people, false);
    if (text.isEmpty()
        && documents.isEmpty()
        && indicators.isEmpty()
        && selectors.isEmpty()
        && people.isEmpty()) {
      throw new org.mekong.core.input.InvalidInputException(
          "text", "is required when no documents, indicators, selectors or people are attached");
    }
  }
}
