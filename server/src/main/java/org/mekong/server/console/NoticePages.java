package org.mekong.server.console;

import static org.mekong.server.agency.CallerKind.CONSULAR;
import static org.mekong.server.agency.CallerKind.FINANCIAL_INTELLIGENCE;
import static org.mekong.server.agency.CallerKind.IMMIGRATION;
import static org.mekong.server.agency.CallerKind.LAW_ENFORCEMENT;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.mekong.server.agency.Serves;
import org.mekong.server.audit.AuditContext;
import org.mekong.server.legal.LegalActions;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Notices: the list and one notice as the API shows them, a new notice drafted with its legal basis
 * (refusals beside their fields), and a supervisor of the issuing agency — never the drafter —
 * approving (publishing) or cancelling it.
 */
@Controller
class NoticePages {

  private static final Set<String> FIELDS =
      Set.of(
          "colour",
          "title",
          "summary",
          "legalBasis",
          "expires",
          "names",
          "birthDate",
          "nationality",
          "sex",
          "tlp");

  private final LegalActions legal;
  private final LegalPages pages;

  NoticePages(LegalActions legal, LegalPages pages) {
    this.legal = legal;
    this.pages = pages;
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE})
  @GetMapping("/console/notices")
  String list(Authentication authentication, Model model, HttpServletRequest http) {
    return pages.list("notice", authentication, model, http);
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE})
  @GetMapping("/console/notices/{id}")
  String notice(
      @PathVariable String id,
      @RequestParam(required = false) @Nullable String problem,
      Authentication authentication,
      Model model,
      HttpServletRequest http) {
    return pages.record("notice", id, problem, authentication, model, http);
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION})
  @GetMapping("/console/notices/new")
  String form(Authentication authentication, Model model) {
    ConsoleSession session = ConsoleSession.of(authentication);
    session.require(session.role().determines(), "draft notices");
    return form(model, blank(), Map.of());
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION})
  @PostMapping("/console/notices")
  String draft(
      @ModelAttribute LegalActions.NewNotice form,
      Authentication authentication,
      Model model,
      HttpServletRequest http,
      HttpServletResponse response) {
    ConsoleSession session = ConsoleSession.of(authentication);
    session.require(session.role().determines(), "draft notices");
    try {
      LegalActions.Item created = legal.draft(session.agency(), form, session.username());
      AuditContext.describe(http, "notice", created.id());
      return "redirect:/console/notices/" + created.id();
    } catch (RuntimeException e) {
      Map<String, String> errors =
          Refusals.of(
              e,
              f -> {
                String name = f.replace("record.", "").replace("person.", "");
                name = name.equals("person") ? "names" : name;
                name = name.startsWith("marking.") ? "tlp" : Refusals.last(name);
                return FIELDS.contains(name) ? name : "";
              });
      response.setStatus(400);
      return form(model, form, errors);
    }
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION})
  @PostMapping("/console/notices/{id}/approval")
  String approve(
      @PathVariable String id,
      @RequestParam(required = false) @Nullable String note,
      Authentication authentication,
      HttpServletRequest http) {
    ConsoleSession session = ConsoleSession.of(authentication);
    session.require(session.role().reviewsLegalRecords(), "approve notices");
    AuditContext.describe(http, "notice", id + " approval");
    return act(
        "/console/notices/",
        id,
        () -> legal.approve(session.agency(), id, session.username(), note));
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION})
  @PostMapping("/console/notices/{id}/cancellation")
  String cancel(
      @PathVariable String id,
      @RequestParam(required = false) @Nullable String reason,
      Authentication authentication,
      HttpServletRequest http) {
    ConsoleSession session = ConsoleSession.of(authentication);
    session.require(session.role().reviewsLegalRecords(), "cancel notices");
    AuditContext.describe(http, "notice", id + " cancellation");
    return act(
        "/console/notices/",
        id,
        () -> legal.cancel(session.agency(), id, session.username(), reason));
  }

  /** Runs a change and goes back to the record, with the refusal in words when there is one. */
  static String act(String base, String id, Supplier<LegalActions.Item> change) {
    try {
      var unused = change.get();
    } catch (org.mekong.server.web.BadRequestException e) {
      if (e.field().equals("id")) {
        throw e;
      }
      return "redirect:"
          + base
          + id
          + "?problem="
          + URLEncoder.encode(e.detail(), StandardCharsets.UTF_8);
    } catch (RuntimeException e) {
      String message = Refusals.of(e, f -> "").values().iterator().next();
      return "redirect:"
          + base
          + id
          + "?problem="
          + URLEncoder.encode(message, StandardCharsets.UTF_8);
    }
    return "redirect:" + base + id;
  }

  private static String form(Model model, LegalActions.NewNotice form, Map<String, String> errors) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("colours", LegalActions.colours());
    model.addAttribute("tlps", java.util.List.of("clear", "green", "amber", "amber+strict", "red"));
    return "console/notice-new";
  }

  private static LegalActions.NewNotice blank() {
    return new LegalActions.NewNotice(
        null, null, null, null, null, null, null, null, null, "amber");
  }
}
