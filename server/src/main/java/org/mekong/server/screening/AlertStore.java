package org.mekong.server.screening;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.AgencyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Stores alerts and their decisions in {@code screening_alert} and its decision table. */
@Repository
class AlertStore {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<List<MatchView>> MATCHES = new TypeReference<>() {};

  private final JdbcClient jdbc;

  AlertStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A new alert, open. */
  record NewAlert(
      AgencyId client,
      Instant created,
      String kind,
      JsonNode event,
      int score,
      String level,
      List<MatchView> matches,
      List<String> indicators) {}

  UUID insert(NewAlert alert) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "INSERT INTO screening_alert (id, client, created, event_kind, event, score, level,"
                + " matches, indicators, status) VALUES (?, ?, ?, ?, ?::jsonb, ?, ?, ?::jsonb, ?,"
                + " 'open')")
        .params(
            id,
            alert.client().value(),
            Timestamp.from(alert.created()),
            alert.kind(),
            JSON.writeValueAsString(alert.event()),
            alert.score(),
            alert.level(),
            JSON.writeValueAsString(alert.matches()),
            alert.indicators().toArray(String[]::new))
        .update();
    return id;
  }

  /** The alert if it is the client's; locks it when {@code forUpdate}. */
  Optional<Alert> find(AgencyId client, UUID id, boolean forUpdate) {
    Optional<Alert> alert =
        jdbc.sql(
                "SELECT * FROM screening_alert WHERE id = ? AND client = ?"
                    + (forUpdate ? " FOR UPDATE" : ""))
            .params(id, client.value())
            .query((rs, row) -> alert(rs, List.of()))
            .optional();
    return alert.map(a -> withDecisions(a, decisions(id)));
  }

  /** The indicator ids an alert hit. */
  List<String> indicators(UUID id) {
    return jdbc.sql("SELECT unnest(indicators) FROM screening_alert WHERE id = ?")
        .param(id)
        .query(String.class)
        .list();
  }

  /** Filters of the alert list; null means any. */
  record Filter(
      @Nullable AlertStatus status,
      @Nullable String level,
      @Nullable String assignee,
      @Nullable Instant since) {}

  /** A page of the client's alerts, newest first, strictly before the cursor when given. */
  List<Alert> list(AgencyId client, Filter filter, @Nullable Cursor before, int limit) {
    StringBuilder sql = new StringBuilder("SELECT * FROM screening_alert WHERE client = :client");
    Map<String, Object> params = new HashMap<>();
    params.put("client", client.value());
    if (filter.status() != null) {
      sql.append(" AND status = :status");
      params.put("status", filter.status().code());
    }
    if (filter.level() != null) {
      sql.append(" AND level = :level");
      params.put("level", filter.level());
    }
    if (filter.assignee() != null) {
      sql.append(" AND assignee = :assignee");
      params.put("assignee", filter.assignee());
    }
    if (filter.since() != null) {
      sql.append(" AND created >= :since");
      params.put("since", Timestamp.from(filter.since()));
    }
    if (before != null) {
      sql.append(" AND (created, id) < (:created, :id)");
      params.put("created", Timestamp.from(before.created()));
      params.put("id", before.id());
    }
    sql.append(" ORDER BY created DESC, id DESC LIMIT :limit");
    params.put("limit", limit);
    return jdbc.sql(sql.toString()).params(params).query((rs, row) -> alert(rs, List.of())).list();
  }

  /** How many alerts the client received on each UTC day since {@code since}, by day. */
  SortedMap<LocalDate, Long> perDay(AgencyId client, Instant since) {
    SortedMap<LocalDate, Long> days = new TreeMap<>();
    jdbc.sql(
            "SELECT (created AT TIME ZONE 'UTC')::date, count(*) FROM screening_alert"
                + " WHERE client = ? AND created >= ? GROUP BY 1")
        .params(client.value(), Timestamp.from(since))
        .query((rs, row) -> days.put(rs.getObject(1, LocalDate.class), rs.getLong(2)))
        .list();
    return days;
  }

  /** Where a page of alerts ends. */
  record Cursor(Instant created, UUID id) {}

  void record(UUID id, AlertStatus status, @Nullable String assignee, Alert.Decision decision) {
    jdbc.sql("UPDATE screening_alert SET status = :status, assignee = :assignee WHERE id = :id")
        .param("status", status.code())
        .param("assignee", assignee, java.sql.Types.VARCHAR)
        .param("id", id)
        .update();
    jdbc.sql(
            "INSERT INTO screening_alert_decision (alert_id, at, agency, analyst, action, reason)"
                + " VALUES (?, ?, ?, ?, ?, ?)")
        .params(
            id,
            Timestamp.from(decision.at()),
            decision.agency(),
            decision.analyst(),
            decision.action(),
            decision.reason())
        .update();
  }

  private List<Alert.Decision> decisions(UUID id) {
    return jdbc.sql(
            "SELECT at, agency, analyst, action, reason FROM screening_alert_decision"
                + " WHERE alert_id = ? ORDER BY at, action")
        .param(id)
        .query(
            (rs, row) ->
                new Alert.Decision(
                    rs.getTimestamp(1).toInstant(),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5)))
        .list();
  }

  private static Alert withDecisions(Alert alert, List<Alert.Decision> decisions) {
    return new Alert(
        alert.id(),
        alert.client(),
        alert.created(),
        alert.kind(),
        alert.event(),
        alert.score(),
        alert.level(),
        alert.matches(),
        alert.status(),
        alert.assignee(),
        new ArrayList<>(decisions));
  }

  private static Alert alert(ResultSet rs, List<Alert.Decision> decisions) throws SQLException {
    return new Alert(
        rs.getObject("id", UUID.class).toString(),
        rs.getString("client"),
        rs.getTimestamp("created").toInstant(),
        rs.getString("event_kind"),
        JSON.readTree(rs.getString("event")),
        rs.getInt("score"),
        rs.getString("level"),
        JSON.readValue(rs.getString("matches"), MATCHES),
        rs.getString("status"),
        rs.getString("assignee"),
        decisions);
  }
}
