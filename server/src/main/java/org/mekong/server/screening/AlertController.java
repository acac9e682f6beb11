package org.mekong.server.screening;

import static org.mekong.server.agency.CallerKind.CONSULAR;
import static org.mekong.server.agency.CallerKind.FINANCIAL_INTELLIGENCE;
import static org.mekong.server.agency.CallerKind.IMMIGRATION;
import static org.mekong.server.agency.CallerKind.LAW_ENFORCEMENT;
import static org.mekong.server.agency.CallerKind.SCREENING_CLIENT;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mekong.server.agency.Caller;
import org.mekong.server.agency.Serves;
import org.mekong.server.audit.AuditContext;
import org.mekong.server.web.BadRequestException;
import org.mekong.server.web.Parameters;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The alerts API: list and filter the caller's alerts, assign, confirm and dismiss them. */
@RestController
class AlertController {

  /** A page of alerts and the cursor of the next page, if any. */
  @com.fasterxml.jackson.annotation.JsonInclude(
      com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
  record AlertPage(List<Alert> items, @Nullable String nextCursor) {}

  /** Taking an alert: who it goes to, who assigns it, and optionally why. */
  record AssignRequest(
      @Nullable String assignee, @Nullable String analyst, @Nullable String reason) {}

  /** A decision: who decides and why (both required). */
  record DecisionRequest(@Nullable String analyst, @Nullable String reason) {}

  /** The alert after a decision, and the sightings the decision recorded. */
  record DecisionView(Alert alert, int sightingsRecorded, List<String> noLongerVisible) {}

  private final Alerts alerts;

  AlertController(Alerts alerts) {
    this.alerts = alerts;
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE, SCREENING_CLIENT})
  @GetMapping("/api/v1/alerts")
  AlertPage list(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(required = false) @Nullable String status,
      @RequestParam(required = false) @Nullable String level,
      @RequestParam(required = false) @Nullable String assignee,
      @RequestParam(required = false) @Nullable String since,
      @RequestParam(required = false) @Nullable String cursor,
      @RequestParam(defaultValue = "100") int limit) {
    Parameters.limit(limit, Alerts.MAX_PAGE);
    Parameters.text("assignee", assignee, Alerts.MAX_TEXT);
    AlertStatus wanted = null;
    if (status != null) {
      wanted =
          AlertStatus.fromCode(status)
              .orElseThrow(
                  () ->
                      new BadRequestException(
                          "status", "must be open, assigned, confirmed or dismissed"));
    }
    if (level != null && !List.of("review", "hold_and_review", "urgent_review").contains(level)) {
      throw new BadRequestException("level", "must be review, hold_and_review or urgent_review");
    }
    var filter = new AlertStore.Filter(wanted, level, assignee, Parameters.instant("since", since));
    List<Alert> page = alerts.list(caller.requireAgency(), filter, cursor(cursor), limit);
    String next = null;
    if (page.size() == limit) {
      Alert last = page.getLast();
      next = encode(last.created(), last.id());
    }
    return new AlertPage(page, next);
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE, SCREENING_CLIENT})
  @GetMapping("/api/v1/alerts/{id}")
  Alert get(
      @AuthenticationPrincipal Caller caller, @PathVariable String id, HttpServletRequest http) {
    UUID alertId = AlertActions.alertId(id);
    AuditContext.describe(http, "alert", alertId.toString());
    return alerts.get(caller.requireAgency(), alertId);
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE, SCREENING_CLIENT})
  @PostMapping("/api/v1/alerts/{id}/assign")
  Alert assign(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestBody AssignRequest request,
      HttpServletRequest http) {
    UUID alertId = AlertActions.alertId(id);
    AuditContext.describe(http, "alert", alertId.toString());
    String assignee = AlertActions.text("assignee", request.assignee(), true);
    String analyst = AlertActions.text("analyst", request.analyst(), true);
    String reason = AlertActions.text("reason", request.reason(), false);
    return alerts.assign(caller.requireAgency(), alertId, assignee, analyst, reason);
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE, SCREENING_CLIENT})
  @PostMapping("/api/v1/alerts/{id}/confirm")
  DecisionView confirm(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestBody DecisionRequest request,
      HttpServletRequest http) {
    return decide(caller, id, request, http, true);
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE, SCREENING_CLIENT})
  @PostMapping("/api/v1/alerts/{id}/dismiss")
  DecisionView dismiss(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestBody DecisionRequest request,
      HttpServletRequest http) {
    return decide(caller, id, request, http, false);
  }

  private DecisionView decide(
      Caller caller, String id, DecisionRequest request, HttpServletRequest http, boolean confirm) {
    UUID alertId = AlertActions.alertId(id);
    AuditContext.describe(http, "alert", alertId.toString());
    String analyst = AlertActions.text("analyst", request.analyst(), true);
    String reason = AlertActions.text("reason", request.reason(), true);
    Alerts.Outcome outcome =
        alerts.decide(caller.requireAgency(), alertId, confirm, analyst, reason);
    return new DecisionView(
        outcome.alert(), outcome.sightingsRecorded(), outcome.noLongerVisible());
  }

  private static String encode(Instant created, String id) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((created + "|" + id).getBytes(StandardCharsets.UTF_8));
  }

  private static AlertStore.@Nullable Cursor cursor(@Nullable String cursor) {
    if (cursor == null) {
      return null;
    }
    try {
      String[] parts =
          new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
      if (parts.length != 2) {
        throw new IllegalArgumentException("two parts expected");
      }
      return new AlertStore.Cursor(Instant.parse(parts[0]), UUID.fromString(parts[1]));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new BadRequestException("cursor", "is not a cursor this API returned");
    }
  }
}
