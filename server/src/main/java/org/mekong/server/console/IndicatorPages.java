package org.mekong.server.console;

import static org.mekong.server.agency.CallerKind.CONSULAR;
import static org.mekong.server.agency.CallerKind.FINANCIAL_INTELLIGENCE;
import static org.mekong.server.agency.CallerKind.IMMIGRATION;
import static org.mekong.server.agency.CallerKind.LAW_ENFORCEMENT;
import static org.mekong.server.agency.CallerKind.SCREENING_CLIENT;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.mekong.server.agency.Serves;
import org.mekong.server.audit.AuditContext;
import org.mekong.server.indicator.IndicatorActions;
import org.mekong.server.indicator.IndicatorView;
import org.mekong.server.web.BadRequestException;
import org.mekong.server.web.ProblemException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The indicator page (selector, attributes, markings, versions, sightings) and its actions: revoke
 * and report a sighting, with the API's rules.
 */
@Controller
class IndicatorPages {

  private final IndicatorActions indicators;

  IndicatorPages(IndicatorActions indicators) {
    this.indicators = indicators;
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE, SCREENING_CLIENT})
  @GetMapping("/console/indicators/{id}")
  String indicator(
      @PathVariable String id,
      @RequestParam(required = false) @Nullable String done,
      @RequestParam(required = false) @Nullable String problem,
      Authentication authentication,
      Model model,
      HttpServletRequest http) {
    ConsoleSession session = ConsoleSession.of(authentication);
    AuditContext.describe(http, "indicator", id);
    IndicatorView view =
        indicators
            .get(session.agency(), id)
            .orElseThrow(() -> new NotFound("no indicator " + id + " that your agency may see"));
    model.addAttribute("indicator", view);
    model.addAttribute("history", indicators.history(session.agency(), id));
    model.addAttribute("sightings", indicators.sightings(session.agency(), id));
    model.addAttribute(
        "own", view.originator().equals(session.agency().id().value()) && !view.revoked());
    model.addAttribute(
        "mayPublish", session.role().publishes() && session.caller().kind().isOwnAuthority());
    if (done != null
        && (done.equals("revoked") || done.equals("sighted") || done.equals("published"))) {
      model.addAttribute("done", "indicator.done." + done);
    }
    if (problem != null) {
      model.addAttribute("problem", problem);
    }
    return "console/indicator";
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE})
  @PostMapping("/console/indicators/{id}/revoke")
  String revoke(@PathVariable String id, Authentication authentication, HttpServletRequest http) {
    ConsoleSession session = ConsoleSession.of(authentication);
    session.requirePublisher();
    AuditContext.describe(http, "indicator", id);
    indicators.revoke(session.agency(), id);
    return "redirect:/console/indicators/" + id + "?done=revoked";
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE, SCREENING_CLIENT})
  @PostMapping("/console/indicators/{id}/sightings")
  String sight(
      @PathVariable String id,
      @RequestParam(defaultValue = "") String kind,
      @RequestParam(required = false) @Nullable String note,
      Authentication authentication,
      HttpServletRequest http) {
    ConsoleSession session = ConsoleSession.of(authentication);
    AuditContext.describe(http, "indicator", id);
    try {
      indicators.sight(session.agency(), id, kind, note);
    } catch (BadRequestException e) {
      if (e.field().equals("id")) {
        throw e;
      }
      return "redirect:/console/indicators/"
          + id
          + "?problem="
          + URLEncoder.encode(e.detail(), StandardCharsets.UTF_8);
    }
    return "redirect:/console/indicators/" + id + "?done=sighted";
  }

  /** A page that does not exist, or not for this agency. */
  static final class NotFound extends ProblemException {
    private static final long serialVersionUID = 1L;

    NotFound(String detail) {
      super(org.springframework.http.HttpStatus.NOT_FOUND, detail);
    }
  }
}
