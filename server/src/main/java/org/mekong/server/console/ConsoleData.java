package org.mekong.server.console;

import static org.mekong.server.agency.CallerKind.CONSULAR;
import static org.mekong.server.agency.CallerKind.FINANCIAL_INTELLIGENCE;
import static org.mekong.server.agency.CallerKind.IMMIGRATION;
import static org.mekong.server.agency.CallerKind.LAW_ENFORCEMENT;
import static org.mekong.server.agency.CallerKind.SCREENING_CLIENT;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mekong.core.input.InvalidInputException;
import org.mekong.server.agency.Serves;
import org.mekong.server.audit.AuditContext;
import org.mekong.server.casework.CaseworkFigures;
import org.mekong.server.web.ProblemException;
import org.mekong.server.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON the console's drawings read, with the console's session (not an API key) and the API's
 * visibility rules: the network around an indicator or a selector, the sites of the map, the
 * charts' figures. Errors are problem details, as the API's.
 */
@RestController
class ConsoleData {

  /** The map's sites and the threshold under which counts are suppressed. */
  record Sites(int threshold, List<CaseworkFigures.MapSite> items) {}

  private final ConsoleFigures figures;

  ConsoleData(ConsoleFigures figures) {
    this.figures = figures;
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE, SCREENING_CLIENT})
  @GetMapping("/console/network/graph")
  NetworkGraph graph(
      @RequestParam(required = false) @Nullable String indicator,
      @RequestParam(required = false) @Nullable String selector,
      @RequestParam(name = "case", required = false) @Nullable String caseId,
      Authentication authentication,
      HttpServletRequest http) {
    ConsoleSession session = ConsoleSession.of(authentication);
    AuditContext.describe(
        http,
        indicator != null ? "indicator" : caseId != null ? "case" : "selector",
        indicator != null ? indicator : caseId != null ? caseId : String.valueOf(selector));
    return figures.graph(session, indicator, selector, caseId);
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR})
  @GetMapping("/console/map/sites")
  Sites sites(Authentication authentication, HttpServletRequest http) {
    ConsoleSession session = ConsoleSession.of(authentication);
    AuditContext.describe(http, "site", "map");
    return new Sites(ConsoleFigures.suppressionThreshold(), figures.sites(session));
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE, SCREENING_CLIENT})
  @GetMapping("/console/statistics/figures")
  ConsoleFigures.Statistics statistics(Authentication authentication, HttpServletRequest http) {
    ConsoleSession session = ConsoleSession.of(authentication);
    AuditContext.describe(http, "statistics", "console");
    return figures.statistics(session);
  }

  @ExceptionHandler(ProblemException.class)
  ResponseEntity<ProblemDetail> problem(ProblemException e) {
    return ResponseEntity.status(e.status())
        .body(Problems.of(e.status(), e.detail(), e.retryable()));
  }

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
    return ResponseEntity.badRequest()
        .body(Problems.of(HttpStatus.BAD_REQUEST, String.valueOf(e.getMessage()), false));
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN)
        .body(Problems.of(HttpStatus.FORBIDDEN, String.valueOf(e.getMessage()), false));
  }
}
