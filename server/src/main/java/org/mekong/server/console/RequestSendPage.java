package org.mekong.server.console;

import static org.mekong.server.agency.CallerKind.CONSULAR;
import static org.mekong.server.agency.CallerKind.FINANCIAL_INTELLIGENCE;
import static org.mekong.server.agency.CallerKind.IMMIGRATION;
import static org.mekong.server.agency.CallerKind.LAW_ENFORCEMENT;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mekong.core.agency.Agency;
import org.mekong.server.agency.AgencyDirectory;
import org.mekong.server.agency.Serves;
import org.mekong.server.audit.AuditContext;
import org.mekong.server.requests.RequestActions;
import org.mekong.server.requests.RequestView;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Sending a request from the console: to another agency, of a kind whose payload is a list of
 * selectors, checked as the API checks it (refusals beside their fields); the new request's page
 * then counts down to its deadline.
 */
@Controller
class RequestSendPage {

  private static final Set<String> FIELDS =
      Set.of("recipient", "kind", "urgency", "subject", "details", "legalBasis");

  private final RequestActions requests;
  private final AgencyDirectory agencies;

  RequestSendPage(RequestActions requests, AgencyDirectory agencies) {
    this.requests = requests;
    this.agencies = agencies;
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE})
  @GetMapping("/console/requests/new")
  String form(Authentication authentication, Model model) {
    ConsoleSession session = ConsoleSession.of(authentication);
    session.require(session.role().sendsRequests(), "send requests");
    return page(
        session,
        model,
        new RequestActions.NewRequest(null, null, "normal", null, null, null, null, null),
        Map.of());
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE})
  @PostMapping("/console/requests")
  String send(
      @ModelAttribute RequestActions.NewRequest form,
      Authentication authentication,
      Model model,
      HttpServletRequest http,
      HttpServletResponse response) {
    ConsoleSession session = ConsoleSession.of(authentication);
    session.require(session.role().sendsRequests(), "send requests");
    try {
      RequestView sent = requests.send(session.caller(), form);
      AuditContext.describe(http, "request", sent.id());
      return "redirect:/console/requests/" + sent.id();
    } catch (RuntimeException e) {
      Map<String, String> errors =
          Refusals.of(
              e,
              f -> {
                if (f.startsWith("payload.question") || f.startsWith("payload.data")) {
                  return "question";
                }
                if (f.startsWith("payload")) {
                  return "items";
                }
                return FIELDS.contains(f) ? f : "";
              });
      response.setStatus(400);
      return page(session, model, form, errors);
    }
  }

  private String page(
      ConsoleSession session,
      Model model,
      RequestActions.NewRequest form,
      Map<String, String> errors) {
    List<Agency> recipients =
        agencies.list().stream().filter(a -> !a.id().equals(session.agency().id())).toList();
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("recipients", recipients);
    model.addAttribute("kinds", RequestActions.SENDABLE);
    model.addAttribute("urgencies", List.of("urgent", "high", "normal"));
    return "console/request-new";
  }
}
