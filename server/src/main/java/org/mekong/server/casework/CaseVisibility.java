package org.mekong.server.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mekong.core.agency.Agency;
import org.mekong.core.agency.AgencyKind;
import org.mekong.core.casework.CaseState;
import org.mekong.core.casework.Codes;
import org.mekong.core.casework.DisclosurePath;
import org.mekong.core.casework.DisclosurePolicy;
import org.mekong.core.casework.Nationality;
import org.mekong.core.casework.PersonField;
import org.mekong.core.casework.Recipient;

/**
 * The rule of {@link Cases#mayRead} and of {@link PersonDisclosures#of} as SQL over a case row
 * {@code s} (id, opened_by) and its person {@code p}, with the case's custodian {@code h.custodian}
 * (see {@link #CUSTODIAN}): written from the core's {@link DisclosurePolicy} table for the viewer's
 * kind, so a change to the table changes the query. The viewer's values are named parameters.
 */
final class CaseVisibility {

  /**
   * The agency holding the person after the case's events, as {@code CaseFile.custodian()}: the
   * last event that sets or ends custody decides (a rescue: its agency; a handover: its receiver; a
   * repatriation, follow-up or closing: nobody). Reads the timeline by its primary key.
   */
  static final String CUSTODIAN =
      "SELECT CASE e.kind WHEN '%s' THEN e.agency WHEN '%s' THEN e.receiver END AS custodian"
              .formatted(Codes.of(CaseState.RESCUED), Codes.of(CaseState.HANDED_OVER))
          + " FROM casework_event e WHERE e.case_id = s.id AND e.kind IN ("
          + String.join(
              ", ",
              List.of(
                      CaseState.RESCUED,
                      CaseState.HANDED_OVER,
                      CaseState.REPATRIATED,
                      CaseState.FOLLOW_UP,
                      CaseState.CLOSED)
                  .stream()
                  .map(state -> "'" + Codes.of(state) + "'")
                  .toList())
          + ") ORDER BY e.seq DESC LIMIT 1";

  /** The latest consent record permits disclosure (given or an override). */
  private static final String CONSENT =
      "(SELECT k.kind FROM casework_consent k WHERE k.person_id = p.id"
          + " ORDER BY k.seq DESC LIMIT 1) IN ('given', 'override')";

  /**
   * The viewer received the person in a handover of any case, or on a manifest not refused. The
   * receivers are gathered per person (an array compared afterwards), so the plan always starts
   * from the person: an agency that received thousands of people is not looked up by receiver.
   */
  private static final String RECEIVER =
      "(:viewer = ANY (ARRAY(SELECT re.receiver FROM casework_case r"
          + " JOIN casework_event re ON re.case_id = r.id"
          + " WHERE r.person_id = p.id AND re.receiver IS NOT NULL))"
          + " OR :viewer = ANY (ARRAY(SELECT m.receiving FROM casework_manifest_entry me"
          + " JOIN casework_manifest m ON m.id = me.manifest_id"
          + " WHERE me.person_id = p.id AND me.status <> 'refused')))";

  private final Agency viewer;

  CaseVisibility(Agency viewer, Map<String, Object> params) {
    this.viewer = viewer;
    params.put("viewer", viewer.id().value());
    params.put("consulOf", consulCodes(viewer));
  }

  /**
   * The cases among {@code candidates} (a query of casework_case rows with id, person_id,
   * opened_by, opened_at and state) that the viewer may read and that meet {@code condition},
   * newest first, at most {@code :size}: id, opened_at, opened_by, state, custodian, the person's
   * names as a JSON array where the viewer sees them (else null), person_id.
   */
  String select(String candidates, String condition) {
    return "SELECT x.id, x.opened_at, x.opened_by, x.state, x.custodian, x.names, x.person_id"
        + " FROM (SELECT s.id, s.opened_at, s.opened_by, s.state, s.person_id, h.custodian,"
        + " CASE WHEN "
        + sees(DisclosurePath.PERSON_READ, PersonField.NAMES)
        + " THEN p.record->'names' END AS names, "
        + readsCase()
        + condition
        + " AS visible FROM ("
        + candidates
        + ") s JOIN casework_person p ON p.id = s.person_id LEFT JOIN LATERAL ("
        + CUSTODIAN
        + ") h ON true) x WHERE x.visible ORDER BY x.opened_at DESC, x.id DESC LIMIT :size";
  }

  /**
   * Whether the viewer may read the case: a partner's case only if it reached the viewer; this
   * node's if the viewer opened it, holds the person, or sees its cases.
   */
  String readsCase() {
    return "(CASE WHEN EXISTS (SELECT 1 FROM casework_received cr WHERE cr.record_id = s.id)"
        + " THEN EXISTS (SELECT 1 FROM casework_received cr WHERE cr.record_id = s.id"
        + " AND cr.agency = :viewer) ELSE (s.opened_by = :viewer OR h.custodian = :viewer OR "
        + sees(DisclosurePath.CASE_READ, PersonField.CASES)
        + ") END)";
  }

  /**
   * Whether the viewer sees {@code field} of the person on {@code path}: it created the person, or
   * consent permits and its relation to the person (consul of a nationality, receiver, neither)
   * makes it a recipient whose row of the table shows the field.
   */
  String sees(DisclosurePath path, PersonField field) {
    boolean consular = viewer.kind() == AgencyKind.CONSULAR;
    List<String> relations = new ArrayList<>();
    for (boolean consul : consular ? List.of(false, true) : List.of(false)) {
      boolean asReceiver = grants(consul, true, path, field);
      boolean asOther = grants(consul, false, path, field);
      if (!asReceiver && !asOther) {
        continue;
      }
      String nationality = consular ? (consul ? "" : "NOT ") + consul() : "true";
      String receiver = asReceiver && asOther ? "true" : (asReceiver ? "" : "NOT ") + RECEIVER;
      relations.add("(" + nationality + " AND " + receiver + ")");
    }
    String others = relations.isEmpty() ? "false" : String.join(" OR ", relations);
    return "(p.created_by = :viewer OR (" + CONSENT + " AND (" + others + ")))";
  }

  /**
   * Whether a viewer of this kind, consul of the person's nationality or not, receiver or not, sees
   * the field on the path when consent permits.
   */
  private boolean grants(boolean consul, boolean receiver, DisclosurePath path, PersonField field) {
    Recipient recipient = Recipient.of(viewer.kind(), false, false, consul, receiver);
    return DisclosurePolicy.visible(recipient, true, path).contains(field);
  }

  private static String consul() {
    return "(p.nationalities && CAST(:consulOf AS text[]))";
  }

  /**
   * The nationalities (alpha-3) whose country is the viewer's, as the disclosure rule reads them.
   */
  private static String consulCodes(Agency viewer) {
    String alpha3;
    try {
      alpha3 = Locale.of("", viewer.country().value()).getISO3Country();
    } catch (java.util.MissingResourceException e) {
      return "{}";
    }
    return Nationality.isKnown(alpha3)
            && new Nationality(alpha3).country().filter(viewer.country()::equals).isPresent()
        ? "{" + alpha3 + "}"
        : "{}";
  }
}
