package org.mekong.server.casework;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.Agency;
import org.mekong.core.casework.Codes;
import org.mekong.core.casework.TransportMode;
import org.mekong.server.agency.AgencyDirectory;
import org.mekong.server.agency.Caller;
import org.mekong.server.sharing.SharingPolicies;
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

  /** A manifest as typed in the console; blank fields are absent. */
  public record NewManifest(
      @Nullable String receiving,
      @Nullable String mode,
      @Nullable String reference,
      @Nullable String date,
      @Nullable String place,
      List<String> persons) {}

  /** An agency a manifest may go to. */
  public record Receiver(String id, String name) {}

  private final ManifestController api;
  private final ManifestViews views;
  private final JdbcClient jdbc;
  private final SharingPolicies sharing;
  private final AgencyDirectory agencies;

  ManifestActions(
      ManifestController api,
      ManifestViews views,
      JdbcClient jdbc,
      SharingPolicies sharing,
      AgencyDirectory agencies) {
    this.api = api;
    this.views = views;
    this.jdbc = jdbc;
    this.sharing = sharing;
    this.agencies = agencies;
  }

  /** The agencies the sender has a sharing agreement with, the ones a manifest may go to. */
  public List<Receiver> receivers(Agency sender) {
    return sharing.agreements().stream()
        .filter(a -> a.from().equals(sender.id()) && !a.to().equals(sender.id()))
        .map(a -> a.to().value())
        .distinct()
        .sorted()
        .map(id -> new Receiver(id, agencies.find(id).map(Agency::name).orElse(id)))
        .toList();
  }

  /** The codes of the ways people travel. */
  public static List<String> modes() {
    return Arrays.stream(TransportMode.values()).map(Codes::of).toList();
  }

  /** Creates the manifest as {@code POST /manifests} does; the new manifest's id. */
  @Transactional
  public String create(
      Caller caller, String actingPerson, NewManifest typed, HttpServletRequest http) {
    String mode = CaseworkActions.given(typed.mode());
    return api.create(
            caller,
            new ManifestController.ManifestRequest(
                CaseworkActions.given(typed.receiving()),
                mode == null
                    ? null
                    : new ManifestController.TransportJson(
                        mode, CaseworkActions.given(typed.reference())),
                CaseworkActions.given(typed.date()),
                CaseworkActions.given(typed.place()),
                actingPerson,
                typed.persons()),
            http)
        .id();
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
