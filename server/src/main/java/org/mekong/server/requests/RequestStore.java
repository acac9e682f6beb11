package org.mekong.server.requests;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mekong.core.requests.DeadlineEvent;
import org.mekong.core.requests.RequestKind;
import org.mekong.core.requests.RequestStatus;
import org.mekong.core.requests.Timeline;
import org.mekong.core.requests.Urgency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;

/** Stores requests, their steps and their deadline events in the {@code agency_request} tables. */
@Repository
class RequestStore {

  private static final String OPEN = "('sent', 'acknowledged', 'partly-answered')";

  private final JdbcClient jdbc;

  RequestStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * A stored request without its steps and events.
   *
   * @param recipientNode the partner node of a recipient there; null for this node's agency
   * @param originNode the sender's node of a request received from a partner; null for one sent
   *     here
   * @param receivedFrom the partner a received request was pulled from; null for one sent here
   * @param responseVersion on the sender's node, the last response version applied (0 for none)
   */
  record Stored(
      UUID id,
      String sender,
      String recipient,
      RequestKind kind,
      Urgency urgency,
      String subject,
      String details,
      String legalBasis,
      JsonNode payload,
      List<String> targets,
      Timeline timeline,
      RequestStatus status,
      Instant updated,
      @Nullable String recipientNode,
      @Nullable String originNode,
      @Nullable String receivedFrom,
      int responseVersion) {}

  void insert(Stored r) {
    jdbc.sql(
            "INSERT INTO agency_request (id, sender, recipient, kind, urgency, subject, details,"
                + " legal_basis, payload, targets, sent_at, remind_at, deadline, escalate_at,"
                + " status, updated, recipient_node, origin_node, received_from) VALUES (?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            java.util.Arrays.<@Nullable Object>asList(
                r.id(),
                r.sender(),
                r.recipient(),
                r.kind().code(),
                r.urgency().code(),
                r.subject(),
                r.details(),
                r.legalBasis(),
                RequestJson.JSON.writeValueAsString(r.payload()),
                r.targets().toArray(String[]::new),
                Timestamp.from(r.timeline().sent()),
                Timestamp.from(r.timeline().reminder()),
                Timestamp.from(r.timeline().deadline()),
                Timestamp.from(r.timeline().escalation()),
                r.status().code(),
                Timestamp.from(r.updated()),
                r.recipientNode(),
                r.originNode(),
                r.receivedFrom()))
        .update();
  }

  /** The request with this id, locked for the rest of the transaction when {@code forUpdate}. */
  Optional<Stored> find(UUID id, boolean forUpdate) {
    return jdbc.sql("SELECT * FROM agency_request WHERE id = ?" + (forUpdate ? " FOR UPDATE" : ""))
        .param(id)
        .query((rs, row) -> stored(rs))
        .optional();
  }

  /** Which requests a list shows; null means any. */
  record Filter(
      @Nullable String agency,
      boolean sent,
      boolean received,
      @Nullable RequestKind kind,
      @Nullable RequestStatus status,
      @Nullable Boolean overdue,
      @Nullable Instant dueBefore,
      Instant now,
      int limit) {}

  /** Requests newest first: the agency's sent and/or received ones, or every one for no agency. */
  List<Stored> list(Filter filter) {
    StringBuilder sql = new StringBuilder("SELECT * FROM agency_request WHERE true");
    Map<String, Object> params = new HashMap<>();
    if (filter.agency() != null) {
      params.put("agency", filter.agency());
      if (filter.sent() && filter.received()) {
        sql.append(" AND (sender = :agency OR recipient = :agency)");
      } else if (filter.sent()) {
        sql.append(" AND sender = :agency");
      } else {
        sql.append(" AND recipient = :agency");
      }
    }
    if (filter.kind() != null) {
      sql.append(" AND kind = :kind");
      params.put("kind", filter.kind().code());
    }
    if (filter.status() != null) {
      sql.append(" AND status = :status");
      params.put("status", filter.status().code());
    }
    if (filter.overdue() != null) {
      String overdue = "(status IN " + OPEN + " AND deadline <= :now)";
      sql.append(filter.overdue() ? " AND " + overdue : " AND NOT " + overdue);
      params.put("now", Timestamp.from(filter.now()));
    }
    if (filter.dueBefore() != null) {
      sql.append(" AND deadline < :dueBefore");
      params.put("dueBefore", Timestamp.from(filter.dueBefore()));
    }
    sql.append(" ORDER BY sent_at DESC, id LIMIT :limit");
    params.put("limit", filter.limit());
    return jdbc.sql(sql.toString()).params(params).query((rs, row) -> stored(rs)).list();
  }

  /** Records a step and the status it led to. */
  void step(UUID id, Instant at, String agency, String action, RequestStatus to, JsonNode body) {
    jdbc.sql("UPDATE agency_request SET status = ?, updated = ? WHERE id = ?")
        .params(to.code(), Timestamp.from(at), id)
        .update();
    jdbc.sql(
            "INSERT INTO agency_request_step (request_id, seq, at, agency, action, status, body)"
                + " SELECT ?, coalesce(max(seq), 0) + 1, ?, ?, ?, ?, ?::jsonb"
                + " FROM agency_request_step WHERE request_id = ?")
        .params(
            id,
            Timestamp.from(at),
            agency,
            action,
            to.code(),
            RequestJson.JSON.writeValueAsString(body),
            id)
        .update();
  }

  List<RequestView.Step> steps(UUID id) {
    return jdbc.sql(
            "SELECT at, agency, action, status, body FROM agency_request_step"
                + " WHERE request_id = ? ORDER BY seq")
        .param(id)
        .query(
            (rs, row) ->
                new RequestView.Step(
                    rs.getTimestamp(1).toInstant(),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    RequestJson.JSON.readTree(rs.getString(5))))
        .list();
  }

  List<RequestView.Event> events(UUID id) {
    return jdbc.sql(
            "SELECT event, due_at, recorded_at, notify FROM agency_request_event"
                + " WHERE request_id = ? ORDER BY due_at,"
                + " array_position(ARRAY['reminder', 'overdue', 'escalation'], event)")
        .param(id)
        .query(
            (rs, row) ->
                new RequestView.Event(
                    rs.getString(1),
                    rs.getTimestamp(2).toInstant(),
                    rs.getTimestamp(3).toInstant(),
                    strings(rs.getArray(4))))
        .list();
  }

  /**
   * Open requests with an event due at {@code now} that is not recorded yet; a request received
   * from a partner has none here (its sender's node keeps the clock).
   */
  List<Stored> awaitingEvents(Instant now, int limit) {
    return jdbc.sql(
            "SELECT * FROM agency_request r WHERE origin_node IS NULL AND status IN "
                + OPEN
                + " AND ("
                + missing("remind_at", "reminder")
                + " OR "
                + missing("deadline", "overdue")
                + " OR "
                + missing("escalate_at", "escalation")
                + ") ORDER BY remind_at LIMIT :limit")
        .param("now", Timestamp.from(now))
        .param("limit", limit)
        .query((rs, row) -> stored(rs))
        .list();
  }

  private static String missing(String column, String event) {
    return "("
        + column
        + " <= :now AND NOT EXISTS (SELECT 1 FROM agency_request_event e WHERE e.request_id ="
        + " r.id AND e.event = '"
        + event
        + "'))";
  }

  /** Records an event unless it was recorded before; whether this call recorded it. */
  boolean recordEvent(
      UUID id, DeadlineEvent event, Instant dueAt, Instant recordedAt, List<String> notified) {
    return jdbc.sql(
                "INSERT INTO agency_request_event (request_id, event, due_at, recorded_at,"
                    + " notify) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
            .params(
                id,
                event.code(),
                Timestamp.from(dueAt),
                Timestamp.from(recordedAt),
                notified.toArray(String[]::new))
            .update()
        == 1;
  }

  /** An event whose audit entry is still to be appended. */
  record Unaudited(UUID request, String event, List<String> notified) {}

  List<Unaudited> unaudited(int limit) {
    return jdbc.sql(
            "SELECT request_id, event, notify FROM agency_request_event WHERE NOT audited"
                + " ORDER BY recorded_at LIMIT ?")
        .param(limit)
        .query(
            (rs, row) ->
                new Unaudited(
                    rs.getObject(1, UUID.class), rs.getString(2), strings(rs.getArray(3))))
        .list();
  }

  void markAudited(UUID request, String event) {
    jdbc.sql("UPDATE agency_request_event SET audited = true WHERE request_id = ? AND event = ?")
        .params(request, event)
        .update();
  }

  private static Stored stored(ResultSet rs) throws SQLException {
    return new Stored(
        rs.getObject("id", UUID.class),
        rs.getString("sender"),
        rs.getString("recipient"),
        RequestKind.fromCode(rs.getString("kind")).orElseThrow(),
        Urgency.fromCode(rs.getString("urgency")).orElseThrow(),
        rs.getString("subject"),
        rs.getString("details"),
        rs.getString("legal_basis"),
        RequestJson.JSON.readTree(rs.getString("payload")),
        strings(rs.getArray("targets")),
        new Timeline(
            rs.getTimestamp("sent_at").toInstant(),
            rs.getTimestamp("remind_at").toInstant(),
            rs.getTimestamp("deadline").toInstant(),
            rs.getTimestamp("escalate_at").toInstant()),
        RequestStatus.fromCode(rs.getString("status")).orElseThrow(),
        rs.getTimestamp("updated").toInstant(),
        rs.getString("recipient_node"),
        rs.getString("origin_node"),
        rs.getString("received_from"),
        rs.getInt("response_version"));
  }

  private static List<String> strings(Array array) throws SQLException {
    return List.of((String[]) array.getArray());
  }
}
