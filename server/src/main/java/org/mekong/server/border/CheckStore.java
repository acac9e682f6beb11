package org.mekong.server.border;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.mekong.core.agency.AgencyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Stores traveller checks and their decisions in {@code border_check}. */
@Repository
class CheckStore {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final JdbcClient jdbc;

  CheckStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(AgencyId agency, Instant at, CheckJson.Answer answer) {
    jdbc.sql("INSERT INTO border_check (id, agency, at, answer) VALUES (?, ?, ?, ?::jsonb)")
        .params(
            UUID.fromString(answer.id()),
            agency.value(),
            Timestamp.from(at),
            JSON.writeValueAsString(answer))
        .update();
  }

  /** The check if {@code agency} made it; locked when {@code forUpdate}. */
  Optional<CheckJson.Answer> find(AgencyId agency, UUID id, boolean forUpdate) {
    return jdbc.sql(
            "SELECT answer, decision, officer, note, decided_at FROM border_check"
                + " WHERE id = ? AND agency = ?"
                + (forUpdate ? " FOR UPDATE" : ""))
        .params(id, agency.value())
        .query(
            (rs, row) -> {
              CheckJson.Answer answer = JSON.readValue(rs.getString(1), CheckJson.Answer.class);
              String decision = rs.getString(2);
              if (decision == null) {
                return answer;
              }
              return new CheckJson.Answer(
                  answer.id(),
                  answer.checkedAt(),
                  answer.document(),
                  answer.hit(),
                  answer.hits(),
                  new CheckJson.Decision(
                      decision,
                      rs.getString(3),
                      rs.getString(4),
                      rs.getTimestamp(5).toInstant().toString(),
                      agency.value()));
            })
        .optional();
  }

  void decide(UUID id, String decision, String officer, String note, Instant at) {
    jdbc.sql(
            "UPDATE border_check SET decision = ?, officer = ?, note = ?, decided_at = ?"
                + " WHERE id = ? AND decision IS NULL")
        .params(decision, officer, note, Timestamp.from(at), id)
        .update();
  }
}
