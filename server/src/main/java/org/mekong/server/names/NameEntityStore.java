package org.mekong.server.names;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.marking.Tlp;
import org.mekong.core.names.Schema;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the entities of name lists in {@code name_entity}. */
@Repository
class NameEntityStore {

  private static final String COLUMNS =
      "number, list, id, schema, names, birth_dates, nationalities, datasets, originator, tlp,"
          + " recipients, ARRAY(SELECT jsonb_array_elements_text(COALESCE(properties -> 'programId',"
          + " '[]'::jsonb) || COALESCE(properties -> 'program', '[]'::jsonb))) AS programmes";

  private final JdbcClient jdbc;

  NameEntityStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts or replaces an entity of {@code list}; returns it as stored, with its number. */
  NameEntity upsert(
      String list, FtmLine.Entity entity, AgencyId originator, Tlp tlp, Set<AgencyId> recipients) {
    return jdbc.sql(
            "INSERT INTO name_entity (list, id, schema, names, birth_dates, nationalities,"
                + " datasets, properties, originator, tlp, recipients)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)"
                + " ON CONFLICT (list, id) DO UPDATE SET schema = excluded.schema,"
                + " names = excluded.names, birth_dates = excluded.birth_dates,"
                + " nationalities = excluded.nationalities, datasets = excluded.datasets,"
                + " properties = excluded.properties, originator = excluded.originator,"
                + " tlp = excluded.tlp, recipients = excluded.recipients, updated_at = now()"
                + " RETURNING "
                + COLUMNS)
        .params(
            list,
            entity.id(),
            entity.schema().label(),
            entity.names().toArray(String[]::new),
            entity.birthDates().toArray(String[]::new),
            entity.nationalities().toArray(String[]::new),
            entity.datasets().toArray(String[]::new),
            entity.properties(),
            originator.value(),
            tlp.code(),
            recipients.stream().map(AgencyId::value).sorted().toArray(String[]::new))
        .query((rs, row) -> entity(rs))
        .single();
  }

  /** Every stored entity, streamed. */
  void forEach(Consumer<NameEntity> sink) {
    jdbc.sql("SELECT " + COLUMNS + " FROM name_entity ORDER BY number")
        .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> sink.accept(entity(rs)));
  }

  private static NameEntity entity(ResultSet rs) throws SQLException {
    Set<AgencyId> recipients = new HashSet<>();
    for (String id : strings(rs.getArray("recipients"))) {
      recipients.add(new AgencyId(id));
    }
    String tlp = rs.getString("tlp");
    return new NameEntity(
        rs.getInt("number"),
        rs.getString("list"),
        rs.getString("id"),
        Schema.of(rs.getString("schema")).orElseThrow(),
        strings(rs.getArray("names")),
        strings(rs.getArray("birth_dates")),
        strings(rs.getArray("nationalities")),
        strings(rs.getArray("datasets")),
        strings(rs.getArray("programmes")),
        NameEntity.shared(
            new AgencyId(rs.getString("originator")),
            Tlp.fromCode(tlp).orElseThrow(() -> new IllegalStateException("stored TLP " + tlp)),
            recipients));
  }

  private static List<String> strings(Array array) throws SQLException {
    Object[] values = (Object[]) array.getArray();
    return new ArrayList<>(Arrays.stream(values).map(String::valueOf).toList());
  }
}
