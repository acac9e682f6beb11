package org.mekong.server.casework;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.casework.CaseEvent;
import org.mekong.core.casework.CaseFile;
import org.mekong.core.casework.CaseId;
import org.mekong.core.casework.Codes;
import org.mekong.core.casework.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores cases ({@code casework_case}) and their timelines ({@code casework_event}). */
@Repository
class CaseStore {

  private final JdbcClient jdbc;

  CaseStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void open(CaseFile file) {
    CaseEvent first = file.timeline().getFirst();
    jdbc.sql(
            "INSERT INTO casework_case (id, person_id, opened_by, opened_at, state)"
                + " VALUES (?, ?, ?, ?, ?)")
        .params(
            file.id().value(),
            file.person().value(),
            file.openedBy().value(),
            Timestamp.from(first.details().at()),
            Codes.of(file.state()))
        .update();
    insertEvent(file.id(), 0, first);
  }

  /** Appends the last event of {@code after}, the case's next step. */
  void append(CaseFile after) {
    CaseEvent event = after.timeline().getLast();
    insertEvent(after.id(), after.timeline().size() - 1, event);
    jdbc.sql("UPDATE casework_case SET state = ? WHERE id = ?")
        .params(Codes.of(after.state()), after.id().value())
        .update();
  }

  /**
   * Stores a partner's case as its originator last sent it: opened here if new, else its timeline
   * replaced by the one received.
   */
  void replace(CaseFile file) {
    if (jdbc.sql("SELECT 1 FROM casework_case WHERE id = ? FOR UPDATE")
        .param(file.id().value())
        .query(Integer.class)
        .optional()
        .isEmpty()) {
      open(file);
    } else {
      jdbc.sql("DELETE FROM casework_event WHERE case_id = ?").param(file.id().value()).update();
      jdbc.sql("UPDATE casework_case SET state = ? WHERE id = ?")
          .params(Codes.of(file.state()), file.id().value())
          .update();
      insertEvent(file.id(), 0, file.timeline().getFirst());
    }
    for (int seq = 1; seq < file.timeline().size(); seq++) {
      insertEvent(file.id(), seq, file.timeline().get(seq));
    }
  }

  /** Deletes a case and its timeline. */
  void delete(CaseId id) {
    jdbc.sql("DELETE FROM casework_event WHERE case_id = ?").param(id.value()).update();
    jdbc.sql("DELETE FROM casework_case WHERE id = ?").param(id.value()).update();
  }

  /** The ids of the person's cases. */
  List<CaseId> of(PersonId person) {
    return jdbc
        .sql("SELECT id FROM casework_case WHERE person_id = ? ORDER BY id")
        .param(person.value())
        .query(UUID.class)
        .list()
        .stream()
        .map(CaseId::new)
        .toList();
  }

  /** The case, its row locked until the transaction ends when {@code forUpdate}. */
  Optional<CaseFile> find(CaseId id, boolean forUpdate) {
    Optional<UUID> person =
        jdbc.sql(
                "SELECT person_id FROM casework_case WHERE id = ?"
                    + (forUpdate ? " FOR UPDATE" : ""))
            .param(id.value())
            .query(UUID.class)
            .optional();
    if (person.isEmpty()) {
      return Optional.empty();
    }
    List<CaseEvent> events = new ArrayList<>();
    jdbc.sql("SELECT agency, record FROM casework_event WHERE case_id = ? ORDER BY seq")
        .param(id.value())
        .query(
            (rs, row) ->
                PersonStore.JSON
                    .readValue(rs.getString(2), EventJson.class)
                    .toEvent(
                        new AgencyId(rs.getString(1)), org.mekong.core.input.Timestamps.LATEST))
        .list()
        .forEach(events::add);
    return Optional.of(new CaseFile(id, new PersonId(person.get()), events));
  }

  /** The person's latest case that is not closed, if any. */
  Optional<CaseId> openCaseOf(PersonId person) {
    return jdbc.sql(
            "SELECT id FROM casework_case WHERE person_id = ? AND state <> 'closed'"
                + " ORDER BY opened_at DESC LIMIT 1")
        .param(person.value())
        .query(UUID.class)
        .optional()
        .map(CaseId::new);
  }

  @SuppressWarnings("NullAway") // only a handover has a receiver: SQL NULL otherwise
  private void insertEvent(CaseId id, int seq, CaseEvent event) {
    jdbc.sql(
            "INSERT INTO casework_event (case_id, seq, kind, agency, receiver, record)"
                + " VALUES (?, ?, ?, ?, ?, ?::jsonb)")
        .params(
            id.value(),
            seq,
            Codes.of(event.leadsTo()),
            event.details().agency().value(),
            event instanceof CaseEvent.HandedOver h ? h.receivingAgency().value() : null,
            PersonStore.JSON.writeValueAsString(EventJson.of(event)))
        .update();
  }
}
