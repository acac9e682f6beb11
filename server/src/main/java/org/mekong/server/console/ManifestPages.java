package org.mekong.server.console;

import static org.mekong.server.agency.CallerKind.CONSULAR;
import static org.mekong.server.agency.CallerKind.IMMIGRATION;
import static org.mekong.server.agency.CallerKind.LAW_ENFORCEMENT;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mekong.server.agency.Serves;
import org.mekong.server.audit.AuditContext;
import org.mekong.server.casework.ManifestActions;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Handover manifests: those the agency sends or receives with their progress, one manifest with
 * each person's status as both sides see it, and each side's step for one person — the receiver
 * accepts or refuses (with a reason), the sender hands over — through the API's rules.
 */
@Controller
class ManifestPages {

  private final ManifestActions manifests;

  ManifestPages(ManifestActions manifests) {
    this.manifests = manifests;
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR})
  @GetMapping("/console/manifests")
  String list(Authentication authentication, Model model, HttpServletRequest http) {
    ConsoleSession session = ConsoleSession.of(authentication);
    var rows = manifests.list(session.agency());
    AuditContext.describe(
        http, "manifests", String.join(",", rows.stream().limit(20).map(r -> r.id()).toList()));
    model.addAttribute("rows", rows);
    return "console/manifests";
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR})
  @GetMapping("/console/manifests/{id}")
  String show(
      @PathVariable String id,
      Authentication authentication,
      Model model,
      HttpServletRequest http) {
    ConsoleSession session = ConsoleSession.of(authentication);
    AuditContext.describe(http, "manifest", id);
    return page(session, id, model, null, Map.of());
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR})
  @PostMapping("/console/manifests/{id}/decisions")
  String decide(
      @PathVariable String id,
      @RequestParam(required = false) @Nullable String person,
      @RequestParam(required = false) @Nullable String status,
      @RequestParam(required = false) @Nullable String reason,
      Authentication authentication,
      Model model,
      HttpServletRequest http,
      HttpServletResponse response) {
    ConsoleSession session = ConsoleSession.of(authentication);
    session.require(session.role().recordsCasework(), "decide on manifests");
    AuditContext.describe(http, "manifest", id + " " + person + " " + status);
    try {
      manifests.decide(session.agency(), id, session.username(), person, status, reason);
      return "redirect:/console/manifests/" + id;
    } catch (RuntimeException e) {
      Map<String, String> errors = Refusals.of(e, f -> Refusals.last(f));
      response.setStatus(
          e instanceof org.mekong.server.web.ProblemException p ? p.status().value() : 400);
      return page(session, id, model, person, errors);
    }
  }

  private String page(
      ConsoleSession session,
      String id,
      Model model,
      @Nullable String failedPerson,
      Map<String, String> errors) {
    ManifestActions.ManifestShown shown = manifests.get(session.agency(), id);
    String me = session.agency().id().value();
    boolean acts = session.role().recordsCasework();
    model.addAttribute("m", shown);
    model.addAttribute("receiver", acts && shown.receiving().equals(me));
    model.addAttribute("sender", acts && shown.sending().equals(me));
    model.addAttribute("failedPerson", failedPerson == null ? "" : failedPerson);
    model.addAttribute("errors", errors);
    return "console/manifest";
  }
}
