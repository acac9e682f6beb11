package org.mekong.server.console;

import static org.mekong.server.agency.CallerKind.IMMIGRATION;
import static org.mekong.server.agency.CallerKind.LAW_ENFORCEMENT;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.mekong.server.agency.Serves;
import org.mekong.server.audit.AuditContext;
import org.mekong.server.legal.LegalActions;
import org.mekong.server.legal.LegalForms;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * New legal records typed by an officer: a legal action (law enforcement), an expulsion order and
 * an entry ban (law enforcement or immigration), each checked by the legal API's own rules with the
 * refusal beside the field it names; the new record's page follows.
 */
@Controller
class LegalFormPages {

  private static final List<String> TLPS =
      List.of("clear", "green", "amber", "amber+strict", "red");

  private final LegalForms forms;

  LegalFormPages(LegalForms forms) {
    this.forms = forms;
  }

  @Serves(LAW_ENFORCEMENT)
  @GetMapping("/console/legal-actions/new")
  String actionForm(Authentication authentication, Model model) {
    allowed(authentication);
    return action(
        model,
        new LegalForms.NewAction(
            null, "person", null, null, null, null, null, null, null, null, null, null, null, null,
            "ongoing", null, null, null, null, null, "amber"),
        Map.of());
  }

  @Serves(LAW_ENFORCEMENT)
  @PostMapping("/console/legal-actions")
  String createAction(
      @ModelAttribute LegalForms.NewAction form,
      Authentication authentication,
      Model model,
      HttpServletRequest http,
      HttpServletResponse response) {
    ConsoleSession session = allowed(authentication);
    return save(
        "legal-actions",
        http,
        response,
        () -> forms.action(session.agency(), form),
        errors -> action(model, form, errors));
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION})
  @GetMapping("/console/expulsions/new")
  String expulsionForm(Authentication authentication, Model model) {
    allowed(authentication);
    return expulsion(
        model,
        new LegalForms.NewExpulsion(
            null, null, null, null, null, null, null, null, null, null, null, null, null, "yes",
            "yes", null, null, "amber"),
        Map.of());
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION})
  @PostMapping("/console/expulsions")
  String createExpulsion(
      @ModelAttribute LegalForms.NewExpulsion form,
      Authentication authentication,
      Model model,
      HttpServletRequest http,
      HttpServletResponse response) {
    ConsoleSession session = allowed(authentication);
    return save(
        "expulsions",
        http,
        response,
        () -> forms.expulsion(session.agency(), form),
        errors -> expulsion(model, form, errors));
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION})
  @GetMapping("/console/entry-bans/new")
  String banForm(Authentication authentication, Model model) {
    allowed(authentication);
    return ban(
        model,
        new LegalForms.NewBan(
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            "refuse-entry",
            "in-force",
            null,
            "amber"),
        Map.of());
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION})
  @PostMapping("/console/entry-bans")
  String createBan(
      @ModelAttribute LegalForms.NewBan form,
      Authentication authentication,
      Model model,
      HttpServletRequest http,
      HttpServletResponse response) {
    ConsoleSession session = allowed(authentication);
    return save(
        "entry-bans",
        http,
        response,
        () -> forms.ban(session.agency(), form),
        errors -> ban(model, form, errors));
  }

  private static ConsoleSession allowed(Authentication authentication) {
    ConsoleSession session = ConsoleSession.of(authentication);
    session.require(session.role().recordsCasework(), "record legal actions, expulsions or bans");
    return session;
  }

  /** Saves a record and goes to its page, or shows the form again with the refusal by its field. */
  private static String save(
      String path,
      HttpServletRequest http,
      HttpServletResponse response,
      Supplier<LegalActions.Item> create,
      Function<Map<String, String>, String> form) {
    try {
      LegalActions.Item created = create.get();
      AuditContext.describe(http, created.type(), created.id());
      return "redirect:/console/" + path + "/" + created.id();
    } catch (RuntimeException e) {
      Map<String, String> errors = Refusals.of(e, LegalFormPages::field);
      response.setStatus(400);
      return form.apply(errors);
    }
  }

  /** The form's field of a refusal of the legal API ({@code record.subject.names} → names). */
  static String field(String api) {
    String f = api.startsWith("record.") ? api.substring("record.".length()) : api;
    if (f.startsWith("marking.")) {
      return "tlp";
    }
    if (f.equals("subject")) {
      return "names";
    }
    if (f.equals("subject.kind")) {
      return "subjectKind";
    }
    if (f.startsWith("subject.documents")) {
      return f.endsWith("issuingState") ? "documentState" : "documentNumber";
    }
    String last = Refusals.last(f);
    return last.equals("record") ? "" : last;
  }

  private static String action(Model model, LegalForms.NewAction form, Map<String, String> errors) {
    model.addAttribute("kinds", LegalForms.actionKinds());
    model.addAttribute("statuses", LegalForms.actionStatuses());
    return page(model, "legal-action", form, errors);
  }

  private static String expulsion(
      Model model, LegalForms.NewExpulsion form, Map<String, String> errors) {
    return page(model, "expulsion", form, errors);
  }

  private static String ban(Model model, LegalForms.NewBan form, Map<String, String> errors) {
    model.addAttribute("actionsOnHit", LegalForms.ACTIONS_ON_HIT);
    model.addAttribute("banStatuses", LegalForms.BAN_STATUSES);
    return page(model, "entry-ban", form, errors);
  }

  private static String page(Model model, String kind, Object form, Map<String, String> errors) {
    model.addAttribute("kind", kind);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("tlps", TLPS);
    return "console/" + kind + "-new";
  }
}
