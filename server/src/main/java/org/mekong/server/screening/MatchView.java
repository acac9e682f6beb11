package org.mekong.server.screening;

import java.util.List;
import java.util.Locale;
import org.mekong.core.category.Category;
import org.mekong.core.screening.ScreeningHit;

/**
 * One hit as a screening client sees it: which indicator, what it is evidence of, how sure, how
 * marked, whose (or {@code withheld}) and why the screened value matched it.
 */
public record MatchView(
    String indicator,
    String type,
    String canonical,
    List<String> categories,
    int confidence,
    String tlp,
    String originator,
    String match,
    String matched) {

  static MatchView of(ScreeningHit hit) {
    var entry = hit.entry();
    return new MatchView(
        entry.indicator().value(),
        entry.selector().type().code(),
        entry.selector().canonical(),
        entry.categories().stream().map(Category::code).sorted().toList(),
        entry.confidence(),
        entry.tlp().code(),
        entry.originatorLabel(),
        hit.kind().name().toLowerCase(Locale.ROOT),
        hit.matched());
  }
}
