package org.mekong.server.legal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.category.Category;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Stores legal records in {@code legal_record}: one row per record, its body as JSON. */
@Repository
class LegalStore {

  static final JsonMapper JSON = JsonMapper.builder().build();

  private static final String COLUMNS =
      "id, kind, originator, created, modified, marking, categories, body";

  private final JdbcClient jdbc;

  LegalStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(StoredRecord record) {
    jdbc.sql(
            "INSERT INTO legal_record ("
                + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?::jsonb)")
        .params(
            record.id(),
            record.kind().code(),
            record.originator().value(),
            Timestamp.from(record.created()),
            Timestamp.from(record.modified()),
            JSON.writeValueAsString(LegalOutput.marking(record.marking())),
            record.categories().stream().map(Category::code).toArray(String[]::new),
            JSON.writeValueAsString(record.body()))
        .update();
  }

  /** Replaces the body of a record (a ban's new status, a notice's review). */
  void update(StoredRecord record) {
    jdbc.sql("UPDATE legal_record SET body = ?::jsonb, modified = ? WHERE id = ?")
        .params(
            JSON.writeValueAsString(record.body()), Timestamp.from(record.modified()), record.id())
        .update();
  }

  Optional<StoredRecord> find(UUID id, boolean forUpdate) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM legal_record WHERE id = ?"
                + (forUpdate ? " FOR UPDATE" : ""))
        .param(id)
        .query((rs, row) -> read(rs))
        .optional();
  }

  /** Records of a kind, newest first. */
  List<StoredRecord> list(LegalKind kind) {
    return jdbc.sql(
            "SELECT " + COLUMNS + " FROM legal_record WHERE kind = ? ORDER BY created DESC, id")
        .param(kind.code())
        .query((rs, row) -> read(rs))
        .list();
  }

  /** Records that link the indicator {@code indicatorId}, newest first. */
  List<StoredRecord> linking(String indicatorId) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM legal_record WHERE body->'links'->'indicators' @> jsonb_build_array(?::text)"
                + " ORDER BY created DESC, id")
        .param(indicatorId)
        .query((rs, row) -> read(rs))
        .list();
  }

  /** Every record that may name a traveller: bans, notices and legal actions. */
  List<StoredRecord> screenable() {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM legal_record WHERE kind IN ('entry-ban', 'notice', 'legal-action')")
        .query((rs, row) -> read(rs))
        .list();
  }

  private static StoredRecord read(ResultSet rs) throws SQLException {
    return new StoredRecord(
        rs.getObject("id", UUID.class),
        LegalKind.fromCode(rs.getString("kind")).orElseThrow(),
        new AgencyId(rs.getString("originator")),
        rs.getTimestamp("created").toInstant(),
        rs.getTimestamp("modified").toInstant(),
        MarkingInput.marking(JSON.readValue(rs.getString("marking"), LegalJson.MarkingJson.class)),
        MarkingInput.categories(List.of((String[]) rs.getArray("categories").getArray())),
        JSON.readTree(rs.getString("body")));
  }
}
