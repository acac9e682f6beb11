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
      "id, kind, originator, created, modified, marking, categories, body, version, origin_node,"
          + " received_from, received_by";

  private final JdbcClient jdbc;

  LegalStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts a record; its version is written apart ({@link LegalVersions#insert}). */
  void insert(StoredRecord record) {
    StoredRecord.Provenance provenance = record.provenance();
    jdbc.sql(
            "INSERT INTO legal_record ("
                + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?::jsonb, ?, ?, ?, ?)")
        .params(
            java.util.Arrays.asList(
                record.id(),
                record.kind().code(),
                record.originator().value(),
                Timestamp.from(record.created()),
                Timestamp.from(record.modified()),
                JSON.writeValueAsString(LegalOutput.marking(record.marking())),
                codes(record),
                JSON.writeValueAsString(record.body()),
                record.version(),
                provenance == null ? null : provenance.node(),
                provenance == null ? null : provenance.receivedFrom(),
                agencies(record.receivedBy())))
        .update();
  }

  /**
   * Replaces the record's current version (a ban's new status, a notice's review, a partner's newer
   * version), its provenance and the agencies that received it.
   */
  void update(StoredRecord record) {
    StoredRecord.Provenance provenance = record.provenance();
    jdbc.sql(
            "UPDATE legal_record SET body = ?::jsonb, modified = ?, version = ?, marking = ?::jsonb,"
                + " categories = ?, origin_node = ?, received_from = ?, received_by = ?"
                + " WHERE id = ?")
        .params(
            java.util.Arrays.asList(
                JSON.writeValueAsString(record.body()),
                Timestamp.from(record.modified()),
                record.version(),
                JSON.writeValueAsString(LegalOutput.marking(record.marking())),
                codes(record),
                provenance == null ? null : provenance.node(),
                provenance == null ? null : provenance.receivedFrom(),
                agencies(record.receivedBy()),
                record.id()))
        .update();
  }

  static String[] codes(StoredRecord record) {
    return record.categories().stream().map(Category::code).sorted().toArray(String[]::new);
  }

  static String[] agencies(java.util.Set<AgencyId> agencies) {
    return agencies.stream().map(AgencyId::value).sorted().toArray(String[]::new);
  }

  Optional<StoredRecord> find(UUID id, boolean forUpdate) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM legal_record WHERE id = ?"
                + (forUpdate ? " FOR UPDATE" : ""))
        .param(id)
        .query((rs, row) -> read(rs, ""))
        .optional();
  }

  /** Records of a kind, newest first. */
  List<StoredRecord> list(LegalKind kind) {
    return jdbc.sql(
            "SELECT " + COLUMNS + " FROM legal_record WHERE kind = ? ORDER BY created DESC, id")
        .param(kind.code())
        .query((rs, row) -> read(rs, ""))
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
        .query((rs, row) -> read(rs, ""))
        .list();
  }

  /** Every record that may name a traveller: bans, notices and legal actions. */
  List<StoredRecord> screenable() {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM legal_record WHERE kind IN ('entry-ban', 'notice', 'legal-action')")
        .query((rs, row) -> read(rs, ""))
        .list();
  }

  /** The record in the columns named {@code prefix} + the column's name. */
  static StoredRecord read(ResultSet rs, String p) throws SQLException {
    String node = rs.getString(p + "origin_node");
    String from = rs.getString(p + "received_from");
    java.util.Set<AgencyId> receivedBy = new java.util.LinkedHashSet<>();
    for (String agency : (String[]) rs.getArray(p + "received_by").getArray()) {
      receivedBy.add(new AgencyId(agency));
    }
    return new StoredRecord(
        rs.getObject(p + "id", UUID.class),
        LegalKind.fromCode(rs.getString(p + "kind")).orElseThrow(),
        new AgencyId(rs.getString(p + "originator")),
        rs.getTimestamp(p + "created").toInstant(),
        rs.getTimestamp(p + "modified").toInstant(),
        rs.getInt(p + "version"),
        MarkingInput.marking(
            JSON.readValue(rs.getString(p + "marking"), LegalJson.MarkingJson.class)),
        MarkingInput.categories(List.of((String[]) rs.getArray(p + "categories").getArray())),
        JSON.readTree(rs.getString(p + "body")),
        node == null || from == null ? null : new StoredRecord.Provenance(node, from),
        receivedBy);
  }
}
