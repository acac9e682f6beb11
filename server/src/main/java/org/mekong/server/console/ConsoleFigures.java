package org.mekong.server.console;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.Agency;
import org.mekong.core.casework.SuppressedCounts;
import org.mekong.core.indicator.IndicatorId;
import org.mekong.core.marking.Tlp;
import org.mekong.server.agency.CallerKind;
import org.mekong.server.casework.CaseLinks;
import org.mekong.server.casework.CaseworkFigures;
import org.mekong.server.indicator.IndicatorActions;
import org.mekong.server.indicator.IndicatorView;
import org.mekong.server.legal.LegalRecords;
import org.mekong.server.screening.AlertActions;
import org.mekong.server.web.BadRequestException;
import org.springframework.stereotype.Service;

/**
 * What the network view, the map and the charts show one person, from the services the API uses
 * under the API's visibility rules: nothing here reads a table the API would not let the viewer's
 * agency read.
 */
@Service
class ConsoleFigures {

  /** How many of the latest indicators the charts count. */
  static final int INDICATORS_COUNTED = 1_000;

  /** How many days of alerts the chart shows. */
  static final int ALERT_DAYS = 30;

  /** How many categories the chart shows, the most frequent first. */
  static final int CATEGORIES_SHOWN = 12;

  /** One bar: a label (a code) and its count; {@code count} null when suppressed. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Bar(String label, @Nullable Long count, boolean suppressed) {}

  /** The charts' data. {@code cases} is null for agencies that do not read casework. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Statistics(
      List<Bar> alertsPerDay,
      int indicatorsCounted,
      List<Bar> categories,
      List<Bar> markings,
      @Nullable List<Bar> cases) {}

  private final IndicatorActions indicators;
  private final AlertActions alerts;
  private final CaseworkFigures casework;
  private final CaseLinks cases;
  private final LegalRecords legal;
  private final Clock clock;

  ConsoleFigures(
      IndicatorActions indicators,
      AlertActions alerts,
      CaseworkFigures casework,
      LegalRecords legal,
      CaseLinks cases) {
    this.cases = cases;
    this.indicators = indicators;
    this.alerts = alerts;
    this.casework = casework;
    this.legal = legal;
    this.clock = Clock.systemUTC();
  }

  /**
   * The neighbourhood of an indicator ({@code indicator}), of every reading of a selector ({@code
   * selector}) or of a case ({@code caseId}): exactly one of them.
   */
  NetworkGraph graph(
      ConsoleSession session,
      @Nullable String indicator,
      @Nullable String selector,
      @Nullable String caseId) {
    Agency viewer = session.agency();
    boolean casework = readsCasework(session);
    NetworkGraph.Sources sources =
        new NetworkGraph.Sources() {
          @Override
          public List<IndicatorActions.SightingEntry> sightings(IndicatorView view) {
            return indicators.sightings(viewer, view.id());
          }

          @Override
          public List<LegalRecords.Linked> records(IndicatorView view) {
            return legal.linking(
                viewer, new IndicatorId(view.id()), NetworkGraph.RECORDS_PER_INDICATOR);
          }

          @Override
          public Optional<IndicatorView> indicator(String id) {
            return IndicatorId.isValid(id) ? indicators.get(viewer, id) : Optional.empty();
          }

          @Override
          public List<CaseLinks.Linked> cases(IndicatorView view) {
            return casework ? cases.publishing(viewer, view.id()) : List.of();
          }
        };
    int given = (given(indicator) ? 1 : 0) + (given(selector) ? 1 : 0) + (given(caseId) ? 1 : 0);
    if (given != 1) {
      throw new BadRequestException(
          "indicator", "give either an indicator id, a selector or a case id");
    }
    if (given(caseId)) {
      CaseLinks.Linked root =
          (casework
                  ? cases.one(viewer, String.valueOf(caseId).strip())
                  : Optional.<CaseLinks.Linked>empty())
              .orElseThrow(
                  () ->
                      new IndicatorPages.NotFound(
                          "no case "
                              + String.valueOf(caseId).strip()
                              + " that your agency may read"));
      List<CaseLinks.Linked> atSites = new java.util.ArrayList<>();
      for (CaseLinks.SiteRef site : root.sites()) {
        atSites.addAll(cases.at(viewer, site.id()));
      }
      return NetworkGraph.ofCase(root, atSites, sources);
    }
    List<IndicatorView> shown;
    if (given(indicator)) {
      shown = indicators.onSameSelector(viewer, String.valueOf(indicator).strip());
      if (shown.isEmpty()) {
        throw new IndicatorPages.NotFound(
            "no indicator " + String.valueOf(indicator).strip() + " that your agency may see");
      }
    } else {
      shown = indicators.find(viewer, String.valueOf(selector));
    }
    return NetworkGraph.of(shown, sources);
  }

  private static boolean given(@Nullable String parameter) {
    return parameter != null && !parameter.isBlank();
  }

  /** Whether the person's agency reads casework (sites, cases), as the casework API allows. */
  static boolean readsCasework(ConsoleSession session) {
    CallerKind kind = session.caller().kind();
    return kind == CallerKind.LAW_ENFORCEMENT
        || kind == CallerKind.IMMIGRATION
        || kind == CallerKind.CONSULAR;
  }

  /** The sites with coordinates, for an agency that reads casework. */
  List<CaseworkFigures.MapSite> sites(ConsoleSession session) {
    return casework.sites(session.agency());
  }

  /** The charts' data for the person's agency. */
  Statistics statistics(ConsoleSession session) {
    Agency viewer = session.agency();
    List<Bar> days =
        alerts.perDay(viewer, LocalDate.now(clock), ALERT_DAYS).entrySet().stream()
            .map(e -> new Bar(e.getKey().toString(), e.getValue(), false))
            .toList();
    List<IndicatorView> latest = indicators.recent(viewer, INDICATORS_COUNTED);
    Map<String, Long> categories = new TreeMap<>();
    Map<String, Long> markings = new LinkedHashMap<>();
    for (Tlp tlp : Tlp.values()) {
      markings.put(tlp.code(), 0L);
    }
    for (IndicatorView view : latest) {
      view.categories().forEach(c -> categories.merge(c, 1L, Long::sum));
      markings.merge(view.tlp(), 1L, Long::sum);
    }
    List<Bar> categoryBars =
        categories.entrySet().stream()
            .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
            .limit(CATEGORIES_SHOWN)
            .map(e -> new Bar(e.getKey(), e.getValue(), false))
            .toList();
    List<Bar> markingBars =
        markings.entrySet().stream().map(e -> new Bar(e.getKey(), e.getValue(), false)).toList();
    List<Bar> cases = null;
    if (readsCasework(session)) {
      cases =
          casework.casesByStatus().stream()
              .map(c -> new Bar(c.value(), c.count(), c.suppressed()))
              .toList();
    }
    return new Statistics(days, latest.size(), categoryBars, markingBars, cases);
  }

  /** The threshold under which casework counts are suppressed. */
  static int suppressionThreshold() {
    return SuppressedCounts.THRESHOLD;
  }
}
