package org.mekong.server.console;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.mekong.server.agency.Caller;
import org.mekong.server.agency.CallerKind;
import org.mekong.server.web.ProblemException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every console page knows (the person, the languages) and how the console shows a refusal: a
 * page, not problem details.
 */
@ControllerAdvice(basePackageClasses = ConsoleAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleAdvice {

  /** The version of the htmx WebJar, as in the build. */
  static final String HTMX_VERSION = "2.0.8";

  /** The versions of the WebJars the network view, the map and the charts draw with. */
  static final String CYTOSCAPE_VERSION = "3.33.1";

  static final String LEAFLET_VERSION = "1.9.4";
  static final String CHARTJS_VERSION = "4.5.1";

  @ModelAttribute
  void common(Model model, Locale locale) {
    model.addAttribute("htmxVersion", HTMX_VERSION);
    model.addAttribute("cytoscapeVersion", CYTOSCAPE_VERSION);
    model.addAttribute("leafletVersion", LEAFLET_VERSION);
    model.addAttribute("chartjsVersion", CHARTJS_VERSION);
    model.addAttribute("languages", ConsoleWeb.LANGUAGES);
    model.addAttribute("language", locale.getLanguage());
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null
        && authentication.getPrincipal() instanceof Caller caller
        && caller.person() != null) {
      ConsoleSession session = ConsoleSession.of(authentication);
      model.addAttribute("me", session);
      model.addAttribute("authority", caller.kind().isOwnAuthority());
      model.addAttribute(
          "checksTravellers",
          caller.kind() == CallerKind.IMMIGRATION || caller.kind() == CallerKind.LAW_ENFORCEMENT);
      model.addAttribute("readsCasework", ConsoleFigures.readsCasework(session));
      model.addAttribute(
          "doesCasework",
          caller.kind() == CallerKind.LAW_ENFORCEMENT
              || caller.kind() == CallerKind.IMMIGRATION
              || caller.kind() == CallerKind.CONSULAR);
      model.addAttribute(
          "readsBans",
          caller.kind() == CallerKind.LAW_ENFORCEMENT
              || caller.kind() == CallerKind.IMMIGRATION
              || caller.kind() == CallerKind.CONSULAR);
      model.addAttribute(
          "readsNotices",
          caller.kind() == CallerKind.LAW_ENFORCEMENT
              || caller.kind() == CallerKind.IMMIGRATION
              || caller.kind() == CallerKind.CONSULAR
              || caller.kind() == CallerKind.FINANCIAL_INTELLIGENCE);
      model.addAttribute(
          "writesLegal",
          caller.kind() == CallerKind.LAW_ENFORCEMENT || caller.kind() == CallerKind.IMMIGRATION);
      model.addAttribute(
          "sendsRequests", caller.kind().isOwnAuthority() && session.role().sendsRequests());
      model.addAttribute(
          "handlesRequests",
          caller.kind().isOwnAuthority() || caller.kind() == CallerKind.SCREENING_CLIENT);
    }
  }

  @ExceptionHandler(AccessDeniedException.class)
  String denied(AccessDeniedException e, Model model, HttpServletResponse response) {
    return error(403, e.getMessage(), model, response);
  }

  @ExceptionHandler(ProblemException.class)
  String problem(ProblemException e, Model model, HttpServletResponse response) {
    return error(e.status().value(), e.detail(), model, response);
  }

  private String error(
      int status, @Nullable String detail, Model model, HttpServletResponse response) {
    common(model, org.springframework.context.i18n.LocaleContextHolder.getLocale());
    response.setStatus(status);
    model.addAttribute("status", status);
    model.addAttribute("detail", detail == null ? "" : detail);
    return "console/error";
  }
}
