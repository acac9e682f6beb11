package org.mekong.server.console;

import static org.mekong.server.agency.CallerKind.CONSULAR;
import static org.mekong.server.agency.CallerKind.FINANCIAL_INTELLIGENCE;
import static org.mekong.server.agency.CallerKind.IMMIGRATION;
import static org.mekong.server.agency.CallerKind.LAW_ENFORCEMENT;
import static org.mekong.server.agency.CallerKind.SCREENING_CLIENT;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mekong.server.agency.Serves;
import org.mekong.server.audit.AuditContext;
import org.mekong.server.indicator.IndicatorActions;
import org.mekong.server.indicator.IndicatorView;
import org.mekong.server.names.NameLookup;
import org.mekong.server.web.BadRequestException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The one search box: any selector, normalised and searched as the API does, and any name, in any
 * script, searched in the name lists as {@code POST /api/v1/names/search} does.
 */
@Controller
class SearchPage {

  /** The most listed entities one search shows. */
  static final int NAME_HITS = 20;

  private final IndicatorActions indicators;
  private final NameLookup names;

  SearchPage(IndicatorActions indicators, NameLookup names) {
    this.indicators = indicators;
    this.names = names;
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE, SCREENING_CLIENT})
  @GetMapping("/console/search")
  String search(
      @RequestParam(required = false) @Nullable String q,
      Authentication authentication,
      Model model,
      HttpServletRequest http) {
    ConsoleSession session = ConsoleSession.of(authentication);
    model.addAttribute("q", q == null ? "" : q);
    if (q == null || q.isBlank()) {
      return "console/search";
    }
    List<IndicatorView> found = List.of();
    String notASelector = null;
    try {
      found = indicators.find(session.agency(), q);
      model.addAttribute("results", found);
    } catch (BadRequestException e) {
      notASelector = e.detail();
    }
    List<NameLookup.Hit> listed = List.of();
    // as POST /api/v1/names/search: a screening client screens names but does not search them
    if (session.caller().kind() != SCREENING_CLIENT && names.rejection(q).isEmpty()) {
      model.addAttribute("namesReady", names.ready());
      listed = names.find(session.agency(), q, NAME_HITS);
      model.addAttribute("names", listed);
    }
    if (notASelector != null && listed.isEmpty()) {
      // neither a selector nor a listed name: say why it is not a selector
      model.addAttribute("problem", notASelector);
    }
    AuditContext.describe(
        http,
        "indicators,names",
        found.size()
            + " indicators disclosed: "
            + String.join(",", found.stream().map(IndicatorView::id).toList())
            + "; "
            + listed.size()
            + " listed entities disclosed: "
            + String.join(",", listed.stream().map(NameLookup.Hit::key).toList()));
    return "console/search";
  }
}
