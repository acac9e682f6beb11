package org.mekong.server.console;

import static org.mekong.server.agency.CallerKind.CONSULAR;
import static org.mekong.server.agency.CallerKind.FINANCIAL_INTELLIGENCE;
import static org.mekong.server.agency.CallerKind.IMMIGRATION;
import static org.mekong.server.agency.CallerKind.LAW_ENFORCEMENT;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mekong.core.legal.BanStatus;
import org.mekong.server.agency.Serves;
import org.mekong.server.audit.AuditContext;
import org.mekong.server.legal.LegalActions;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Entry bans, expulsions and legal actions as the API shows them to the agency: lists and single
 * records; the issuing agency's supervisor suspends or lifts a ban with a note.
 */
@Controller
class LegalPages {

  /** One line of a list: the record and a one-line title made of its own fields. */
  record Row(LegalActions.Item item, String title) {

    static Row of(LegalActions.Item item) {
      Map<String, Object> r = item.record();
      String title =
          switch (item.type()) {
            case "notice" -> text(r.get("title"));
            case "entry-ban" -> text(r.get("decisionReference")) + ": " + text(r.get("reason"));
            case "expulsion" -> text(r.get("orderReference")) + " → " + text(r.get("destination"));
            default -> text(r.get("kind")) + " " + text(r.get("caseReference"));
          };
      return new Row(item, title);
    }

    private static String text(@Nullable Object value) {
      return value == null ? "" : String.valueOf(value);
    }
  }

  private final LegalActions legal;

  LegalPages(LegalActions legal) {
    this.legal = legal;
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR})
  @GetMapping("/console/entry-bans")
  String bans(Authentication authentication, Model model, HttpServletRequest http) {
    return list("entry-ban", authentication, model, http);
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR})
  @GetMapping("/console/entry-bans/{id}")
  String ban(
      @PathVariable String id,
      @RequestParam(required = false) @Nullable String problem,
      Authentication authentication,
      Model model,
      HttpServletRequest http) {
    return record("entry-ban", id, problem, authentication, model, http);
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION})
  @PostMapping("/console/entry-bans/{id}/suspend")
  String suspend(
      @PathVariable String id,
      @RequestParam(required = false) @Nullable String note,
      Authentication authentication,
      HttpServletRequest http) {
    return changeBan(id, BanStatus.SUSPENDED, note, authentication, http);
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION})
  @PostMapping("/console/entry-bans/{id}/reinstate")
  String reinstate(
      @PathVariable String id,
      @RequestParam(required = false) @Nullable String note,
      Authentication authentication,
      HttpServletRequest http) {
    return changeBan(id, BanStatus.IN_FORCE, note, authentication, http);
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION})
  @PostMapping("/console/entry-bans/{id}/lift")
  String lift(
      @PathVariable String id,
      @RequestParam(required = false) @Nullable String note,
      Authentication authentication,
      HttpServletRequest http) {
    return changeBan(id, BanStatus.LIFTED, note, authentication, http);
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR})
  @GetMapping("/console/expulsions")
  String expulsions(Authentication authentication, Model model, HttpServletRequest http) {
    return list("expulsion", authentication, model, http);
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR})
  @GetMapping("/console/expulsions/{id}")
  String expulsion(
      @PathVariable String id,
      Authentication authentication,
      Model model,
      HttpServletRequest http) {
    return record("expulsion", id, null, authentication, model, http);
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE})
  @GetMapping("/console/legal-actions")
  String actions(Authentication authentication, Model model, HttpServletRequest http) {
    return list("legal-action", authentication, model, http);
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE})
  @GetMapping("/console/legal-actions/{id}")
  String action(
      @PathVariable String id,
      Authentication authentication,
      Model model,
      HttpServletRequest http) {
    return record("legal-action", id, null, authentication, model, http);
  }

  /** The list of one kind of record, as the API lists it to the agency. */
  String list(String kind, Authentication authentication, Model model, HttpServletRequest http) {
    ConsoleSession session = ConsoleSession.of(authentication);
    List<LegalActions.Item> items = legal.list(session.agency(), kind);
    AuditContext.describe(
        http,
        kind,
        items.isEmpty()
            ? "none"
            : items.stream().limit(20).map(LegalActions.Item::id).collect(Collectors.joining(",")));
    model.addAttribute("kind", kind);
    model.addAttribute("path", path(kind));
    model.addAttribute("rows", items.stream().map(Row::of).toList());
    model.addAttribute(
        "mayCreate",
        session.role().recordsCasework()
            && switch (kind) {
              case "legal-action" -> session.caller().kind() == LAW_ENFORCEMENT;
              case "expulsion", "entry-ban" ->
                  session.caller().kind() == LAW_ENFORCEMENT
                      || session.caller().kind() == IMMIGRATION;
              default -> false;
            });
    model.addAttribute(
        "mayDraft",
        kind.equals("notice")
            && session.role().determines()
            && session.caller().kind() != FINANCIAL_INTELLIGENCE
            && session.caller().kind() != CONSULAR);
    return "console/legal-list";
  }

  /** One record, as the API shows it, with the steps the viewer may take on it. */
  String record(
      String kind,
      String id,
      @Nullable String problem,
      Authentication authentication,
      Model model,
      HttpServletRequest http) {
    ConsoleSession session = ConsoleSession.of(authentication);
    AuditContext.describe(http, kind, id);
    LegalActions.Item item = legal.get(session.agency(), kind, id);
    boolean issuer = item.originator().equals(session.agency().id().value());
    boolean reviewer = issuer && session.role().reviewsLegalRecords();
    model.addAttribute("kind", kind);
    model.addAttribute("path", path(kind));
    model.addAttribute("row", Row.of(item));
    model.addAttribute("item", item);
    model.addAttribute(
        "mayChangeBan", reviewer && kind.equals("entry-ban") && !item.standing().equals("lifted"));
    model.addAttribute("maySuspend", !item.standing().equals("suspended"));
    model.addAttribute(
        "mayApprove", reviewer && kind.equals("notice") && item.standing().equals("drafted"));
    model.addAttribute(
        "mayCancel",
        reviewer
            && kind.equals("notice")
            && (item.standing().equals("drafted") || item.standing().equals("published")));
    if (problem != null) {
      model.addAttribute("problem", problem);
    }
    return "console/legal-record";
  }

  private String changeBan(
      String id,
      BanStatus to,
      @Nullable String note,
      Authentication authentication,
      HttpServletRequest http) {
    ConsoleSession session = ConsoleSession.of(authentication);
    session.require(session.role().reviewsLegalRecords(), "change entry bans");
    AuditContext.describe(http, "entry-ban", id + " " + to.code());
    return NoticePages.act(
        "/console/entry-bans/", id, () -> legal.changeBan(session.agency(), id, to, note));
  }

  /** The console's path of a kind of record, as the API's collection is named. */
  private static String path(String kind) {
    return switch (kind) {
      case "notice" -> "notices";
      case "entry-ban" -> "entry-bans";
      case "expulsion" -> "expulsions";
      default -> "legal-actions";
    };
  }
}
