package org.mekong.server.casework;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.Agency;
import org.mekong.core.casework.CaseId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Cases as the console's network view links them: one case, the cases that published a recruiter
 * indicator, the cases at a site; each only when the viewer may read it (the rule of {@code GET
 * /api/v1/casework/cases/{id}}), its person only when the viewer sees the person's names.
 */
@Service
public class CaseLinks {

  /** How many cases are linked through one indicator or one site at most, newest first. */
  public static final int LIMIT = 20;

  /** A site a case's events name. */
  public record SiteRef(String id, String name) {}

  /**
   * A case the viewer may read: {@code person} and {@code names} are null and empty when the viewer
   * may not see the person's names; its sites and the recruiter indicators it published.
   */
  public record Linked(
      String id,
      String state,
      String openedBy,
      @Nullable String person,
      List<String> names,
      List<SiteRef> sites,
      List<String> indicators) {}

  private final JdbcClient jdbc;

  CaseLinks(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The case if the viewer may read it; a 400 when {@code id} is no case id. */
  public Optional<Linked> one(Agency viewer, String id) {
    UUID caseId = Ids.uuid("case", id);
    Map<String, Object> params = new HashMap<>();
    params.put("case", caseId);
    return select(viewer, CANDIDATE + " WHERE c.id = :case", params, 1).stream().findFirst();
  }

  /** The cases the viewer may read that published {@code indicator} as a recruiter's contact. */
  public List<Linked> publishing(Agency viewer, String indicator) {
    Map<String, Object> params = new HashMap<>();
    params.put("indicator", indicator);
    return select(
        viewer,
        CANDIDATE
            + " JOIN casework_recruiter_indicator ri ON ri.case_id = c.id"
            + " WHERE ri.indicator_id = :indicator ORDER BY c.opened_at DESC, c.id DESC"
            + " LIMIT :scan",
        params,
        LIMIT);
  }

  /** The newest cases the viewer may read whose events name the site {@code site}. */
  public List<Linked> at(Agency viewer, String site) {
    Map<String, Object> params = new HashMap<>();
    params.put("site", site);
    return select(
        viewer,
        CANDIDATE
            + " WHERE c.id IN (SELECT e.case_id FROM casework_event e"
            + " WHERE (e.record->>'site') = :site) ORDER BY c.opened_at DESC, c.id DESC LIMIT :scan",
        params,
        LIMIT);
  }

  private static final String CANDIDATE =
      "SELECT c.id, c.person_id, c.opened_by, c.opened_at, c.state FROM casework_case c";

  private List<Linked> select(
      Agency viewer, String candidates, Map<String, Object> params, int limit) {
    params.put("size", limit);
    params.put("scan", CaseList.SCAN);
    String sql = new CaseVisibility(viewer, params).select(candidates, "");
    record Row(
        UUID id, String state, String openedBy, @Nullable String person, List<String> names) {}
    List<Row> rows =
        jdbc.sql(sql)
            .params(params)
            .query(
                (rs, n) -> {
                  String names = rs.getString(6);
                  return new Row(
                      rs.getObject(1, UUID.class),
                      rs.getString(4),
                      rs.getString(3),
                      names == null ? null : rs.getObject(7, UUID.class).toString(),
                      names == null
                          ? List.of()
                          : List.of(PersonStore.JSON.readValue(names, String[].class)));
                })
            .list();
    List<Linked> cases = new ArrayList<>();
    for (Row row : rows) {
      cases.add(
          new Linked(
              row.id().toString(),
              row.state(),
              row.openedBy(),
              row.person(),
              row.names(),
              sites(row.id()),
              RecruiterIndicatorController.links(jdbc, new CaseId(row.id())).stream()
                  .map(RecruiterIndicatorController.LinkView::indicatorId)
                  .toList()));
    }
    return cases;
  }

  private List<SiteRef> sites(UUID caseId) {
    return jdbc.sql(
            "SELECT DISTINCT s.id, s.record->>'name' FROM casework_event e"
                + " JOIN casework_site s ON s.id::text = (e.record->>'site')"
                + " WHERE e.case_id = ? ORDER BY 2, 1")
        .param(caseId)
        .query((rs, row) -> new SiteRef(rs.getString(1), String.valueOf(rs.getString(2))))
        .list();
  }
}
