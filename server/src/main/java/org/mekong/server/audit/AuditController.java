package org.mekong.server.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mekong.server.agency.CallerKind;
import org.mekong.server.agency.Serves;
import org.mekong.server.web.BadRequestException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The operator reads the audit log: newest first, filtered, a page at a time. */
@RestController
@Tag(name = "admin", description = "The node operator's API (admin key)")
class AuditController {

  /** One audit entry as the API shows it. */
  record EntryView(
      long seq,
      Instant at,
      String actor,
      String action,
      String objectType,
      String objectId,
      String outcome) {}

  /** A page of entries and the cursor of the next (older) page, null on the last. */
  record PageView(List<EntryView> items, @Nullable String next) {}

  private static final int MAX_LIMIT = 1_000;

  private final JdbcClient jdbc;

  AuditController(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Serves(CallerKind.ADMIN)
  @GetMapping("/api/v1/admin/audit")
  @Operation(
      summary = "Audit entries, newest first",
      description =
          "agency: entries whose actor is this agency id or one of its people (or e.g. unauthenticated:203.0.113.5 for"
              + " refused authentications); action: entries whose action starts with this text,"
              + " e.g. 'GET /api/v1/indicators' or 'authentication-failed'; object: entries about"
              + " this object id; from, to: ISO-8601 instants, from inclusive, to exclusive;"
              + " limit 1-1000 (default 100); cursor: the next value of the previous page.")
  PageView read(
      @RequestParam(required = false) @Nullable String agency,
      @RequestParam(required = false) @Nullable String action,
      @RequestParam(required = false) @Nullable String object,
      @RequestParam(required = false) @Nullable String from,
      @RequestParam(required = false) @Nullable String to,
      @RequestParam(defaultValue = "100") int limit,
      @RequestParam(required = false) @Nullable String cursor) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new BadRequestException("limit", "must be 1-" + MAX_LIMIT);
    }
    StringBuilder sql =
        new StringBuilder(
            "SELECT seq, at, actor, action, object_type, object_id, outcome FROM audit_log"
                + " WHERE true");
    List<Object> params = new ArrayList<>();
    if (agency != null) {
      sql.append(" AND (actor = ? OR starts_with(actor, ?))");
      params.add(agency);
      params.add(agency + "/");
    }
    if (action != null) {
      sql.append(" AND starts_with(action, ?)");
      params.add(action);
    }
    if (object != null) {
      sql.append(" AND object_id = ?");
      params.add(object);
    }
    if (from != null) {
      sql.append(" AND at >= ?");
      params.add(Timestamp.from(instant("from", from)));
    }
    if (to != null) {
      sql.append(" AND at < ?");
      params.add(Timestamp.from(instant("to", to)));
    }
    if (cursor != null) {
      sql.append(" AND seq < ?");
      params.add(sequence(cursor));
    }
    sql.append(" ORDER BY seq DESC LIMIT ?");
    params.add(limit + 1);
    List<EntryView> rows =
        jdbc.sql(sql.toString())
            .params(params)
            .query(
                (rs, row) ->
                    new EntryView(
                        rs.getLong(1),
                        rs.getTimestamp(2).toInstant(),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7)))
            .list();
    if (rows.size() <= limit) {
      return new PageView(rows, null);
    }
    List<EntryView> page = rows.subList(0, limit);
    return new PageView(List.copyOf(page), String.valueOf(page.get(limit - 1).seq()));
  }

  private static Instant instant(String field, String value) {
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new BadRequestException(
          field, "must be an ISO-8601 instant such as 2026-01-31T00:00:00Z");
    }
  }

  private static long sequence(String cursor) {
    try {
      long seq = Long.parseLong(cursor);
      if (seq > 0) {
        return seq;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new BadRequestException("cursor", "is not a cursor this API gave out");
  }
}
