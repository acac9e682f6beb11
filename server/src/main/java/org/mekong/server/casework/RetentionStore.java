package org.mekong.server.casework;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mekong.server.config.RetentionSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds the persons whose retention period is over and deletes their personal data: the person,
 * consent records, determinations, cases and their events, manifest entries and list-import match
 * proposals. Manifests themselves (transport, date, agencies) and sites are not personal and stay.
 */
@Repository
class RetentionStore {

  /** A purge done: the person, the counts and ids of what was deleted, for the audit log. */
  record Purge(UUID person, String outcome) {}

  private final JdbcClient jdbc;
  private final PeopleIndex index;

  RetentionStore(JdbcClient jdbc, PeopleIndex index) {
    this.jdbc = jdbc;
    this.index = index;
  }

  /**
   * The condition, on {@code p}, that a person is expired at {@code now}; {@code params} receives
   * its parameters in order. Never expired: a person with a case that is not closed or on a
   * manifest entry still pending or accepted. Otherwise the period of the person's kind counts:
   * from the last closing of a case, else from the import that added them, else from their
   * recording. A kind without a period never expires.
   */
  private static String expired(RetentionSettings settings, Instant now, List<Object> params) {
    StringBuilder sql =
        new StringBuilder(
            """
            NOT EXISTS (SELECT 1 FROM casework_manifest_entry e
                        WHERE e.person_id = p.id AND e.status IN ('pending', 'accepted'))
            AND NOT EXISTS (SELECT 1 FROM casework_case c
                            WHERE c.person_id = p.id AND c.state <> 'closed')
            AND CASE WHEN EXISTS (SELECT 1 FROM casework_case c WHERE c.person_id = p.id) THEN
            """);
    sql.append(
        cutoff(
            settings.casesClosedPeriod(),
            now,
            params,
            """
            (SELECT max((ev.record->>'at')::timestamptz) FROM casework_event ev
             JOIN casework_case c ON c.id = ev.case_id
             WHERE c.person_id = p.id AND ev.kind = 'closed')"""));
    sql.append(" WHEN p.source_import IS NOT NULL THEN ");
    sql.append(cutoff(settings.importsPeriod(), now, params, "p.created_at"));
    sql.append(" ELSE ");
    sql.append(cutoff(settings.personsPeriod(), now, params, "p.created_at"));
    sql.append(" END");
    return sql.toString();
  }

  private static String cutoff(
      Optional<Period> period, Instant now, List<Object> params, String since) {
    if (period.isEmpty()) {
      return "false";
    }
    params.add(Timestamp.from(now.atOffset(ZoneOffset.UTC).minus(period.get()).toInstant()));
    return since + " < ?";
  }

  /** Up to {@code limit} expired persons, by id. */
  List<UUID> expired(RetentionSettings settings, Instant now, int limit) {
    List<Object> params = new ArrayList<>();
    String condition = expired(settings, now, params);
    params.add(limit);
    return jdbc.sql(
            "SELECT p.id FROM casework_person p WHERE " + condition + " ORDER BY p.id LIMIT ?")
        .params(params)
        .query(UUID.class)
        .list();
  }

  /**
   * Deletes the person's personal data if the person is still expired, in the caller's transaction,
   * and records the purge; empty when the person is no longer expired or gone.
   */
  Optional<Purge> purge(UUID person, RetentionSettings settings, Instant now) {
    List<Object> params = new ArrayList<>();
    params.add(person);
    String condition = expired(settings, now, params);
    boolean stillExpired =
        jdbc.sql(
                "SELECT p.id FROM casework_person p WHERE p.id = ? AND "
                    + condition
                    + " FOR UPDATE")
            .params(params)
            .query(UUID.class)
            .optional()
            .isPresent();
    if (!stillExpired) {
      return Optional.empty();
    }
    String outcome = erase(person);
    jdbc.sql(
            "INSERT INTO casework_purge (person_id, purged_at, outcome) VALUES (?, ?, ?)"
                + " ON CONFLICT (person_id) DO NOTHING")
        .params(person, Timestamp.from(now), outcome)
        .update();
    return Optional.of(new Purge(person, outcome));
  }

  /**
   * Deletes everything held of the person in the caller's transaction (a purge, or a partner's
   * withdrawal of a person it sent) and says what it deleted; the index forgets them on commit.
   */
  String erase(UUID person) {
    List<UUID> cases = ids("SELECT id FROM casework_case WHERE person_id = ? ORDER BY id", person);
    List<UUID> manifests =
        ids(
            "SELECT DISTINCT manifest_id FROM casework_manifest_entry WHERE person_id = ?"
                + " ORDER BY manifest_id",
            person);
    int matches =
        delete("DELETE FROM casework_match WHERE person_id = ? OR candidate = ?", person, person);
    int entries = delete("DELETE FROM casework_manifest_entry WHERE person_id = ?", person);
    int events =
        delete(
            "DELETE FROM casework_event WHERE case_id IN"
                + " (SELECT id FROM casework_case WHERE person_id = ?)",
            person);
    delete("DELETE FROM casework_case WHERE person_id = ?", person);
    int determinations = delete("DELETE FROM casework_determination WHERE person_id = ?", person);
    int consents = delete("DELETE FROM casework_consent WHERE person_id = ?", person);
    delete("DELETE FROM casework_received WHERE record_id = ?", person);
    delete("DELETE FROM casework_person WHERE id = ?", person);
    index.purged(new org.mekong.core.casework.PersonId(person));
    return "deleted the person, %d cases, %d events, %d determinations, %d consent records, %d manifest entries, %d match proposals; cases %s; manifests %s"
        .formatted(
            cases.size(), events, determinations, consents, entries, matches, cases, manifests);
  }

  /** Purges whose audit entry is not appended yet, e.g. because the node stopped after a commit. */
  List<Purge> unaudited(int limit) {
    return jdbc.sql(
            "SELECT person_id, outcome FROM casework_purge WHERE NOT audited"
                + " ORDER BY purged_at, person_id LIMIT ?")
        .param(limit)
        .query((rs, row) -> new Purge(rs.getObject(1, UUID.class), rs.getString(2)))
        .list();
  }

  void markAudited(UUID person) {
    jdbc.sql("UPDATE casework_purge SET audited = true WHERE person_id = ?").param(person).update();
  }

  private List<UUID> ids(String sql, UUID person) {
    return jdbc.sql(sql).param(person).query(UUID.class).list();
  }

  private int delete(String sql, Object... params) {
    return jdbc.sql(sql).params(params).update();
  }
}
