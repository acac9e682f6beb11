package org.mekong.server.legal;

import static org.assertj.core.api.Assertions.assertThat;

import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes.SeededNode;
import tools.jackson.databind.JsonNode;

/** Bodies of legal records for the API tests, and helpers to write them. */
public final class LegalFixtures {

  private LegalFixtures() {}

  /** A person's JSON with these names (a JSON array's contents), birth date and document. */
  public static String person(String names, String birthDate, String nationality, String number) {
    return """
        {"names": [%s], "birthDate": "%s", "nationality": "%s", "sex": "M",
         "documents": [{"issuingState": "%s", "number": "%s"}]}"""
        .formatted(names, birthDate, nationality, nationality, number);
  }

  /** An entry ban's request under {@code marking} (a JSON object). */
  public static String ban(String person, String marking, String expiry) {
    return """
        {"marking": %s, "record": {
          "subject": %s,
          "reason": "Worked for a scam compound in Myawaddy; returned through Mae Sot",
          "issuingAuthority": "Immigration Bureau, Royal Thai Police",
          "decisionReference": "IB 77/2569",
          "offenceType": "fraud",
          "start": "2026-01-01",
          "expiry": "%s",
          "actionOnHit": "refuse-entry",
          "proportionality": "Five years, weighed against his role as a recruiter"}}"""
        .formatted(marking, person, expiry);
  }

  /** A notice's request; {@code extra} is inserted into the record (e.g. a legal basis). */
  public static String notice(String colour, String person, String marking, String extra) {
    return """
        {"marking": %s, "record": {
          "colour": "%s",
          "person": %s,
          "title": "Wanted: boss of a scam compound",
          "summary": "Runs a compound at KK Park; arrest and inform the issuing agency",
          "drafter": "Li Wei"%s}}"""
        .formatted(marking, colour, person, extra);
  }

  /** Posts {@code body} to {@code path} as {@code agency} and returns the created record. */
  public static JsonNode create(SeededNode node, String agency, String path, String body) {
    Http.Response response = node.http().post(path, node.keyOf(agency), body);
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json();
  }
}
