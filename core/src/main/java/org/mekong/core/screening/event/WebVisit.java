package org.mekong.core.screening.event;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mekong.core.selector.SelectorType;

/**
 * A visit to a URL (from a proxy, DNS resolver or browser log); the URL is checked.
 *
 * @param url the URL as logged
 * @param visitedAt when it was visited, if known
 */
public record WebVisit(String url, @Nullable Instant visitedAt) implements ScreeningEvent {

  public WebVisit {
    Fields.checkLength("url", url);
  }

  @Override
  public List<EventField> fields(@Nullable String region) {
    return List.of(new EventField("url", SelectorType.URL, url));
  }
}
