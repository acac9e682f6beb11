package org.mekong.server.console;

import static org.mekong.server.agency.CallerKind.CONSULAR;
import static org.mekong.server.agency.CallerKind.FINANCIAL_INTELLIGENCE;
import static org.mekong.server.agency.CallerKind.IMMIGRATION;
import static org.mekong.server.agency.CallerKind.LAW_ENFORCEMENT;
import static org.mekong.server.agency.CallerKind.SCREENING_CLIENT;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mekong.server.agency.Serves;
import org.mekong.server.audit.AuditContext;
import org.mekong.server.screening.AlertActions;
import org.mekong.server.web.BadRequestException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Alert review: the agency's queue by status, one alert with its match explanation, and the
 * decisions (assign, confirm, dismiss with a reason) taken as the person who is logged in.
 */
@Controller
class AlertPages {

  private static final List<String> STATUSES =
      List.of("open", "assigned", "confirmed", "dismissed");

  private final AlertActions alerts;

  AlertPages(AlertActions alerts) {
    this.alerts = alerts;
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE, SCREENING_CLIENT})
  @GetMapping("/console/alerts")
  String queue(
      @RequestParam(defaultValue = "open") String status,
      Authentication authentication,
      Model model) {
    ConsoleSession session = ConsoleSession.of(authentication);
    String wanted = STATUSES.contains(status) ? status : "open";
    model.addAttribute("status", wanted);
    model.addAttribute("statuses", STATUSES);
    model.addAttribute("alerts", alerts.queue(session.agency(), wanted));
    return "console/alerts";
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE, SCREENING_CLIENT})
  @GetMapping("/console/alerts/{id}")
  String alert(
      @PathVariable String id,
      @RequestParam(required = false) @Nullable String problem,
      Authentication authentication,
      Model model,
      HttpServletRequest http) {
    ConsoleSession session = ConsoleSession.of(authentication);
    AuditContext.describe(http, "alert", id);
    var alert = alerts.get(session.agency(), id);
    model.addAttribute("alert", alert);
    model.addAttribute(
        "decided", alert.status().equals("confirmed") || alert.status().equals("dismissed"));
    model.addAttribute("mayDecide", session.role().reviewsAlerts());
    if (problem != null) {
      model.addAttribute("problem", problem);
    }
    return "console/alert";
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE, SCREENING_CLIENT})
  @PostMapping("/console/alerts/{id}/assign")
  String assign(
      @PathVariable String id,
      @RequestParam(required = false) @Nullable String assignee,
      @RequestParam(required = false) @Nullable String reason,
      Authentication authentication,
      HttpServletRequest http) {
    ConsoleSession session = ConsoleSession.of(authentication);
    session.requireReviewer();
    AuditContext.describe(http, "alert", id);
    String to = assignee == null || assignee.isBlank() ? session.username() : assignee;
    return act(id, () -> alerts.assign(session.agency(), id, to, session.username(), reason));
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE, SCREENING_CLIENT})
  @PostMapping("/console/alerts/{id}/decision")
  String decide(
      @PathVariable String id,
      @RequestParam(defaultValue = "") String decision,
      @RequestParam(required = false) @Nullable String reason,
      Authentication authentication,
      HttpServletRequest http) {
    ConsoleSession session = ConsoleSession.of(authentication);
    session.requireReviewer();
    AuditContext.describe(http, "alert", id);
    if (!decision.equals("confirm") && !decision.equals("dismiss")) {
      throw new BadRequestException("decision", "must be confirm or dismiss");
    }
    return act(
        id,
        () ->
            alerts.decide(
                session.agency(), id, decision.equals("confirm"), session.username(), reason));
  }

  private static String act(String id, Runnable action) {
    try {
      action.run();
    } catch (BadRequestException e) {
      if (e.field().equals("id")) {
        throw e;
      }
      return "redirect:/console/alerts/"
          + id
          + "?problem="
          + URLEncoder.encode(e.detail(), StandardCharsets.UTF_8);
    }
    return "redirect:/console/alerts/" + id;
  }
}
