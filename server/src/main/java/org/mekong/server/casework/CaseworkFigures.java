package org.mekong.server.casework;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.Agency;
import org.mekong.core.casework.SuppressedCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Casework as the console's map and charts show it, to casework agencies only: sites (which every
 * casework agency reads), how many rescues and handovers happened at each and cases by status
 * (counts under {@link SuppressedCounts#THRESHOLD} suppressed, as the statistics are), and where
 * the viewer's own manifests hand people over.
 */
@Service
public class CaseworkFigures {

  /** A count safe to show: {@code count} is null when it is suppressed (1 to 10). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Figure(@Nullable Long count, boolean suppressed) {

    static Figure of(long count) {
      return count > 0 && count < SuppressedCounts.THRESHOLD
          ? new Figure(null, true)
          : new Figure(count, false);
    }
  }

  /**
   * A site with coordinates: its rescues and handovers (events recorded there, suppressed when few)
   * and the viewer's manifests whose place names it.
   */
  public record MapSite(
      String id,
      String name,
      String kind,
      String country,
      double latitude,
      double longitude,
      Figure rescues,
      Figure handovers,
      int manifests) {}

  private final JdbcClient jdbc;

  CaseworkFigures(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The sites that have coordinates, by name, with what happened there. */
  public List<MapSite> sites(Agency viewer) {
    Map<String, Long> rescues = new HashMap<>();
    Map<String, Long> handovers = new HashMap<>();
    jdbc.sql(
            "SELECT record->>'site', kind, count(*) FROM casework_event"
                + " WHERE kind IN ('rescued', 'handed-over') AND record->>'site' IS NOT NULL"
                + " GROUP BY 1, 2")
        .query(
            (rs, row) ->
                (rs.getString(2).equals("rescued") ? rescues : handovers)
                    .put(rs.getString(1), rs.getLong(3)))
        .list();
    List<String> places =
        jdbc
            .sql(
                "SELECT place FROM casework_manifest WHERE place IS NOT NULL"
                    + " AND (sending = ? OR receiving = ?)")
            .params(viewer.id().value(), viewer.id().value())
            .query(String.class)
            .list()
            .stream()
            .map(p -> p.strip().toLowerCase(Locale.ROOT))
            .toList();
    List<MapSite> sites = new ArrayList<>();
    for (SiteController.SiteJson site :
        jdbc.sql("SELECT record FROM casework_site ORDER BY record->>'name', id")
            .query(
                (rs, row) ->
                    PersonStore.JSON.readValue(rs.getString(1), SiteController.SiteJson.class))
            .list()) {
      SiteController.CoordinatesJson at = site.coordinates();
      if (at == null || at.latitude() == null || at.longitude() == null || site.id() == null) {
        continue;
      }
      List<String> names = new ArrayList<>();
      names.add(String.valueOf(site.name()).strip().toLowerCase(Locale.ROOT));
      if (site.aliases() != null) {
        site.aliases().forEach(a -> names.add(a.strip().toLowerCase(Locale.ROOT)));
      }
      int manifests = (int) places.stream().filter(names::contains).count();
      sites.add(
          new MapSite(
              site.id(),
              String.valueOf(site.name()),
              String.valueOf(site.kind()),
              String.valueOf(site.country()),
              at.latitude(),
              at.longitude(),
              Figure.of(rescues.getOrDefault(site.id(), 0L)),
              Figure.of(handovers.getOrDefault(site.id(), 0L)),
              manifests));
    }
    return sites;
  }

  /** Cases by status, as the statistics publish them: cells under the threshold suppressed. */
  public List<SuppressedCounts.Cell> casesByStatus() {
    Map<String, Long> counts = new HashMap<>();
    jdbc.sql("SELECT state, count(*) FROM casework_case GROUP BY 1")
        .query((rs, row) -> counts.put(rs.getString(1), rs.getLong(2)))
        .list();
    return SuppressedCounts.of(counts);
  }
}
