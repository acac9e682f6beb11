package org.mekong.server.console;

import static org.mekong.server.agency.CallerKind.CONSULAR;
import static org.mekong.server.agency.CallerKind.FINANCIAL_INTELLIGENCE;
import static org.mekong.server.agency.CallerKind.IMMIGRATION;
import static org.mekong.server.agency.CallerKind.LAW_ENFORCEMENT;
import static org.mekong.server.agency.CallerKind.SCREENING_CLIENT;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.mekong.server.agency.Serves;
import org.mekong.server.audit.AuditContext;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The network view (Cytoscape.js), the map (Leaflet over country outlines shipped with the node)
 * and the charts (Chart.js). Each page also lists what it draws as text, for screen readers and
 * keyboards; the drawings read the same figures from {@link ConsoleData}.
 */
@Controller
class VisualPages {

  private final ConsoleFigures figures;

  VisualPages(ConsoleFigures figures) {
    this.figures = figures;
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE, SCREENING_CLIENT})
  @GetMapping("/console/network")
  String network(
      @RequestParam(required = false) @Nullable String indicator,
      @RequestParam(required = false) @Nullable String selector,
      @RequestParam(name = "case", required = false) @Nullable String caseId,
      Authentication authentication,
      Model model,
      HttpServletRequest http) {
    ConsoleSession session = ConsoleSession.of(authentication);
    boolean byIndicator = indicator != null && !indicator.isBlank();
    boolean byCase = !byIndicator && caseId != null && !caseId.isBlank();
    String key = byIndicator ? "indicator" : byCase ? "case" : "selector";
    String value = String.valueOf(byIndicator ? indicator : byCase ? caseId : selector).strip();
    AuditContext.describe(http, key, value);
    NetworkGraph graph = figures.graph(session, indicator, selector, caseId);
    model.addAttribute(
        "dataUrl",
        UriComponentsBuilder.fromPath("/console/network/graph")
            .queryParam(key, "{value}")
            .encode()
            .buildAndExpand(value)
            .toUriString());
    model.addAttribute("visual", "network");
    model.addAttribute("graph", graph);
    model.addAttribute("selectors", graph.of(NetworkGraph.Kind.SELECTOR));
    model.addAttribute("indicators", graph.of(NetworkGraph.Kind.INDICATOR));
    model.addAttribute("agencies", graph.of(NetworkGraph.Kind.AGENCY));
    model.addAttribute("records", graph.of(NetworkGraph.Kind.RECORD));
    model.addAttribute("sites", graph.of(NetworkGraph.Kind.SITE));
    model.addAttribute("cases", graph.of(NetworkGraph.Kind.CASE));
    model.addAttribute("persons", graph.of(NetworkGraph.Kind.PERSON));
    return "console/network";
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR})
  @GetMapping("/console/map")
  String map(Authentication authentication, Model model, HttpServletRequest http) {
    ConsoleSession session = ConsoleSession.of(authentication);
    AuditContext.describe(http, "site", "map");
    model.addAttribute("visual", "map");
    model.addAttribute("sites", figures.sites(session));
    model.addAttribute("threshold", ConsoleFigures.suppressionThreshold());
    return "console/map";
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE, SCREENING_CLIENT})
  @GetMapping("/console/statistics")
  String statistics(Authentication authentication, Model model, HttpServletRequest http) {
    ConsoleSession session = ConsoleSession.of(authentication);
    AuditContext.describe(http, "statistics", "console");
    model.addAttribute("visual", "charts");
    model.addAttribute("statistics", figures.statistics(session));
    model.addAttribute("threshold", ConsoleFigures.suppressionThreshold());
    return "console/statistics";
  }
}
