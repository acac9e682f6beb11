package org.mekong.server.screening;

import static org.mekong.server.agency.CallerKind.CONSULAR;
import static org.mekong.server.agency.CallerKind.FINANCIAL_INTELLIGENCE;
import static org.mekong.server.agency.CallerKind.IMMIGRATION;
import static org.mekong.server.agency.CallerKind.LAW_ENFORCEMENT;
import static org.mekong.server.agency.CallerKind.SCREENING_CLIENT;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.Agency;
import org.mekong.core.screening.ScreeningHit;
import org.mekong.core.screening.event.EventResult;
import org.mekong.core.screening.event.EventScreener;
import org.mekong.core.screening.event.FieldOutcome;
import org.mekong.core.screening.event.FieldResult;
import org.mekong.core.screening.event.ScreeningEvent;
import org.mekong.core.screening.scoring.AlertLevel;
import org.mekong.server.agency.Caller;
import org.mekong.server.agency.Serves;
import org.mekong.server.web.BadRequestException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Screens events — calls, SMS, transfers, web visits — field by field; an event whose score reaches
 * a review threshold becomes an alert. Nothing is blocked: the answer says how urgently to look.
 */
@RestController
class EventController {

  /** The most events one request may screen. */
  static final int MAX_EVENTS = 1_000;

  /** Writes an event as it was given: the fields of its kind, without the others' nulls. */
  private static final JsonMapper JSON =
      JsonMapper.builder()
          .changeDefaultPropertyInclusion(
              inclusion ->
                  inclusion.withValueInclusion(
                      com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL))
          .build();

  /** A batch of events; {@code region} is the default for national phone numbers. */
  record EventsRequest(@Nullable List<EventRequest> events, @Nullable String region) {}

  /** One field's outcome. */
  @com.fasterxml.jackson.annotation.JsonInclude(
      com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
  record FieldView(
      String role,
      String input,
      @Nullable String canonical,
      String verdict,
      @Nullable String reason,
      List<MatchView> matches) {}

  /** One event's outcome, and its alert when it raised one. */
  @com.fasterxml.jackson.annotation.JsonInclude(
      com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
  record EventView(
      String kind, int score, String level, @Nullable String alert, List<FieldView> fields) {}

  /** The outcomes in input order. */
  record EventsResponse(List<EventView> results) {}

  private final Screener screener;
  private final Alerts alerts;

  EventController(Screener screener, Alerts alerts) {
    this.screener = screener;
    this.alerts = alerts;
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE, SCREENING_CLIENT})
  @PostMapping("/api/v1/screen/events")
  EventsResponse screen(
      @AuthenticationPrincipal Caller caller,
      @RequestBody EventsRequest request,
      HttpServletRequest http) {
    List<EventRequest> requests = request.events();
    if (requests == null || requests.isEmpty()) {
      throw new BadRequestException("events", "must list 1-" + MAX_EVENTS + " events");
    }
    if (requests.size() > MAX_EVENTS) {
      throw new BadRequestException(
          "events", "lists " + requests.size() + " events; at most " + MAX_EVENTS + " per request");
    }
    String region = Regions.check("region", request.region());
    List<ScreeningEvent> events = new ArrayList<>(requests.size());
    for (int i = 0; i < requests.size(); i++) {
      EventRequest event = requests.get(i);
      if (event == null) {
        throw new BadRequestException("events[" + i + "]", "is null");
      }
      events.add(event.toEvent("events[" + i + "]"));
    }
    Agency client = caller.requireAgency();
    EventScreener eventScreener =
        new EventScreener(screener.visibleTo(client), screener.rule(), region);
    Instant now = Instant.now();
    List<EventView> results = new ArrayList<>(events.size());
    List<String> raised = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      EventResult result = eventScreener.screen(events.get(i));
      String kind = requests.get(i).kind();
      String alert = null;
      if (result.score().level() != AlertLevel.NONE) {
        alert = raise(client, now, kind, requests.get(i), result).toString();
        raised.add(alert);
      }
      results.add(
          new EventView(
              String.valueOf(kind),
              result.score().value(),
              result.score().level().code(),
              alert,
              result.fields().stream().map(EventController::field).toList()));
    }
    java.util.Set<String> disclosed = new java.util.LinkedHashSet<>();
    results.forEach(
        r -> r.fields().forEach(f -> f.matches().forEach(m -> disclosed.add(m.indicator()))));
    Disclosures.audit(
        http,
        events.size()
            + " events"
            + (raised.isEmpty() ? "" : ", alerts " + String.join(",", raised)),
        disclosed);
    return new EventsResponse(results);
  }

  private UUID raise(
      Agency client, Instant now, @Nullable String kind, EventRequest event, EventResult result) {
    Map<String, MatchView> matches = new LinkedHashMap<>();
    for (ScreeningHit hit : result.hits()) {
      MatchView view = MatchView.of(hit);
      matches.putIfAbsent(view.indicator() + " " + view.matched(), view);
    }
    List<String> indicators =
        matches.values().stream().map(MatchView::indicator).distinct().toList();
    return alerts.raise(
        new AlertStore.NewAlert(
            client.id(),
            now,
            String.valueOf(kind),
            JSON.valueToTree(event),
            result.score().value(),
            result.score().level().code(),
            List.copyOf(matches.values()),
            indicators));
  }

  private static FieldView field(FieldResult field) {
    return switch (field.outcome()) {
      case FieldOutcome.Invalid invalid ->
          new FieldView(field.role(), field.raw(), null, "invalid", invalid.reason(), List.of());
      case FieldOutcome.Screened screened ->
          new FieldView(
              field.role(),
              field.raw(),
              screened.canonical(),
              screened.hits().isEmpty() ? "no_hit" : "hit",
              null,
              screened.hits().stream().map(MatchView::of).toList());
    };
  }
}
