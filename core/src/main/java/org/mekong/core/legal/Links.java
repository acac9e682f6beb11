package org.mekong.core.legal;

import java.util.List;
import java.util.UUID;
import org.mekong.core.indicator.IndicatorId;
import org.mekong.core.input.InvalidInputException;

/**
 * What a record is linked to: indicators (their STIX ids), people (references to people in cases,
 * e.g. a case file's person number), sites (a compound, an address, a domain) and other legal
 * records of this exchange (their ids). At most 100 of each.
 */
public record Links(
    List<IndicatorId> indicators, List<String> people, List<String> sites, List<UUID> actions) {

  /** Most links of each kind. */
  public static final int MAX = 100;

  /** No links. */
  public static final Links NONE = new Links(List.of(), List.of(), List.of(), List.of());

  public Links {
    indicators = Texts.list("links.indicators", indicators, MAX);
    people =
        Texts.list("links.people", people, MAX).stream()
            .map(p -> Texts.required("links.people", p, Texts.SHORT))
            .toList();
    sites =
        Texts.list("links.sites", sites, MAX).stream()
            .map(s -> Texts.required("links.sites", s, Texts.SHORT))
            .toList();
    actions = Texts.list("links.actions", actions, MAX);
  }

  /** Reads an indicator id from outside input. */
  public static IndicatorId indicator(String value) {
    if (!IndicatorId.isValid(value)) {
      throw new InvalidInputException(
          "links.indicators", "holds something that is no indicator id (indicator--<uuid>)");
    }
    return new IndicatorId(value);
  }
}
