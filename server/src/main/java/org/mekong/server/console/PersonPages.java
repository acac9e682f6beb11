package org.mekong.server.console;

import static org.mekong.server.agency.CallerKind.CONSULAR;
import static org.mekong.server.agency.CallerKind.IMMIGRATION;
import static org.mekong.server.agency.CallerKind.LAW_ENFORCEMENT;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mekong.server.agency.Serves;
import org.mekong.server.audit.AuditContext;
import org.mekong.server.casework.CaseworkActions;
import org.mekong.server.casework.PersonActions;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * One person: the fields the API shows the agency, their cases, the determinations with the one in
 * force, consent; and, through the API's services, consent and a determination recorded and a case
 * opened with its first event, refusals beside their fields.
 */
@Controller
class PersonPages {

  private static final Set<String> EVENT_FIELDS =
      Set.of("type", "at", "site", "place", "note", "documents");

  /** The forms of the page as typed, and the refusals of the one that was sent. */
  private record Forms(
      CaseworkActions.NewEvent event,
      CasePages.DeterminationForm determination,
      CasePages.ConsentForm consent,
      Map<String, String> errors) {}

  private final PersonActions persons;
  private final CaseworkActions casework;

  PersonPages(PersonActions persons, CaseworkActions casework) {
    this.persons = persons;
    this.casework = casework;
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR})
  @GetMapping("/console/persons/{id}")
  String show(
      @PathVariable String id,
      Authentication authentication,
      Model model,
      HttpServletRequest http) {
    ConsoleSession session = ConsoleSession.of(authentication);
    AuditContext.describe(http, "person", id);
    return page(session, id, model, forms(session, null, null, null, Map.of()));
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR})
  @PostMapping("/console/persons/{id}/cases")
  String open(
      @PathVariable String id,
      @ModelAttribute CaseworkActions.NewEvent form,
      Authentication authentication,
      Model model,
      HttpServletRequest http,
      HttpServletResponse response) {
    ConsoleSession session = ConsoleSession.of(authentication);
    session.require(session.role().recordsCasework(), "open cases");
    CaseworkActions.NewEvent typed = CasePages.typed(session, form);
    try {
      return "redirect:/console/cases/" + persons.openCase(session.caller(), id, typed, http);
    } catch (RuntimeException e) {
      Map<String, String> errors =
          Refusals.of(e, f -> EVENT_FIELDS.contains(Refusals.last(f)) ? Refusals.last(f) : "");
      response.setStatus(400);
      return page(session, id, model, forms(session, form, null, null, errors));
    }
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR})
  @PostMapping("/console/persons/{id}/determinations")
  String determine(
      @PathVariable String id,
      @ModelAttribute CasePages.DeterminationForm form,
      Authentication authentication,
      Model model,
      HttpServletRequest http,
      HttpServletResponse response) {
    ConsoleSession session = ConsoleSession.of(authentication);
    session.require(session.role().determines(), "record determinations");
    AuditContext.describe(http, "person", id + " determination " + form.verdict());
    try {
      casework.determine(
          session.agency(),
          id,
          form.verdict(),
          session.username(),
          form.basis(),
          form.supersedes());
      return "redirect:/console/persons/" + id;
    } catch (RuntimeException e) {
      Map<String, String> errors = CasePages.DeterminationForm.errors(e);
      response.setStatus(400);
      return page(session, id, model, forms(session, null, form, null, errors));
    }
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR})
  @PostMapping("/console/persons/{id}/consent")
  String consent(
      @PathVariable String id,
      @ModelAttribute CasePages.ConsentForm form,
      Authentication authentication,
      Model model,
      HttpServletRequest http,
      HttpServletResponse response) {
    ConsoleSession session = ConsoleSession.of(authentication);
    session.require(session.role().recordsCasework(), "record consent");
    AuditContext.describe(http, "person", id + " consent " + form.kind());
    try {
      casework.consent(session.agency(), id, form.kind(), session.username(), form.legalBasis());
      return "redirect:/console/persons/" + id;
    } catch (RuntimeException e) {
      Map<String, String> errors = CasePages.ConsentForm.errors(e);
      response.setStatus(400);
      return page(session, id, model, forms(session, null, null, form, errors));
    }
  }

  private static Forms forms(
      ConsoleSession session,
      CaseworkActions.@Nullable NewEvent event,
      CasePages.@Nullable DeterminationForm determination,
      CasePages.@Nullable ConsentForm consent,
      Map<String, String> errors) {
    return new Forms(
        event == null ? CasePages.empty(session) : event,
        determination == null ? new CasePages.DeterminationForm(null, null, null) : determination,
        consent == null ? new CasePages.ConsentForm(null, null) : consent,
        errors);
  }

  private String page(ConsoleSession session, String id, Model model, Forms forms) {
    PersonActions.PersonPage shown = persons.get(session.agency(), id);
    model.addAttribute("p", shown);
    model.addAttribute("event", forms.event());
    model.addAttribute("determination", forms.determination());
    model.addAttribute("consentForm", forms.consent());
    model.addAttribute("errors", forms.errors());
    model.addAttribute("sites", casework.sites());
    model.addAttribute("mayOpen", session.role().recordsCasework());
    model.addAttribute(
        "mayDetermine", session.role().determines() && shown.determinations() != null);
    model.addAttribute("mayConsent", session.role().recordsCasework() && shown.consent() != null);
    return "console/person";
  }
}
