package org.mekong.server.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.Agency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the console does with handover manifests, by the API's rules: the manifests an agency sends
 * or receives with their progress, one manifest as {@code GET /manifests/{id}} shows it, and one
 * person's decision through the same step as {@code POST /manifests/{id}/decisions}.
 */
@Service
public class ManifestActions {

  /** How many manifests the console lists at most. */
  public static final int LIST_LIMIT = 200;

  /** One line of the list: the manifest, its sides, and how many people stand where. */
  public record ManifestRow(
      String id,
      String sending,
      String receiving,
      String mode,
      LocalDate date,
      @Nullable String place,
      int pending,
      int accepted,
      int refused,
      int handedOver) {

    /** How many people the manifest lists. */
    public int total() {
      return pending + accepted + refused + handedOver;
    }
  }

  /** One person of a manifest, the person's fields as the API shows them to the viewer. */
  public record EntryShown(
      String person,
      String status,
      @Nullable String reason,
      Instant updatedAt,
      String updatedBy,
      Map<String, Object> fields,
      String disclosure) {}

  /** A manifest as one of its sides sees it. */
  public record ManifestShown(
      String id,
      String sending,
      String receiving,
      String mode,
      @Nullable String reference,
      String date,
      @Nullable String place,
      Map<String, Integer> progress,
      List<EntryShown> entries) {

    /** How many people the manifest lists. */
    public int total() {
      return entries.size();
    }
  }

  private final ManifestController api;
  private final ManifestViews views;
  private final JdbcClient jdbc;

  ManifestActions(ManifestController api, ManifestViews views, JdbcClient jdbc) {
    this.api = api;
    this.views = views;
    this.jdbc = jdbc;
  }

  /** The newest manifests the agency sends or receives. */
  public List<ManifestRow> list(Agency agency) {
    return jdbc.sql(
            "SELECT m.id, m.sending, m.receiving, m.transport_mode, m.travel_date, m.place,"
                + " count(*) FILTER (WHERE e.status = 'pending'),"
                + " count(*) FILTER (WHERE e.status = 'accepted'),"
                + " count(*) FILTER (WHERE e.status = 'refused'),"
                + " count(*) FILTER (WHERE e.status = 'handed-over')"
                + " FROM casework_manifest m JOIN casework_manifest_entry e ON e.manifest_id = m.id"
                + " WHERE m.sending = ? OR m.receiving = ?"
                + " GROUP BY m.id ORDER BY m.created_at DESC, m.id LIMIT "
                + LIST_LIMIT)
        .params(agency.id().value(), agency.id().value())
        .query(
            (rs, row) ->
                new ManifestRow(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getObject(5, LocalDate.class),
                    rs.getString(6),
                    rs.getInt(7),
                    rs.getInt(8),
                    rs.getInt(9),
                    rs.getInt(10)))
        .list();
  }

  /**
   * How many manifests wait for the agency: as receiver, people still pending; as sender, people
   * accepted and not yet handed over.
   */
  public int waiting(Agency agency) {
    return jdbc.sql(
            "SELECT count(DISTINCT m.id) FROM casework_manifest m"
                + " JOIN casework_manifest_entry e ON e.manifest_id = m.id"
                + " WHERE (m.receiving = ? AND e.status = 'pending')"
                + " OR (m.sending = ? AND e.status = 'accepted')")
        .params(agency.id().value(), agency.id().value())
        .query(Integer.class)
        .single();
  }

  /** The manifest if the agency sends or receives it, else a 404. */
  public ManifestShown get(Agency agency, String id) {
    var view = views.view(agency, api.party(agency, Ids.uuid("id", id), false));
    return new ManifestShown(
        view.id(),
        view.sending(),
        view.receiving(),
        String.valueOf(view.transport().mode()),
        view.transport().reference(),
        view.date(),
        view.place(),
        view.progress(),
        view.entries().stream()
            .map(
                e ->
                    new EntryShown(
                        e.person(),
                        e.status(),
                        e.reason(),
                        e.updatedAt(),
                        e.updatedBy(),
                        CaseworkActions.map(e.details()),
                        e.disclosure()))
            .toList());
  }

  /** One person's new status (with the reason of a refusal), recorded by {@code actingPerson}. */
  @Transactional
  public void decide(
      Agency agency,
      String id,
      String actingPerson,
      @Nullable String person,
      @Nullable String status,
      @Nullable String reason) {
    var unused =
        api.decide(
            agency,
            Ids.uuid("id", id),
            new ManifestController.DecisionsRequest(
                actingPerson,
                List.of(
                    new ManifestController.DecisionJson(
                        CaseworkActions.given(person),
                        CaseworkActions.given(status),
                        CaseworkActions.given(reason)))));
  }
}
