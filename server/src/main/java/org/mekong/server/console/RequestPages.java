package org.mekong.server.console;

import static org.mekong.server.agency.CallerKind.CONSULAR;
import static org.mekong.server.agency.CallerKind.FINANCIAL_INTELLIGENCE;
import static org.mekong.server.agency.CallerKind.IMMIGRATION;
import static org.mekong.server.agency.CallerKind.LAW_ENFORCEMENT;
import static org.mekong.server.agency.CallerKind.SCREENING_CLIENT;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.mekong.core.requests.RequestKind;
import org.mekong.core.requests.RequestStatus;
import org.mekong.server.agency.Serves;
import org.mekong.server.audit.AuditContext;
import org.mekong.server.requests.RequestActions;
import org.mekong.server.requests.RequestView;
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
 * Requests between agencies: the agency's requests sent and received with their status, urgency and
 * time left to the deadline; one request; and the recipient's steps (acknowledge, answer, refuse
 * with a reason) through the service the API uses.
 */
@Controller
class RequestPages {

  private static final List<String> BOXES = List.of("all", "received", "sent");

  /** The time left to a deadline, or by which it passed, as a message key and two numbers. */
  record Countdown(String key, long first, long second, boolean late) {

    static Countdown of(RequestView request, Instant now) {
      boolean open =
          RequestStatus.fromCode(request.recordedStatus()).map(RequestStatus::open).orElse(false);
      if (!open) {
        return new Countdown("requests.closed", 0, 0, false);
      }
      Duration left = Duration.between(now, request.deadline());
      boolean late = left.isNegative();
      long minutes = left.abs().toMinutes();
      if (minutes >= 48 * 60) {
        return new Countdown(
            late ? "requests.overdueDays" : "requests.leftDays",
            minutes / (24 * 60),
            minutes % (24 * 60) / 60,
            late);
      }
      return new Countdown(
          late ? "requests.overdue" : "requests.left", minutes / 60, minutes % 60, late);
    }
  }

  /** One line of the list: the request, whether the agency sent it, and its countdown. */
  record Row(RequestView request, boolean sent, String counterpart, Countdown countdown) {}

  private final RequestActions requests;

  RequestPages(RequestActions requests) {
    this.requests = requests;
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE, SCREENING_CLIENT})
  @GetMapping("/console/requests")
  String list(
      @RequestParam(defaultValue = "all") String box, Authentication authentication, Model model) {
    ConsoleSession session = ConsoleSession.of(authentication);
    String wanted = BOXES.contains(box) ? box : "all";
    String me = session.agency().id().value();
    Instant now = requests.now();
    List<Row> rows =
        requests.list(session.caller(), wanted).stream()
            .map(
                r -> {
                  boolean sent = r.sender().equals(me);
                  return new Row(r, sent, sent ? r.recipient() : r.sender(), Countdown.of(r, now));
                })
            .toList();
    model.addAttribute("box", wanted);
    model.addAttribute("boxes", BOXES);
    model.addAttribute("rows", rows);
    return "console/requests";
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE, SCREENING_CLIENT})
  @GetMapping("/console/requests/{id}")
  String request(
      @PathVariable String id,
      @RequestParam(required = false) @Nullable String problem,
      Authentication authentication,
      Model model,
      HttpServletRequest http) {
    ConsoleSession session = ConsoleSession.of(authentication);
    AuditContext.describe(http, "request", id);
    RequestView request = requests.get(session.caller(), id);
    boolean recipient = request.recipient().equals(session.agency().id().value());
    boolean open =
        RequestStatus.fromCode(request.recordedStatus()).map(RequestStatus::open).orElse(false);
    model.addAttribute("request", request);
    model.addAttribute("payload", RequestFormPages.shown(request.payload()));
    model.addAttribute("countdown", Countdown.of(request, requests.now()));
    model.addAttribute("mayAct", recipient && open);
    model.addAttribute(
        "mayAcknowledge", recipient && request.recordedStatus().equals(RequestStatus.SENT.code()));
    boolean mayConfirm =
        recipient
            && open
            && session.caller().kind() == SCREENING_CLIENT
            && RequestKind.fromCode(request.kind()).map(RequestKind::executable).orElse(false);
    model.addAttribute("mayConfirm", mayConfirm);
    model.addAttribute("targets", mayConfirm ? requests.targets(session.caller(), id) : List.of());
    if (problem != null) {
      model.addAttribute("problem", problem);
    }
    return "console/request";
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE, SCREENING_CLIENT})
  @PostMapping("/console/requests/{id}/acknowledge")
  String acknowledge(
      @PathVariable String id,
      @RequestParam(required = false) @Nullable String note,
      Authentication authentication,
      HttpServletRequest http) {
    ConsoleSession session = ConsoleSession.of(authentication);
    AuditContext.describe(http, "request", id);
    return act(id, () -> requests.acknowledge(session.caller(), id, note));
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE, SCREENING_CLIENT})
  @PostMapping("/console/requests/{id}/answer")
  String answer(
      @PathVariable String id,
      @RequestParam(required = false) @Nullable String text,
      Authentication authentication,
      HttpServletRequest http) {
    ConsoleSession session = ConsoleSession.of(authentication);
    AuditContext.describe(http, "request", id);
    return act(id, () -> requests.answer(session.caller(), id, text));
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE, SCREENING_CLIENT})
  @PostMapping("/console/requests/{id}/refuse")
  String refuse(
      @PathVariable String id,
      @RequestParam(required = false) @Nullable String reason,
      Authentication authentication,
      HttpServletRequest http) {
    ConsoleSession session = ConsoleSession.of(authentication);
    AuditContext.describe(http, "request", id);
    return act(id, () -> requests.refuse(session.caller(), id, reason));
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE, SCREENING_CLIENT})
  @PostMapping("/console/requests/{id}/partial-answer")
  String partlyAnswer(
      @PathVariable String id,
      @RequestParam(required = false) @Nullable String text,
      Authentication authentication,
      HttpServletRequest http) {
    ConsoleSession session = ConsoleSession.of(authentication);
    AuditContext.describe(http, "request", id);
    return act(id, () -> requests.partlyAnswer(session.caller(), id, text));
  }

  @Serves(SCREENING_CLIENT)
  @PostMapping("/console/requests/{id}/execution")
  String confirmExecution(
      @PathVariable String id,
      @RequestParam(required = false) @Nullable List<String> executed,
      @RequestParam(required = false) @Nullable String note,
      Authentication authentication,
      HttpServletRequest http) {
    ConsoleSession session = ConsoleSession.of(authentication);
    AuditContext.describe(http, "request", id);
    List<String> ticked = executed == null ? List.of() : executed;
    return act(id, () -> requests.confirmExecution(session.caller(), id, ticked, note));
  }

  private static String act(String id, Supplier<RequestView> action) {
    try {
      var unused = action.get();
    } catch (BadRequestException e) {
      if (e.field().equals("id")) {
        throw e;
      }
      return problem(id, e.detail());
    } catch (ProblemException e) {
      if (e.status().value() == 404) {
        throw e;
      }
      return problem(id, e.detail());
    }
    return "redirect:/console/requests/" + id;
  }

  private static String problem(String id, String detail) {
    return "redirect:/console/requests/"
        + id
        + "?problem="
        + URLEncoder.encode(detail, StandardCharsets.UTF_8);
  }
}
