package org.mekong.server.console;

import static org.mekong.server.agency.CallerKind.CONSULAR;
import static org.mekong.server.agency.CallerKind.FINANCIAL_INTELLIGENCE;
import static org.mekong.server.agency.CallerKind.IMMIGRATION;
import static org.mekong.server.agency.CallerKind.LAW_ENFORCEMENT;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.mekong.server.agency.AgencyDirectory;
import org.mekong.server.agency.Serves;
import org.mekong.server.audit.AuditContext;
import org.mekong.server.requests.RequestActions;
import org.mekong.server.requests.RequestForms;
import org.mekong.server.requests.RequestView;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests with their own fields: cutting service to a compound (its cell sites, IP ranges and
 * satellite terminals) and handing over a person, each with its urgency and the time to answer it
 * sets, checked as the requests API checks them (refusals beside their fields); the new request's
 * page then counts down to its deadline.
 */
@Controller
class RequestFormPages {

  /**
   * An urgency as the form offers it: the time to answer it sets (in days when whole days, else in
   * hours) and the deadline a request sent now would have.
   */
  record Choice(String code, long amount, boolean days, Instant deadline) {

    static Choice of(String code, Duration time, Instant now) {
      boolean days = time.toHours() >= 24 && time.toHours() % 24 == 0;
      return new Choice(code, days ? time.toDays() : time.toHours(), days, now.plus(time));
    }
  }

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final RequestForms forms;
  private final RequestActions requests;
  private final AgencyDirectory agencies;

  RequestFormPages(RequestForms forms, RequestActions requests, AgencyDirectory agencies) {
    this.forms = forms;
    this.requests = requests;
    this.agencies = agencies;
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE})
  @GetMapping("/console/requests/new/cut-service")
  String cutServiceForm(Authentication authentication, Model model) {
    ConsoleSession session = allowed(authentication);
    RequestForms.NewCutService blank =
        new RequestForms.NewCutService(
            null,
            "urgent",
            null,
            null,
            null,
            null,
            List.of("internet", "mobile"),
            null,
            null,
            null);
    return page(session, model, "cut-service", blank, Map.of());
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE})
  @PostMapping("/console/requests/cut-service")
  String cutService(
      @ModelAttribute RequestForms.NewCutService form,
      Authentication authentication,
      Model model,
      HttpServletRequest http,
      HttpServletResponse response) {
    ConsoleSession session = allowed(authentication);
    return send(
        http,
        response,
        () -> forms.cutService(session.caller(), form),
        errors -> page(session, model, "cut-service", form, errors));
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE})
  @GetMapping("/console/requests/new/handover")
  String handoverForm(Authentication authentication, Model model) {
    ConsoleSession session = allowed(authentication);
    RequestForms.NewHandover blank =
        new RequestForms.NewHandover(
            null, "high", null, null, null, null, null, null, null, null, null);
    return page(session, model, "handover", blank, Map.of());
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE})
  @PostMapping("/console/requests/handover")
  String handover(
      @ModelAttribute RequestForms.NewHandover form,
      Authentication authentication,
      Model model,
      HttpServletRequest http,
      HttpServletResponse response) {
    ConsoleSession session = allowed(authentication);
    return send(
        http,
        response,
        () -> forms.handover(session.caller(), form),
        errors -> page(session, model, "handover", form, errors));
  }

  /**
   * A request's payload as its page lists it: the API's JSON, each selector shown by its canonical
   * form.
   */
  @SuppressWarnings("unchecked")
  static Map<String, Object> shown(JsonNode payload) {
    Map<String, Object> fields = new LinkedHashMap<>();
    JSON.convertValue(payload, Map.class)
        .forEach(
            (name, value) ->
                fields.put(
                    String.valueOf(name),
                    value instanceof List<?> list
                        ? list.stream()
                            .map(
                                v ->
                                    v instanceof Map<?, ?> m && m.containsKey("canonical")
                                        ? m.get("canonical")
                                        : v)
                            .toList()
                        : value));
    return fields;
  }

  private static ConsoleSession allowed(Authentication authentication) {
    ConsoleSession session = ConsoleSession.of(authentication);
    session.require(session.role().sendsRequests(), "send requests");
    return session;
  }

  /**
   * Sends a request and goes to its page, or shows the form again with the refusal by its field.
   */
  private static String send(
      HttpServletRequest http,
      HttpServletResponse response,
      Supplier<RequestView> send,
      Function<Map<String, String>, String> form) {
    try {
      RequestView sent = send.get();
      AuditContext.describe(http, "request", sent.id());
      return "redirect:/console/requests/" + sent.id();
    } catch (RuntimeException e) {
      Map<String, String> errors = Refusals.of(e, RequestFormPages::field);
      response.setStatus(400);
      return form.apply(errors);
    }
  }

  /** The form's field of a refusal of the requests API ({@code payload.person.name} → name). */
  static String field(String api) {
    if (api.equals("payload") || api.equals("payload.person")) {
      return api.equals("payload") ? "" : "name";
    }
    return Refusals.last(api);
  }

  private String page(
      ConsoleSession session, Model model, String kind, Object form, Map<String, String> errors) {
    Instant now = requests.now();
    List<Choice> urgencies =
        forms.timesToAnswer().entrySet().stream()
            .map(e -> Choice.of(e.getKey(), e.getValue(), now))
            .toList();
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute(
        "recipients",
        agencies.list().stream().filter(a -> !a.id().equals(session.agency().id())).toList());
    model.addAttribute("urgencies", urgencies);
    model.addAttribute("services", RequestForms.SERVICES);
    return "console/request-" + kind;
  }
}
