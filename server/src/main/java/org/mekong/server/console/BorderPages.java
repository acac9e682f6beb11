package org.mekong.server.console;

import static org.mekong.server.agency.CallerKind.IMMIGRATION;
import static org.mekong.server.agency.CallerKind.LAW_ENFORCEMENT;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mekong.core.input.InvalidInputException;
import org.mekong.server.agency.Serves;
import org.mekong.server.audit.AuditContext;
import org.mekong.server.border.BorderActions;
import org.mekong.server.border.CheckJson;
import org.mekong.server.web.BadRequestException;
import org.mekong.server.web.ProblemException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The border check: a zone pasted or scanned, or the traveller's fields typed, checked as the API
 * checks them; the document, the hits and why, and the officer's decision, recorded once.
 */
@Controller
class BorderPages {

  /** What the form sends; every field as typed. */
  record Form(
      @Nullable String mrz,
      @Nullable String surname,
      @Nullable String givenNames,
      @Nullable String birthDate,
      @Nullable String nationality,
      @Nullable String documentNumber) {

    static Form empty() {
      return new Form(null, null, null, null, null, null);
    }
  }

  private final BorderActions border;

  BorderPages(BorderActions border) {
    this.border = border;
  }

  @Serves({IMMIGRATION, LAW_ENFORCEMENT})
  @GetMapping("/console/border")
  String form(Authentication authentication, Model model) {
    ConsoleSession.of(authentication);
    return page(model, Form.empty(), Map.of());
  }

  @Serves({IMMIGRATION, LAW_ENFORCEMENT})
  @PostMapping("/console/border")
  String check(
      @ModelAttribute Form form,
      Authentication authentication,
      Model model,
      HttpServletRequest http,
      HttpServletResponse response) {
    ConsoleSession session = ConsoleSession.of(authentication);
    Map<String, String> errors = new LinkedHashMap<>();
    try {
      CheckJson.Answer answer =
          border.check(
              session.agency(),
              form.mrz(),
              form.surname(),
              form.givenNames(),
              form.birthDate(),
              form.nationality(),
              form.documentNumber());
      String hits =
          answer.hits().isEmpty()
              ? "no hit"
              : "hit "
                  + answer.hits().stream()
                      .limit(20)
                      .map(h -> h.recordType() + ":" + h.recordId())
                      .collect(Collectors.joining(","));
      AuditContext.describe(http, "border-check", answer.id() + ", " + hits);
      return "redirect:/console/border/checks/" + answer.id();
    } catch (BadRequestException e) {
      errors.put(field(e.field()), e.detail());
    } catch (InvalidInputException e) {
      errors.put(field(e.field()), String.valueOf(e.getMessage()));
    }
    response.setStatus(400);
    return page(model, form, errors);
  }

  @Serves({IMMIGRATION, LAW_ENFORCEMENT})
  @GetMapping("/console/border/checks/{id}")
  String result(
      @PathVariable String id,
      @RequestParam(required = false) @Nullable String problem,
      Authentication authentication,
      Model model,
      HttpServletRequest http) {
    ConsoleSession session = ConsoleSession.of(authentication);
    AuditContext.describe(http, "border-check", id);
    model.addAttribute("check", border.get(session.agency(), id));
    model.addAttribute("decisions", java.util.List.of("admitted", "refused", "referred"));
    if (problem != null) {
      model.addAttribute("problem", problem);
    }
    return "console/border-check";
  }

  @Serves({IMMIGRATION, LAW_ENFORCEMENT})
  @PostMapping("/console/border/checks/{id}/decision")
  String decide(
      @PathVariable String id,
      @RequestParam(defaultValue = "") String decision,
      @RequestParam(required = false) @Nullable String note,
      Authentication authentication,
      HttpServletRequest http) {
    ConsoleSession session = ConsoleSession.of(authentication);
    AuditContext.describe(http, "border-check", id + " decision " + decision);
    try {
      border.decide(session.agency(), id, decision, session.username(), note);
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
    return "redirect:/console/border/checks/" + id;
  }

  private static String problem(String id, String detail) {
    return "redirect:/console/border/checks/"
        + id
        + "?problem="
        + URLEncoder.encode(detail, StandardCharsets.UTF_8);
  }

  private static String field(String field) {
    return switch (field) {
      case "mrz", "surname", "givenNames", "birthDate", "nationality", "documentNumber" -> field;
      case "issuingState" -> "nationality";
      default -> "mrz";
    };
  }

  private static String page(Model model, Form form, Map<String, String> errors) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "console/border";
  }
}
