package org.mekong.server.casework;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.casework.Codes;
import org.mekong.core.casework.EntryStatus;
import org.mekong.core.casework.PersonId;
import org.mekong.core.casework.TransportMode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores manifests ({@code casework_manifest}) and their entries, one per person. */
@Repository
class ManifestStore {

  /** A manifest's header. */
  record Header(
      UUID id,
      AgencyId sending,
      AgencyId receiving,
      TransportMode mode,
      @Nullable String reference,
      LocalDate date,
      @Nullable String place,
      Instant createdAt) {}

  /** One person of a manifest. */
  record Entry(
      PersonId person,
      EntryStatus status,
      @Nullable String reason,
      Instant updatedAt,
      String updatedBy) {}

  private final JdbcClient jdbc;

  ManifestStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @SuppressWarnings("NullAway") // a reference or a place may be absent: SQL NULL
  void insert(Header header, List<PersonId> persons, String actingPerson) {
    jdbc.sql(
            "INSERT INTO casework_manifest (id, sending, receiving, transport_mode,"
                + " transport_reference, travel_date, place, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            header.id(),
            header.sending().value(),
            header.receiving().value(),
            Codes.of(header.mode()),
            header.reference(),
            header.date(),
            header.place(),
            Timestamp.from(header.createdAt()))
        .update();
    for (int i = 0; i < persons.size(); i++) {
      jdbc.sql(
              "INSERT INTO casework_manifest_entry (manifest_id, person_id, position, status,"
                  + " updated_at, updated_by) VALUES (?, ?, ?, 'pending', ?, ?)")
          .params(
              header.id(),
              persons.get(i).value(),
              i,
              Timestamp.from(header.createdAt()),
              actingPerson)
          .update();
    }
  }

  /** Writes a manifest received from a partner, its entries as the partner sent them. */
  @SuppressWarnings("NullAway") // a reference, a place or a reason may be absent: SQL NULL
  void insertAll(Header header, List<Entry> entries) {
    jdbc.sql(
            "INSERT INTO casework_manifest (id, sending, receiving, transport_mode,"
                + " transport_reference, travel_date, place, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            header.id(),
            header.sending().value(),
            header.receiving().value(),
            Codes.of(header.mode()),
            header.reference(),
            header.date(),
            header.place(),
            Timestamp.from(header.createdAt()))
        .update();
    for (int i = 0; i < entries.size(); i++) {
      Entry entry = entries.get(i);
      jdbc.sql(
              "INSERT INTO casework_manifest_entry (manifest_id, person_id, position, status,"
                  + " reason, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)")
          .params(
              header.id(),
              entry.person().value(),
              i,
              Codes.of(entry.status()),
              entry.reason(),
              Timestamp.from(entry.updatedAt()),
              entry.updatedBy())
          .update();
    }
  }

  Optional<Header> header(UUID id, boolean forUpdate) {
    return jdbc.sql(
            "SELECT id, sending, receiving, transport_mode, transport_reference, travel_date, place,"
                + " created_at FROM casework_manifest WHERE id = ?"
                + (forUpdate ? " FOR UPDATE" : ""))
        .param(id)
        .query(
            (rs, row) ->
                new Header(
                    rs.getObject(1, UUID.class),
                    new AgencyId(rs.getString(2)),
                    new AgencyId(rs.getString(3)),
                    Codes.parse(TransportMode.class, "mode", rs.getString(4)),
                    rs.getString(5),
                    rs.getObject(6, LocalDate.class),
                    rs.getString(7),
                    rs.getTimestamp(8).toInstant()))
        .optional();
  }

  List<Entry> entries(UUID id) {
    return jdbc.sql(
            "SELECT person_id, status, reason, updated_at, updated_by FROM casework_manifest_entry"
                + " WHERE manifest_id = ? ORDER BY position")
        .param(id)
        .query(
            (rs, row) ->
                new Entry(
                    new PersonId(rs.getObject(1, UUID.class)),
                    Codes.parse(EntryStatus.class, "status", rs.getString(2)),
                    rs.getString(3),
                    rs.getTimestamp(4).toInstant(),
                    rs.getString(5)))
        .list();
  }

  @SuppressWarnings("NullAway") // only a refusal has a reason: SQL NULL otherwise
  void update(
      UUID id,
      PersonId person,
      EntryStatus status,
      @Nullable String reason,
      Instant at,
      String by) {
    jdbc.sql(
            "UPDATE casework_manifest_entry SET status = ?, reason = ?, updated_at = ?, updated_by = ?"
                + " WHERE manifest_id = ? AND person_id = ?")
        .params(Codes.of(status), reason, Timestamp.from(at), by, id, person.value())
        .update();
  }

  /** Whether the person was already handed over to {@code receiving} on another manifest. */
  boolean handedOverElsewhere(UUID manifest, PersonId person, AgencyId receiving) {
    return jdbc.sql(
                "SELECT count(*) FROM casework_manifest_entry x JOIN casework_manifest m"
                    + " ON m.id = x.manifest_id WHERE x.person_id = ? AND x.status = 'handed-over'"
                    + " AND m.receiving = ? AND m.id <> ?")
            .params(person.value(), receiving.value(), manifest)
            .query(Long.class)
            .single()
        > 0;
  }
}
