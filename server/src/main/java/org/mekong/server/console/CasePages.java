package org.mekong.server.console;

import static org.mekong.server.agency.CallerKind.CONSULAR;
import static org.mekong.server.agency.CallerKind.IMMIGRATION;
import static org.mekong.server.agency.CallerKind.LAW_ENFORCEMENT;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mekong.server.agency.Serves;
import org.mekong.server.audit.AuditContext;
import org.mekong.server.casework.CaseList;
import org.mekong.server.casework.CaseworkActions;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Cases: the list the agency may read, newest first a page at a time, filtered by status, site and
 * nationality ({@link CaseList}); one case with its person, timeline, determinations and consent as
 * the API shows them; the next event, a determination and consent recorded through the API's
 * services, refusals beside their fields.
 */
@Controller
class CasePages {

  /** The determination form, as typed. */
  record DeterminationForm(
      @Nullable String verdict, @Nullable String basis, @Nullable String supersedes) {

    /** The refusal of a determination sent with this form, by the form's fields. */
    static Map<String, String> errors(RuntimeException refusal) {
      return Refusals.of(
          refusal,
          f ->
              Set.of("verdict", "basis", "supersedes").contains(f)
                  ? "determination-" + f
                  : "determination-general");
    }
  }

  /** The consent form, as typed. */
  record ConsentForm(@Nullable String kind, @Nullable String legalBasis) {

    /** The refusal of a consent sent with this form, by the form's fields. */
    static Map<String, String> errors(RuntimeException refusal) {
      return Refusals.of(
          refusal,
          f -> Set.of("kind", "legalBasis").contains(f) ? "consent-" + f : "consent-general");
    }
  }

  private static final Set<String> EVENT_FIELDS =
      Set.of(
          "type",
          "actingPerson",
          "at",
          "site",
          "place",
          "note",
          "receivingAgency",
          "country",
          "reason",
          "documents");

  private final CaseworkActions casework;
  private final CaseList list;

  CasePages(CaseworkActions casework, CaseList list) {
    this.casework = casework;
    this.list = list;
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR})
  @GetMapping("/console/cases")
  String list(
      @RequestParam(required = false) @Nullable String status,
      @RequestParam(required = false) @Nullable String site,
      @RequestParam(required = false) @Nullable String nationality,
      @RequestParam(required = false) @Nullable String after,
      @RequestParam(defaultValue = "" + CaseList.PAGE) int size,
      Authentication authentication,
      Model model,
      HttpServletRequest http) {
    ConsoleSession session = ConsoleSession.of(authentication);
    CaseList.Page page = list.page(session.agency(), status, site, nationality, after, size);
    AuditContext.describe(
        http, "cases", String.join(",", page.rows().stream().limit(20).map(r -> r.id()).toList()));
    model.addAttribute("rows", page.rows());
    model.addAttribute("next", page.next());
    model.addAttribute("first", after != null && !after.isBlank());
    model.addAttribute("size", size);
    model.addAttribute("states", CaseworkActions.states());
    model.addAttribute("sites", casework.sites());
    model.addAttribute("status", status == null ? "" : status);
    model.addAttribute("site", site == null ? "" : site);
    model.addAttribute("nationality", nationality == null ? "" : nationality);
    return "console/cases";
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR})
  @GetMapping("/console/cases/{id}")
  String show(
      @PathVariable String id,
      Authentication authentication,
      Model model,
      HttpServletRequest http) {
    ConsoleSession session = ConsoleSession.of(authentication);
    AuditContext.describe(http, "case", id);
    return page(session, id, model, empty(session), Map.of(), null, Map.of(), null, Map.of());
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR})
  @PostMapping("/console/cases/{id}/events")
  String event(
      @PathVariable String id,
      @ModelAttribute CaseworkActions.NewEvent form,
      Authentication authentication,
      Model model,
      HttpServletRequest http,
      HttpServletResponse response) {
    ConsoleSession session = ConsoleSession.of(authentication);
    session.require(session.role().recordsCasework(), "record case events");
    AuditContext.describe(http, "case", id + " event " + form.type());
    try {
      casework.append(session.agency(), id, typed(session, form));
      return "redirect:/console/cases/" + id;
    } catch (RuntimeException e) {
      Map<String, String> errors =
          Refusals.of(e, f -> EVENT_FIELDS.contains(Refusals.last(f)) ? Refusals.last(f) : "");
      // htmx swaps only a successful answer into the page: the form comes back with its messages
      response.setStatus(http.getHeader("HX-Request") == null ? 400 : 200);
      return page(session, id, model, form, errors, null, Map.of(), null, Map.of());
    }
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR})
  @PostMapping("/console/cases/{id}/determinations")
  String determine(
      @PathVariable String id,
      @ModelAttribute DeterminationForm form,
      Authentication authentication,
      Model model,
      HttpServletRequest http,
      HttpServletResponse response) {
    ConsoleSession session = ConsoleSession.of(authentication);
    session.require(session.role().determines(), "record determinations");
    String person = casework.get(session.agency(), id).personId();
    AuditContext.describe(http, "person", person + " determination " + form.verdict());
    try {
      casework.determine(
          session.agency(),
          person,
          form.verdict(),
          session.username(),
          form.basis(),
          form.supersedes());
      return "redirect:/console/cases/" + id;
    } catch (RuntimeException e) {
      Map<String, String> errors = DeterminationForm.errors(e);
      response.setStatus(400);
      return page(session, id, model, empty(session), Map.of(), form, errors, null, Map.of());
    }
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR})
  @PostMapping("/console/cases/{id}/consent")
  String consent(
      @PathVariable String id,
      @ModelAttribute ConsentForm form,
      Authentication authentication,
      Model model,
      HttpServletRequest http,
      HttpServletResponse response) {
    ConsoleSession session = ConsoleSession.of(authentication);
    session.require(session.role().recordsCasework(), "record consent");
    String person = casework.get(session.agency(), id).personId();
    AuditContext.describe(http, "person", person + " consent " + form.kind());
    try {
      casework.consent(
          session.agency(), person, form.kind(), session.username(), form.legalBasis());
      return "redirect:/console/cases/" + id;
    } catch (RuntimeException e) {
      Map<String, String> errors = ConsentForm.errors(e);
      response.setStatus(400);
      return page(session, id, model, empty(session), Map.of(), null, Map.of(), form, errors);
    }
  }

  private String page(
      ConsoleSession session,
      String id,
      Model model,
      CaseworkActions.NewEvent event,
      Map<String, String> eventErrors,
      @Nullable DeterminationForm determination,
      Map<String, String> determinationErrors,
      @Nullable ConsentForm consent,
      Map<String, String> consentErrors) {
    CaseworkActions.CaseShown shown = casework.get(session.agency(), id);
    model.addAttribute("c", shown);
    model.addAttribute("event", event);
    model.addAttribute("eventErrors", eventErrors);
    model.addAttribute(
        "determination",
        determination == null ? new DeterminationForm(null, null, null) : determination);
    model.addAttribute("determinationErrors", determinationErrors);
    model.addAttribute("consentForm", consent == null ? new ConsentForm(null, null) : consent);
    model.addAttribute("consentErrors", consentErrors);
    model.addAttribute("sites", casework.sites());
    model.addAttribute("mayRecord", session.role().recordsCasework() && !shown.next().isEmpty());
    model.addAttribute(
        "mayDetermine", session.role().determines() && shown.determinations() != null);
    model.addAttribute("mayConsent", session.role().recordsCasework() && shown.consent() != null);
    return "console/case";
  }

  /** An empty event form, acted by the person logged in. */
  static CaseworkActions.NewEvent empty(ConsoleSession session) {
    return new CaseworkActions.NewEvent(
        null, session.username(), null, null, null, null, null, null, null, null);
  }

  /** The event as typed, its time read as UTC, acted by the person logged in. */
  static CaseworkActions.NewEvent typed(ConsoleSession session, CaseworkActions.NewEvent form) {
    return new CaseworkActions.NewEvent(
        form.type(),
        session.username(),
        instant(form.at()),
        form.site(),
        form.place(),
        form.note(),
        form.receivingAgency(),
        form.country(),
        form.reason(),
        form.documents());
  }

  /** A local date and time from the form's picker, read as UTC; any other text as typed. */
  private static @Nullable String instant(@Nullable String at) {
    if (at == null || at.isBlank()) {
      return at;
    }
    try {
      return LocalDateTime.parse(at.strip()).toInstant(ZoneOffset.UTC).toString();
    } catch (DateTimeParseException e) {
      return at;
    }
  }
}
