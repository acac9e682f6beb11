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
import org.mekong.server.web.BadRequestException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The one search box: any selector, normalised and searched as the API does. */
@Controller
class SearchPage {

  private final IndicatorActions indicators;

  SearchPage(IndicatorActions indicators) {
    this.indicators = indicators;
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
    if (q != null && !q.isBlank()) {
      try {
        List<IndicatorView> found = indicators.find(session.agency(), q);
        model.addAttribute("results", found);
        AuditContext.describe(
            http,
            "indicators",
            found.size()
                + " disclosed: "
                + String.join(",", found.stream().map(IndicatorView::id).toList()));
      } catch (BadRequestException e) {
        model.addAttribute("problem", e.detail());
      }
    }
    return "console/search";
  }
}
