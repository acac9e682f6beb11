package org.mekong.server.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.mekong.core.agency.Agency;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.border.check.ListedProfile;
import org.mekong.core.border.check.PersonMatch;
import org.mekong.core.border.check.Traveller;
import org.mekong.core.border.check.TravellerMatcher;
import org.mekong.core.casework.DisclosurePath;
import org.mekong.core.casework.IdentityDocument;
import org.mekong.core.casework.Nationality;
import org.mekong.core.casework.Person;
import org.mekong.core.casework.PersonField;
import org.mekong.core.casework.PersonId;
import org.mekong.core.casework.PersonName;
import org.mekong.core.input.InvalidInputException;
import org.mekong.core.legal.TravelDocument;
import org.mekong.core.names.BlockingKeys;
import org.mekong.core.names.Schema;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The persons of open cases (not closed) a traveller may be, for a border check: found by the
 * blocking keys of their names and by their documents, decided by the traveller matcher, each with
 * whether the officer's agency may see the case and the person's particulars under the disclosure
 * table (else the officer is only told which agency to refer to).
 */
@Service
public class OpenCaseMatches {

  /** The most persons compared for one traveller. */
  static final int CANDIDATES = 200;

  /** What an officer must be allowed to see of a person to be told more than a referral. */
  static final Set<PersonField> PARTICULARS =
      EnumSet.of(
          PersonField.NAMES,
          PersonField.BIRTH_DATE,
          PersonField.NATIONALITIES,
          PersonField.DOCUMENTS);

  /**
   * A person of an open case the traveller matches: the case, its state and the agency that opened
   * it, how and why the traveller matches, and whether the officer may see the case and the
   * person's particulars ({@code disclosed}); when not, only {@code caseAgency} may be shown.
   */
  public record Hit(
      UUID caseId,
      String caseState,
      AgencyId caseAgency,
      UUID personId,
      PersonMatch match,
      boolean disclosed) {}

  private final JdbcClient jdbc;
  private final PersonDisclosures disclosures;

  OpenCaseMatches(JdbcClient jdbc, PersonDisclosures disclosures) {
    this.jdbc = jdbc;
    this.disclosures = disclosures;
  }

  /**
   * The persons of open cases {@code traveller} matches, each with what {@code officer} may see.
   */
  public List<Hit> matches(Agency officer, Traveller traveller) {
    record Row(StoredPerson person, UUID caseId, String state, AgencyId openedBy) {}
    Set<String> nameKeys = new TreeSet<>(BlockingKeys.of(Schema.PERSON, traveller.fullName()));
    Set<String> documentKeys = new TreeSet<>();
    TravelDocument held = traveller.document();
    if (held != null) {
      documentKeys.add(held.issuingState() + ":" + held.number());
    }
    Map<UUID, Row> rows = new LinkedHashMap<>();
    jdbc.sql(
            "SELECT p.id, p.created_by, p.created_at, p.record, c.id AS case_id, c.state,"
                + " c.opened_by FROM casework_person p JOIN casework_case c ON c.person_id = p.id"
                + " WHERE c.state <> 'closed'"
                + " AND (p.name_keys && ?::text[] OR p.document_keys && ?::text[])"
                + " ORDER BY c.opened_at DESC LIMIT ?")
        .params(nameKeys.toArray(String[]::new), documentKeys.toArray(String[]::new), CANDIDATES)
        .query(
            (ResultSet rs, int n) ->
                new Row(
                    stored(rs),
                    rs.getObject("case_id", UUID.class),
                    rs.getString("state"),
                    new AgencyId(rs.getString("opened_by"))))
        .list()
        .forEach(row -> rows.putIfAbsent(row.person().id().value(), row));
    List<Hit> hits = new ArrayList<>();
    for (Row row : rows.values()) {
      TravellerMatcher.match(traveller, profile(row.person().person()))
          .ifPresent(
              match ->
                  hits.add(
                      new Hit(
                          row.caseId(),
                          row.state(),
                          row.openedBy(),
                          row.person().id().value(),
                          match,
                          disclosed(officer, row.person()))));
    }
    return hits;
  }

  /** Whether the officer may see the case and the person's particulars: the disclosure table. */
  private boolean disclosed(Agency officer, StoredPerson person) {
    return disclosures.of(officer, person, DisclosurePath.CASE_READ).sees(PersonField.CASES)
        && disclosures
            .of(officer, person, DisclosurePath.PERSON_READ)
            .fields()
            .containsAll(PARTICULARS);
  }

  private static ListedProfile profile(Person person) {
    List<TravelDocument> documents = new ArrayList<>();
    for (IdentityDocument document : person.documents()) {
      try {
        documents.add(new TravelDocument(document.issuingState().code(), document.number()));
      } catch (InvalidInputException e) {
        // a number longer than a machine-readable zone holds: no traveller presents it
      }
    }
    return new ListedProfile(
        person.names().stream().map(PersonName::value).toList(),
        person.birthDate() == null ? List.of() : List.of(person.birthDate()),
        person.nationalities().stream().map(Nationality::code).toList(),
        documents);
  }

  private static StoredPerson stored(ResultSet rs) throws SQLException {
    return new StoredPerson(
        new PersonId(rs.getObject("id", UUID.class)),
        new AgencyId(rs.getString("created_by")),
        rs.getTimestamp("created_at").toInstant(),
        PersonStore.JSON.readValue(rs.getString("record"), PersonJson.class));
  }
}
