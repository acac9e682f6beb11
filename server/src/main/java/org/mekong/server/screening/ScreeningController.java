package org.mekong.server.screening;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.mekong.core.screening.ScreeningHit;
import org.mekong.core.selector.Selector;
import org.mekong.core.selector.SelectorType;
import org.mekong.server.agency.Caller;
import org.mekong.server.web.BadRequestException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The screening API: single items and batches, and the state of the watch list. */
@RestController
class ScreeningController {

  /** The most items one request may screen. */
  static final int MAX_ITEMS = 10_000;

  /** One item to screen: a raw value, optionally its type and the region of a national number. */
  record Item(@Nullable String type, @Nullable String value, @Nullable String region) {}

  /** A batch of items; {@code region} is the default for items without their own. */
  record ScreenRequest(@Nullable List<Item> items, @Nullable String region) {}

  /** The result of one item, in input order. */
  @com.fasterxml.jackson.annotation.JsonInclude(
      com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
  record ItemResult(
      String input,
      @Nullable String canonical,
      String verdict,
      @Nullable Integer score,
      @Nullable String level,
      @Nullable String reason,
      List<MatchView> matches) {}

  /** The results of a batch. */
  record ScreenResponse(List<ItemResult> results) {}

  /** The watch list's state. */
  record Status(
      boolean ready, long loaded, int indicators, long indexBytes, @Nullable Instant lastSync) {}

  private final Screener screener;
  private final NodeWatchList watchList;
  private final WatchListSync sync;

  ScreeningController(Screener screener, NodeWatchList watchList, WatchListSync sync) {
    this.screener = screener;
    this.watchList = watchList;
    this.sync = sync;
  }

  @PostMapping("/api/v1/screen")
  ScreenResponse screen(
      @AuthenticationPrincipal Caller caller,
      @RequestBody ScreenRequest request,
      HttpServletRequest http) {
    List<Item> items = request.items();
    if (items == null || items.isEmpty()) {
      throw new BadRequestException("items", "must list 1-" + MAX_ITEMS + " items to screen");
    }
    if (items.size() > MAX_ITEMS) {
      throw new BadRequestException(
          "items", "lists " + items.size() + " items; at most " + MAX_ITEMS + " per request");
    }
    String defaultRegion = Regions.check("region", request.region());
    Function<Selector, List<ScreeningHit>> visible =
        screener.visibleTo(AlertController.agency(caller));
    List<ItemResult> results = new ArrayList<>(items.size());
    java.util.Set<String> disclosed = new java.util.LinkedHashSet<>();
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      String field = "items[" + i + "]";
      if (item == null || item.value() == null) {
        throw new BadRequestException(field + ".value", "is required");
      }
      SelectorType type = Regions.type(field + ".type", item.type());
      String region =
          item.region() == null ? defaultRegion : Regions.check(field + ".region", item.region());
      ItemResult result =
          switch (screener.screenItem(visible, item.value(), type, region)) {
            case Screener.ItemOutcome.Invalid invalid ->
                new ItemResult(
                    item.value(), null, "invalid", null, null, invalid.reason(), List.of());
            case Screener.ItemOutcome.Screened screened ->
                new ItemResult(
                    item.value(),
                    screened.canonical(),
                    screened.hits().isEmpty() ? "no_hit" : "hit",
                    screened.score().value(),
                    screened.hits().isEmpty() ? null : screened.score().level().code(),
                    null,
                    screened.hits().stream().map(MatchView::of).toList());
          };
      result.matches().forEach(match -> disclosed.add(match.indicator()));
      results.add(result);
    }
    Disclosures.audit(http, items.size() + " items", disclosed);
    return new ScreenResponse(results);
  }

  @GetMapping("/api/v1/screen/status")
  Status status() {
    return new Status(
        sync.ready(), sync.loaded(), watchList.size(), watchList.tableBytes(), sync.lastSync());
  }
}
