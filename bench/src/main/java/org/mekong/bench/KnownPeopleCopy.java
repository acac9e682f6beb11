package org.mekong.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.util.List;
import java.util.UUID;
import org.postgresql.PGConnection;
import tools.jackson.databind.json.JsonMapper;

/** Known people written straight into a node's PostgreSQL with {@code COPY} (CSV), as stored. */
final class KnownPeopleCopy {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private KnownPeopleCopy() {}

  /**
   * Writes {@code known} seeded people ({@link CaseworkPeople#known}) as {@code casework_person}
   * rows, created by th-immigration, then analyses the table.
   */
  static void write(Connection connection, long seed, int known) throws Exception {
    var copy = connection.unwrap(PGConnection.class).getCopyAPI();
    StringBuilder chunk = new StringBuilder();
    String sql =
        "COPY casework_person (id, created_by, created_at, record, name_keys, document_keys,"
            + " nationalities, sex, birth_date) FROM STDIN WITH (FORMAT csv)";
    for (int i = 0; i < known; i++) {
      CaseworkPeople.Someone s = CaseworkPeople.known(seed, i);
      StringBuilder record = new StringBuilder("{\"names\": [");
      for (int n = 0; n < s.names().size(); n++) {
        record.append(n == 0 ? "" : ", ").append(JSON.writeValueAsString(s.names().get(n)));
      }
      record.append("]");
      if (s.birthDate() != null) {
        record.append(", \"birthDate\": \"").append(s.birthDate()).append('"');
      }
      record
          .append(", \"sex\": \"")
          .append(s.sex())
          .append("\", \"nationalities\": [\"")
          .append(s.nationality())
          .append("\"], \"documents\": [");
      if (s.passport() != null) {
        record
            .append("{\"type\": \"passport\", \"number\": \"")
            .append(s.passport())
            .append("\", \"issuingState\": \"")
            .append(s.nationality())
            .append("\"}");
      }
      record.append("], \"languages\": [], \"needs\": []}");
      chunk
          .append(new UUID(seed, i))
          .append(",th-immigration,2026-12-01T00:00:00Z,")
          .append(quoted(record.toString()))
          .append(',')
          .append(quoted(array(CaseworkIndexBench.keys(s.names()))))
          .append(',')
          .append(
              quoted(
                  array(
                      s.passport() == null
                          ? List.of()
                          : List.of(s.nationality() + ":" + s.passport()))))
          .append(",{")
          .append(s.nationality())
          .append("},")
          .append(s.sex())
          .append(',')
          .append(s.birthDate() == null ? "" : s.birthDate())
          .append('\n');
      if ((i + 1) % 50_000 == 0 || i == known - 1) {
        copy.copyIn(sql, new StringReader(chunk.toString()));
        chunk.setLength(0);
      }
    }
    try (var statement = connection.createStatement()) {
      statement.execute("ANALYZE casework_person");
    }
  }

  private static String array(java.util.Collection<String> values) {
    StringBuilder out = new StringBuilder("{");
    for (String v : values) {
      out.append(out.length() == 1 ? "" : ",")
          .append('"')
          .append(v.replace("\\", "\\\\").replace("\"", "\\\""))
          .append('"');
    }
    return out.append('}').toString();
  }

  private static String quoted(String text) {
    return '"' + text.replace("\"", "\"\"") + '"';
  }
}
