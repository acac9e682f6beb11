package org.mekong.server.indicator;

import static org.mekong.server.agency.CallerKind.ADMIN;
import static org.mekong.server.agency.CallerKind.CONSULAR;
import static org.mekong.server.agency.CallerKind.FINANCIAL_INTELLIGENCE;
import static org.mekong.server.agency.CallerKind.IMMIGRATION;
import static org.mekong.server.agency.CallerKind.LAW_ENFORCEMENT;
import static org.mekong.server.agency.CallerKind.REMOTE_AGENCY;
import static org.mekong.server.agency.CallerKind.SCREENING_CLIENT;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mekong.core.category.Category;
import org.mekong.core.selector.Selector;
import org.mekong.server.agency.Caller;
import org.mekong.server.agency.Serves;
import org.mekong.server.audit.AuditContext;
import org.mekong.server.web.BadRequestException;
import org.mekong.server.web.Parameters;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Who holds a selector (correlation), and the category taxonomy. */
@RestController
class CorrelationController {

  /** Who holds a selector. */
  record CorrelationView(
      IndicatorView.SelectorView selector,
      int indicators,
      List<String> agencies,
      @Nullable Instant firstSeen,
      @Nullable Instant lastSeen,
      List<IndicatorView> items) {}

  /** A category of the taxonomy. */
  record CategoryView(String code, String label, String description, @Nullable String parent) {}

  private final IndicatorRegistry registry;

  CorrelationController(IndicatorRegistry registry) {
    this.registry = registry;
  }

  @Serves({
    ADMIN,
    LAW_ENFORCEMENT,
    IMMIGRATION,
    CONSULAR,
    FINANCIAL_INTELLIGENCE,
    SCREENING_CLIENT,
    REMOTE_AGENCY
  })
  @GetMapping("/api/v1/categories")
  List<CategoryView> categories() {
    return java.util.Arrays.stream(Category.values())
        .map(
            c ->
                new CategoryView(
                    c.code(),
                    c.label(),
                    c.description(),
                    c.parent().map(Category::code).orElse(null)))
        .toList();
  }

  @Serves({
    LAW_ENFORCEMENT,
    IMMIGRATION,
    CONSULAR,
    FINANCIAL_INTELLIGENCE,
    SCREENING_CLIENT,
    REMOTE_AGENCY
  })
  @GetMapping("/api/v1/correlation")
  CorrelationView correlate(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(required = false) @Nullable String selector,
      @RequestParam(required = false) @Nullable String type,
      @RequestParam(required = false) @Nullable String region,
      HttpServletRequest http) {
    if (selector == null || selector.isBlank()) {
      throw new BadRequestException("selector", "is required");
    }
    Parameters.text("selector", selector);
    Selector parsed = SelectorReadings.one(selector, type, region);
    List<IndicatorRegistry.Visible> visible = registry.correlate(caller.requireAgency(), parsed);
    List<IndicatorView> items = visible.stream().map(v -> IndicatorView.of(v, List.of())).toList();
    AuditContext.describe(http, "correlation", parsed.type().code() + ":" + parsed.canonical());
    return new CorrelationView(
        IndicatorView.SelectorView.of(parsed),
        items.size(),
        items.stream()
            .map(IndicatorView::originator)
            .filter(o -> !o.equals(IndicatorView.WITHHELD))
            .distinct()
            .sorted()
            .toList(),
        visible.stream()
            .map(v -> v.stored().indicator().created())
            .min(Instant::compareTo)
            .orElse(null),
        visible.stream()
            .map(v -> latest(v.stored().indicator().modified(), v.stored().lastSighted()))
            .max(Instant::compareTo)
            .orElse(null),
        items);
  }

  private static Instant latest(Instant a, @Nullable Instant b) {
    return b != null && b.isAfter(a) ? b : a;
  }
}
