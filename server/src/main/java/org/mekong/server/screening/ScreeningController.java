package org.mekong.server.screening;

import static org.mekong.server.agency.CallerKind.ADMIN;
import static org.mekong.server.agency.CallerKind.CONSULAR;
import static org.mekong.server.agency.CallerKind.FINANCIAL_INTELLIGENCE;
import static org.mekong.server.agency.CallerKind.IMMIGRATION;
import static org.mekong.server.agency.CallerKind.LAW_ENFORCEMENT;
import static org.mekong.server.agency.CallerKind.REMOTE_AGENCY;
import static org.mekong.server.agency.CallerKind.SCREENING_CLIENT;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.mekong.core.screening.ScreeningHit;
import org.mekong.core.selector.Selector;
import org.mekong.core.selector.SelectorType;
import org.mekong.server.agency.Caller;
import org.mekong.server.agency.Serves;
import org.mekong.server.web.BadRequestException;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
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
      boolean ready,
      @Nullable Long loaded,
      @Nullable Integer indicators,
      @Nullable Long indexBytes,
      @Nullable Instant lastSync) {}

  private final Screener screener;
  private final NodeWatchList watchList;
  private final WatchListSync sync;

  ScreeningController(Screener screener, NodeWatchList watchList, WatchListSync sync) {
    this.screener = screener;
    this.watchList = watchList;
    this.sync = sync;
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE, SCREENING_CLIENT})
  @PostMapping(path = "/api/v1/screen", consumes = MediaType.APPLICATION_JSON_VALUE)
  @io.swagger.v3.oas.annotations.Operation(
      summary = "Screen up to 10,000 selectors against what the caller may see",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              content =
                  @io.swagger.v3.oas.annotations.media.Content(
                      schema =
                          @io.swagger.v3.oas.annotations.media.Schema(
                              implementation = ScreenRequest.class))),
      responses =
          @io.swagger.v3.oas.annotations.responses.ApiResponse(
              responseCode = "200",
              content =
                  @io.swagger.v3.oas.annotations.media.Content(
                      mediaType = MediaType.APPLICATION_JSON_VALUE,
                      schema =
                          @io.swagger.v3.oas.annotations.media.Schema(
                              implementation = ScreenResponse.class))))
  void screen(
      @AuthenticationPrincipal Caller caller, HttpServletRequest http, HttpServletResponse response)
      throws IOException {
    Function<Selector, List<ScreeningHit>> visible = screener.visibleTo(caller.requireAgency());
    ScreenRequest request = ScreenJson.read(http.getInputStream(), MAX_ITEMS);
    List<Item> items = request.items();
    if (items == null || items.isEmpty()) {
      throw new BadRequestException("items", "must list 1-" + MAX_ITEMS + " items to screen");
    }
    String defaultRegion = Regions.check("region", request.region());
    List<ItemResult> results = new ArrayList<>(items.size());
    Set<String> disclosed = new LinkedHashSet<>();
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      String value = item.value();
      if (value == null) {
        throw new BadRequestException("items[" + i + "].value", "is required");
      }
      SelectorType type = Regions.type("items[" + i + "].type", item.type());
      String region =
          item.region() == null
              ? defaultRegion
              : Regions.check("items[" + i + "].region", item.region());
      ItemResult result =
          switch (screener.screenItem(visible, value, type, region)) {
            case Screener.ItemOutcome.Invalid invalid ->
                new ItemResult(value, null, "invalid", null, null, invalid.reason(), List.of());
            case Screener.ItemOutcome.Screened screened when screened.hits().isEmpty() ->
                new ItemResult(value, screened.canonical(), "no_hit", 0, null, null, List.of());
            case Screener.ItemOutcome.Screened screened ->
                new ItemResult(
                    value,
                    screened.canonical(),
                    "hit",
                    screened.score().value(),
                    screened.score().level().code(),
                    null,
                    screened.hits().stream().map(MatchView::of).toList());
          };
      result.matches().forEach(match -> disclosed.add(match.indicator()));
      results.add(result);
    }
    Disclosures.audit(http, items.size() + " items", disclosed);
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    ScreenJson.write(response.getOutputStream(), results);
  }

  @Serves({
    ADMIN,
    LAW_ENFORCEMENT,
    IMMIGRATION,
    CONSULAR,
    FINANCIAL_INTELLIGENCE,
    SCREENING_CLIENT,
    REMOTE_AGENCY
  })
  @GetMapping("/api/v1/screen/status")
  Status status(@AuthenticationPrincipal Caller caller) {
    if (caller.isAdmin() || caller.kind().isOwnAuthority()) {
      return new Status(
          sync.ready(), sync.loaded(), watchList.size(), watchList.tableBytes(), sync.lastSync());
    }
    // a screening client or a partner learns whether it can screen, not the node's holdings
    return new Status(sync.ready(), null, null, null, sync.lastSync());
  }
}
