package org.mekong.server.casework;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.Agency;
import org.mekong.core.casework.CaseState;
import org.mekong.core.casework.Codes;
import org.mekong.core.casework.DisclosurePath;
import org.mekong.core.casework.PersonField;
import org.mekong.server.web.BadRequestException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * One page of the cases an agency may read, newest first, by keyset: the filters and the rule of
 * {@code GET /api/v1/casework/cases/{id}} are evaluated in one query (see {@link CaseVisibility}),
 * over at most {@link #SCAN} candidate cases per page, so a page costs the same however many cases
 * the node holds. A page that examined its whole stretch without filling up is shorter, and its
 * {@code next} cursor continues after the last case examined: no case is skipped or repeated.
 */
@Service
public class CaseList {

  /** Cases per page unless the caller asks for another size. */
  public static final int PAGE = 50;

  /** The largest page. */
  public static final int MAX_PAGE = 200;

  /**
   * How many candidate cases (after the status, site and nationality filters) one page examines.
   */
  static final int SCAN = 2_000;

  /** One line of the list; {@code names} empty when the person's names are withheld. */
  public record Row(
      String id,
      String state,
      String openedBy,
      Instant openedAt,
      @Nullable String custodian,
      List<String> names) {}

  /** A page and the cursor of the next one, null after the last. */
  public record Page(List<Row> rows, @Nullable String next) {}

  /** Where a page starts: strictly after (older than) this case. */
  record Cursor(Instant openedAt, UUID id) {

    static Cursor parse(String text) {
      int split = text.indexOf('_');
      try {
        if (split < 0) {
          throw new IllegalArgumentException(text);
        }
        return new Cursor(
            Instant.parse(text.substring(0, split)), UUID.fromString(text.substring(split + 1)));
      } catch (IllegalArgumentException | DateTimeParseException e) {
        throw new BadRequestException("after", "is not a cursor from a page of this list");
      }
    }

    @Override
    public String toString() {
      return openedAt + "_" + id;
    }
  }

  private final JdbcClient jdbc;

  CaseList(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The page of cases {@code viewer} may read after the cursor {@code after} (the first page when
   * null), filtered by state, by a site named in an event, and by a nationality of the person that
   * the viewer may see.
   */
  public Page page(
      Agency viewer,
      @Nullable String state,
      @Nullable String site,
      @Nullable String nationality,
      @Nullable String after,
      int size) {
    return page(viewer, state, site, nationality, after, size, SCAN);
  }

  Page page(
      Agency viewer,
      @Nullable String state,
      @Nullable String site,
      @Nullable String nationality,
      @Nullable String after,
      int size,
      int scan) {
    if (size < 1 || size > MAX_PAGE) {
      throw new BadRequestException("size", "must be 1 to " + MAX_PAGE + ", was " + size);
    }
    Map<String, Object> params = new java.util.HashMap<>();
    String candidates = candidates(state, after, scan, params);
    CaseVisibility visibility = new CaseVisibility(viewer, params);
    StringBuilder condition = new StringBuilder();
    if (site != null && !site.isBlank()) {
      condition.append(
          " AND EXISTS (SELECT 1 FROM casework_event e WHERE e.case_id = s.id"
              + " AND (e.record->>'site') = :site)");
      params.put("site", Ids.uuid("site", site.strip()).toString());
    }
    if (nationality != null && !nationality.isBlank()) {
      condition
          .append(" AND :nationality = ANY (p.nationalities) AND ")
          .append(visibility.sees(DisclosurePath.PERSON_READ, PersonField.NATIONALITIES));
      params.put("nationality", nationality.strip().toUpperCase(Locale.ROOT));
    }
    String sql = visibility.select(candidates, condition.toString());
    params.put("size", size + 1);
    List<Row> rows = new ArrayList<>();
    List<Cursor> keys = new ArrayList<>();
    jdbc.sql(sql)
        .params(params)
        .query(
            rs -> {
              Instant at = rs.getTimestamp(2).toInstant();
              UUID id = rs.getObject(1, UUID.class);
              keys.add(new Cursor(at, id));
              String names = rs.getString(6);
              rows.add(
                  new Row(
                      id.toString(),
                      rs.getString(4),
                      rs.getString(3),
                      at,
                      rs.getString(5),
                      names == null
                          ? List.of()
                          : List.of(PersonStore.JSON.readValue(names, String[].class))));
            });
    if (rows.size() > size) {
      return new Page(rows.subList(0, size), keys.get(size - 1).toString());
    }
    return new Page(rows, lastExamined(candidates, params, scan));
  }

  /** The cursor after the last candidate examined when the stretch was full, else null. */
  private @Nullable String lastExamined(String candidates, Map<String, Object> params, int scan) {
    List<String> last =
        jdbc.sql(
                "SELECT s.opened_at, s.id, count(*) OVER () FROM ("
                    + candidates
                    + ") s ORDER BY s.opened_at, s.id LIMIT 1")
            .params(params)
            .query(
                (rs, row) ->
                    rs.getLong(3) < scan
                        ? ""
                        : new Cursor(rs.getTimestamp(1).toInstant(), rs.getObject(2, UUID.class))
                            .toString())
            .list();
    return last.isEmpty() || last.getFirst().isEmpty() ? null : last.getFirst();
  }

  /**
   * The candidate cases of the page, newest first after the cursor, of the state asked for: at most
   * {@code scan}, read in the order of an index (V25); the other filters and visibility apply to
   * them.
   */
  private static String candidates(
      @Nullable String state, @Nullable String after, int scan, Map<String, Object> params) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT c.id, c.person_id, c.opened_by, c.opened_at, c.state FROM casework_case c"
                + " WHERE true");
    if (state != null && !state.isBlank()) {
      sql.append(" AND c.state = :state");
      params.put("state", Codes.of(Codes.parse(CaseState.class, "status", state.strip())));
    }
    if (after != null && !after.isBlank()) {
      Cursor cursor = Cursor.parse(after.strip());
      sql.append(" AND (c.opened_at, c.id) < (:afterAt, :afterId)");
      params.put("afterAt", Timestamp.from(cursor.openedAt()));
      params.put("afterId", cursor.id());
    }
    sql.append(" ORDER BY c.opened_at DESC, c.id DESC LIMIT :scan");
    params.put("scan", scan);
    return sql.toString();
  }
}
