package org.mekong.server.casework;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.casework.Consent;
import org.mekong.core.casework.IdentityDocument;
import org.mekong.core.casework.Nationality;
import org.mekong.core.casework.Person;
import org.mekong.core.casework.PersonId;
import org.mekong.core.casework.PersonName;
import org.mekong.core.names.BlockingKeys;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Stores persons ({@code casework_person}) and their consent records. */
@Repository
class PersonStore {

  static final JsonMapper JSON = JsonMapper.builder().build();

  private static final String INSERT =
      "INSERT INTO casework_person (id, created_by, created_at, record, name_keys,"
          + " document_keys, nationalities, sex, birth_date, source_import, source_line)"
          + " VALUES (?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?)";

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final PeopleIndex index;

  PersonStore(JdbcClient jdbc, JdbcTemplate template, PeopleIndex index) {
    this.jdbc = jdbc;
    this.template = template;
    this.index = index;
  }

  /** A person to write: the record, its names' blocking keys and where it came from. */
  record Written(Person person, Set<String> keys, @Nullable Source source) {}

  /** Where an imported person came from: the import and the line of the list. */
  record Source(UUID importId, long line) {}

  void insert(Person person, AgencyId createdBy, Instant at, @Nullable Source source) {
    insert(person, createdBy, at, source, nameKeys(person.names()));
  }

  /** Writes a person whose names' blocking keys are {@code keys}, and indexes them. */
  void insert(
      Person person, AgencyId createdBy, Instant at, @Nullable Source source, Set<String> keys) {
    insertAll(List.of(new Written(person, keys, source)), createdBy, at);
    indexed(person, createdBy, keys);
  }

  /**
   * Writes persons in one batch; the caller has {@link #indexed} each (an import does so row by
   * row, as it matches the next rows against them).
   */
  void insertAll(List<Written> persons, AgencyId createdBy, Instant at) {
    List<Object[]> rows = new ArrayList<>(persons.size());
    for (Written w : persons) {
      Person person = w.person();
      rows.add(
          new Object[] {
            person.id().value(),
            createdBy.value(),
            Timestamp.from(at),
            JSON.writeValueAsString(PersonJson.of(person)),
            w.keys().toArray(String[]::new),
            documentKeys(person.documents()).toArray(String[]::new),
            person.nationalities().stream().map(Nationality::code).toArray(String[]::new),
            org.mekong.core.casework.Codes.of(person.sex()),
            person.birthDate() == null ? null : person.birthDate().toString(),
            w.source() == null ? null : w.source().importId(),
            w.source() == null ? null : w.source().line()
          });
    }
    template.batchUpdate(
        INSERT,
        new BatchPreparedStatementSetter() {
          @Override
          public void setValues(PreparedStatement statement, int i) throws SQLException {
            Object[] row = rows.get(i);
            Connection connection = statement.getConnection();
            for (int c = 0; c < row.length; c++) {
              Object value = row[c];
              if (value instanceof String[] array) {
                statement.setArray(c + 1, connection.createArrayOf("text", array));
              } else if (value == null) {
                statement.setNull(
                    c + 1, c == 9 ? Types.OTHER : c == 10 ? Types.BIGINT : Types.VARCHAR);
              } else {
                statement.setObject(c + 1, value);
              }
            }
          }

          @Override
          public int getBatchSize() {
            return rows.size();
          }
        });
  }

  /** Replaces a stored person's record (a partner's newer version), and indexes it anew. */
  void replace(Person person, AgencyId createdBy) {
    jdbc.sql(
            "UPDATE casework_person SET record = ?::jsonb, name_keys = ?, document_keys = ?,"
                + " nationalities = ?, sex = ?, birth_date = ? WHERE id = ?")
        .params(
            java.util.Arrays.asList(
                JSON.writeValueAsString(PersonJson.of(person)),
                nameKeys(person.names()).toArray(String[]::new),
                documentKeys(person.documents()).toArray(String[]::new),
                person.nationalities().stream().map(Nationality::code).toArray(String[]::new),
                org.mekong.core.casework.Codes.of(person.sex()),
                person.birthDate() == null ? null : person.birthDate().toString(),
                person.id().value()))
        .update();
    index.replaced(person.id());
    indexed(person, createdBy, nameKeys(person.names()));
  }

  /** Indexes a person about to be written (before it is), so later rows of a list meet it. */
  void indexed(Person person, AgencyId createdBy, Set<String> keys) {
    index.added(
        person.id(), person.names(), person.birthDate(), person.documents(), createdBy, keys);
  }

  /** Which of {@code ids} are stored, and by whom each was created. */
  Map<PersonId, AgencyId> creators(Collection<PersonId> ids) {
    Map<PersonId, AgencyId> out = new HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    jdbc.sql("SELECT id, created_by FROM casework_person WHERE id = ANY(?)")
        .param(ids.stream().map(PersonId::value).toArray(UUID[]::new))
        .query(
            (rs, n) ->
                out.put(new PersonId(rs.getObject(1, UUID.class)), new AgencyId(rs.getString(2))))
        .list();
    return out;
  }

  /** The stored persons among {@code ids}, in one query. */
  Map<PersonId, StoredPerson> findAll(Collection<PersonId> ids) {
    Map<PersonId, StoredPerson> out = new HashMap<>();
    if (!ids.isEmpty()) {
      jdbc.sql("SELECT id, created_by, created_at, record FROM casework_person WHERE id = ANY(?)")
          .param(ids.stream().map(PersonId::value).toArray(UUID[]::new))
          .query(PersonStore::stored)
          .list()
          .forEach(p -> out.put(p.id(), p));
    }
    return out;
  }

  Optional<StoredPerson> find(PersonId id) {
    return jdbc.sql("SELECT id, created_by, created_at, record FROM casework_person WHERE id = ?")
        .param(id.value())
        .query(PersonStore::stored)
        .optional();
  }

  /** The in-memory index of the people stored here. */
  PeopleIndex index() {
    return index;
  }

  @SuppressWarnings("NullAway") // only an override has a legal basis: SQL NULL otherwise
  void consent(PersonId person, Consent consent) {
    String kind =
        switch (consent) {
          case Consent.Given given -> "given";
          case Consent.Refused refused -> "refused";
          case Consent.Override override -> "override";
        };
    jdbc.sql(
            "INSERT INTO casework_consent (person_id, kind, recorded_by, recorded_by_person, at,"
                + " legal_basis) VALUES (?, ?, ?, ?, ?, ?)")
        .params(
            person.value(),
            kind,
            consent.recordedBy().value(),
            consent.recordedByPerson(),
            Timestamp.from(consent.at()),
            consent instanceof Consent.Override o ? o.legalBasis() : null)
        .update();
    if (consent.permitsDisclosure()) {
      index.consented(person);
    }
  }

  /** The consent record in force, if any was recorded. */
  Optional<Consent> consent(PersonId person) {
    return jdbc.sql(
            "SELECT kind, recorded_by, recorded_by_person, at, legal_basis FROM casework_consent"
                + " WHERE person_id = ? ORDER BY seq DESC LIMIT 1")
        .param(person.value())
        .query(
            (rs, row) -> {
              AgencyId by = new AgencyId(rs.getString(2));
              String who = rs.getString(3);
              Instant at = rs.getTimestamp(4).toInstant();
              return switch (rs.getString(1)) {
                case "given" -> (Consent) new Consent.Given(by, who, at);
                case "override" -> new Consent.Override(by, who, at, rs.getString(5));
                default -> new Consent.Refused(by, who, at);
              };
            })
        .optional();
  }

  /** The agencies the person was handed over to, or is listed to be on a manifest. */
  Set<AgencyId> receivers(PersonId person) {
    List<String> ids =
        jdbc.sql(
                "SELECT e.receiver FROM casework_event e JOIN casework_case c ON c.id = e.case_id"
                    + " WHERE c.person_id = ? AND e.receiver IS NOT NULL"
                    + " UNION SELECT m.receiving FROM casework_manifest m"
                    + " JOIN casework_manifest_entry x ON x.manifest_id = m.id"
                    + " WHERE x.person_id = ? AND x.status <> 'refused'")
            .params(person.value(), person.value())
            .query(String.class)
            .list();
    Set<AgencyId> receivers = new TreeSet<>(java.util.Comparator.comparing(AgencyId::value));
    ids.forEach(id -> receivers.add(new AgencyId(id)));
    return receivers;
  }

  static Set<String> nameKeys(List<PersonName> names) {
    Set<String> keys = new TreeSet<>();
    names.forEach(name -> keys.addAll(BlockingKeys.of(name.analysed())));
    return keys;
  }

  static Set<String> documentKeys(List<IdentityDocument> documents) {
    Set<String> keys = new TreeSet<>();
    documents.forEach(d -> keys.add(d.issuingState().code() + ":" + d.number()));
    return keys;
  }

  private static StoredPerson stored(ResultSet rs, int row) throws SQLException {
    return new StoredPerson(
        new PersonId(rs.getObject(1, UUID.class)),
        new AgencyId(rs.getString(2)),
        rs.getTimestamp(3).toInstant(),
        JSON.readValue(rs.getString(4), PersonJson.class));
  }

  static List<String> ids(List<StoredPerson> persons) {
    List<String> ids = new ArrayList<>();
    persons.forEach(p -> ids.add(p.id().toString()));
    return ids;
  }
}
