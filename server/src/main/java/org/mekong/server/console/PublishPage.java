package org.mekong.server.console;

import static org.mekong.server.agency.CallerKind.CONSULAR;
import static org.mekong.server.agency.CallerKind.FINANCIAL_INTELLIGENCE;
import static org.mekong.server.agency.CallerKind.IMMIGRATION;
import static org.mekong.server.agency.CallerKind.LAW_ENFORCEMENT;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mekong.core.category.Category;
import org.mekong.core.selector.SelectorType;
import org.mekong.server.agency.Serves;
import org.mekong.server.audit.AuditContext;
import org.mekong.server.indicator.IndicatorActions;
import org.mekong.server.indicator.PublishRequest;
import org.mekong.server.web.BadRequestException;
import org.mekong.server.web.ProblemException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import tools.jackson.databind.node.JsonNodeFactory;

/** The publish form: validated on the server by the API's rules, each message next to its field. */
@Controller
class PublishPage {

  /** What the form sends; every field as typed. */
  record Form(
      @Nullable String type,
      @Nullable String value,
      @Nullable String region,
      @Nullable String category,
      @Nullable String confidence,
      @Nullable String tlp,
      @Nullable String handling,
      @Nullable String restriction,
      @Nullable String evaluation,
      @Nullable String description,
      @Nullable String acknowledgeWarnings) {

    static Form empty() {
      return new Form(null, null, null, null, "50", "amber", "H0", null, null, null, null);
    }
  }

  private final IndicatorActions indicators;

  PublishPage(IndicatorActions indicators) {
    this.indicators = indicators;
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE})
  @GetMapping("/console/publish")
  String form(
      @org.springframework.web.bind.annotation.RequestParam(required = false) @Nullable String from,
      Authentication authentication,
      Model model,
      HttpServletRequest http) {
    ConsoleSession session = ConsoleSession.of(authentication);
    session.requirePublisher();
    Form form = Form.empty();
    if (from != null) {
      AuditContext.describe(http, "indicator", from);
      var previous =
          indicators
              .get(session.agency(), from)
              .orElseThrow(
                  () ->
                      new IndicatorPages.NotFound(
                          "no indicator " + from + " that your agency may see"));
      form =
          new Form(
              previous.selector().type(),
              previous.selector().canonical(),
              null,
              previous.categories().isEmpty() ? null : previous.categories().getFirst(),
              String.valueOf(previous.confidence()),
              previous.tlp(),
              previous.handling().isEmpty() ? "H0" : previous.handling().getFirst(),
              previous.restrictions().isEmpty() ? null : previous.restrictions().getFirst(),
              previous.evaluation(),
              previous.description(),
              null);
    }
    return page(model, form, Map.of(), null);
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE})
  @PostMapping("/console/publish")
  String publish(
      @ModelAttribute Form form,
      Authentication authentication,
      Model model,
      HttpServletRequest http,
      jakarta.servlet.http.HttpServletResponse response) {
    ConsoleSession session = ConsoleSession.of(authentication);
    session.requirePublisher();
    Map<String, String> errors = new LinkedHashMap<>();
    Integer confidence = null;
    String given = form.confidence();
    if (given != null && !given.isBlank()) {
      try {
        confidence = Integer.valueOf(given.strip());
      } catch (NumberFormatException e) {
        errors.put("confidence", "'confidence' must be a whole number 0-100");
      }
    }
    if (errors.isEmpty()) {
      try {
        var published = indicators.publish(session.agency(), request(form, confidence));
        String id = published.indicator().id();
        AuditContext.describe(http, "indicator", id);
        return "redirect:/console/indicators/" + id + "?done=published";
      } catch (BadRequestException e) {
        errors.put(field(e.field()), e.detail());
      } catch (ProblemException e) {
        errors.put("value", e.detail());
      }
    }
    response.setStatus(400);
    return page(model, form, errors, "publish.invalid");
  }

  private static String field(String field) {
    return switch (field) {
      case "type",
          "value",
          "region",
          "confidence",
          "tlp",
          "handling",
          "restriction",
          "evaluation",
          "description" ->
          field;
      case "categories" -> "category";
      default -> "value";
    };
  }

  private static PublishRequest request(Form form, @Nullable Integer confidence) {
    String handling = blankToNull(form.handling());
    String category = blankToNull(form.category());
    return new PublishRequest(
        blankToNull(form.type()),
        form.value(),
        blankToNull(form.region()),
        category == null ? null : List.of(category),
        confidence,
        blankToNull(form.tlp()),
        handling == null ? null : JsonNodeFactory.instance.stringNode(handling),
        blankToNull(form.restriction()),
        blankToNull(form.evaluation()),
        null,
        null,
        null,
        blankToNull(form.description()),
        null,
        "on".equals(form.acknowledgeWarnings()) || "true".equals(form.acknowledgeWarnings()));
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value;
  }

  private static String page(
      Model model, Form form, Map<String, String> errors, @Nullable String summary) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("summary", summary);
    model.addAttribute(
        "types", Arrays.stream(SelectorType.values()).map(SelectorType::code).toList());
    model.addAttribute("categories", Category.codes());
    model.addAttribute("tlps", List.of("clear", "green", "amber", "amber+strict", "red"));
    model.addAttribute("handlings", List.of("H0", "H1", "H2", "H3"));
    return "console/publish";
  }
}
