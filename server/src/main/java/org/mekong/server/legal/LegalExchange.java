package org.mekong.server.legal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.Agency;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.input.InvalidInputException;
import org.mekong.core.sharing.Access;
import org.mekong.core.sharing.SharingPolicy;
import org.mekong.core.stix.LegalObject;
import org.mekong.core.stix.LegalStixType;
import org.mekong.core.stix.StixLegal;
import org.mekong.server.indicator.VersionQuery;
import org.mekong.server.sharing.NodeAccess;
import org.mekong.server.sharing.SharingPolicies;
import org.springframework.stereotype.Service;
import tools.jackson.databind.node.ObjectNode;

/**
 * Legal records between nodes: their versions as STIX objects of Mekong's own types, read by date
 * added for the TAXII collection under the same rule of who sees what as indicators ({@link
 * NodeAccess}), and the versions pulled from partners, stored as received with their originator. A
 * notice that was never approved has no version that leaves the node.
 */
@Service
public class LegalExchange {

  private static final int SCAN_ROUNDS = 20;
  private static final int MAX_BATCH = 2_000;

  private final LegalStore store;
  private final LegalVersions versions;
  private final LegalRecords records;
  private final SharingPolicies policies;

  LegalExchange(
      LegalStore store, LegalVersions versions, LegalRecords records, SharingPolicies policies) {
    this.store = store;
    this.versions = versions;
    this.records = records;
    this.policies = policies;
  }

  /** A version as one viewer may see it, with when the node stored it. */
  public record Added(
      String stixId,
      ObjectNode stix,
      AgencyId originator,
      boolean originatorDisclosed,
      Instant added,
      long changeSeq) {

    /** Where a read that ends at this version stopped. */
    public VersionQuery.Position position() {
      return new VersionQuery.Position(added, changeSeq);
    }
  }

  /** A page of versions in the order they were stored; {@code next} is null at the end. */
  public record Page(List<Added> items, VersionQuery.@Nullable Position next) {}

  /** What became of a version pulled from a partner. */
  public sealed interface Reception {}

  /** Stored: a new version, or a known one newly received by another local agency. */
  public record Stored() implements Reception {}

  /** Held already, as received by the same agency. */
  public record Unchanged() implements Reception {}

  /** Not stored, for this reason (for the partner's refusal list). */
  public record Refused(String reason) implements Reception {}

  /**
   * One page of the shareable versions {@code viewer} may see, after {@code after}, among the
   * records named by {@code stixIds} (all when empty) of {@code types} (all when empty) and of the
   * kinds the viewer's kind reads ({@link LegalKind#readableBy}). A version is visible when the
   * viewer may see both it and the record's current version; the originator is disclosed as for the
   * current one.
   */
  public Page added(
      Agency viewer,
      VersionQuery query,
      List<String> stixIds,
      Set<LegalStixType> types,
      VersionQuery.@Nullable Position after,
      int limit) {
    List<UUID> ids = new ArrayList<>();
    for (String stixId : stixIds) {
      LegalStixType.ofId(stixId).flatMap(type -> type.recordId(stixId)).ifPresent(ids::add);
    }
    if (!stixIds.isEmpty() && ids.isEmpty()) {
      return new Page(List.of(), null);
    }
    List<String> kinds =
        Arrays.stream(LegalKind.values())
            .filter(kind -> kind.readableBy(viewer.kind()))
            .map(LegalKind::code)
            .filter(code -> types.isEmpty() || types.stream().anyMatch(t -> t.kind().equals(code)))
            .toList();
    if (kinds.isEmpty()) {
      return new Page(List.of(), null);
    }
    SharingPolicy policy = policies.current();
    Map<AgencyId, String> remote = policies.remoteNodes();
    List<Added> items = new ArrayList<>();
    VersionQuery.Position position = after;
    for (int round = 0; round < SCAN_ROUNDS; round++) {
      int batch = round == 0 ? limit + 1 : Math.min(MAX_BATCH, (limit + 1 - items.size()) * 2 + 10);
      List<LegalVersions.Row> rows = versions.after(query, ids, kinds, position, batch);
      for (LegalVersions.Row row : rows) {
        StoredRecord version = row.version();
        if (NodeAccess.access(policy, remote, viewer, row.current().shared())
                instanceof Access.Granted seen
            && NodeAccess.access(policy, remote, viewer, version.shared()).isGranted()) {
          if (items.size() == limit) {
            return new Page(items, position);
          }
          items.add(
              new Added(
                  stixId(version),
                  StixLegal.object(object(version), seen.originatorDisclosed()),
                  version.originator(),
                  seen.originatorDisclosed(),
                  row.added(),
                  row.changeSeq()));
        }
        position = new VersionQuery.Position(row.added(), row.changeSeq());
      }
      if (rows.size() < batch) {
        return new Page(items, null);
      }
    }
    return new Page(items, position);
  }

  /**
   * The record a STIX id names, if it has a version that left the node and {@code viewer} may see
   * it: its originator, and whether the viewer may know it.
   */
  public Optional<Seen> find(Agency viewer, String stixId) {
    Optional<LegalStixType> type = LegalStixType.ofId(stixId);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    UUID id = type.get().recordId(stixId).orElseThrow();
    return store
        .find(id, false)
        .filter(stored -> stored.kind().code().equals(type.get().kind()))
        .filter(stored -> stored.kind().readableBy(viewer.kind()))
        .filter(stored -> LegalRecords.leavesNode(Decoded.of(stored.kind(), stored.body())))
        .flatMap(
            stored ->
                NodeAccess.access(
                            policies.current(), policies.remoteNodes(), viewer, stored.shared())
                        instanceof Access.Granted seen
                    ? Optional.of(new Seen(stored.originator(), seen.originatorDisclosed()))
                    : Optional.empty());
  }

  /** A record a viewer may see: its originator and whether the viewer may know it. */
  public record Seen(AgencyId originator, boolean originatorDisclosed) {}

  /**
   * Stores a version pulled from {@code partner} by the local agency {@code puller}, its originator
   * being an agency of node {@code originNode}: checked as a record of its kind, a notice only once
   * approved; stored as received. Runs in the caller's transaction.
   */
  public Reception receive(LegalObject object, AgencyId puller, String originNode, String partner) {
    LegalKind kind = LegalKind.fromCode(object.type().kind()).orElseThrow();
    Decoded record;
    try {
      record = Decoded.of(kind, object.record());
    } catch (InvalidInputException e) {
      return new Refused("the record's " + e.field() + ": " + e.getMessage());
    } catch (IllegalArgumentException e) {
      return new Refused("the record is not a " + kind.code() + ": " + e.getMessage());
    }
    if (!LegalRecords.leavesNode(record)) {
      return new Refused("a notice that was never approved does not leave its node");
    }
    StoredRecord.Provenance provenance = new StoredRecord.Provenance(originNode, partner);
    StoredRecord received =
        new StoredRecord(
            object.id(),
            kind,
            object.originator(),
            object.created(),
            object.modified(),
            object.version(),
            object.marking(),
            object.categories(),
            record.body(),
            provenance,
            Set.of(puller));
    Optional<StoredRecord> held = store.find(object.id(), true);
    if (held.isEmpty()) {
      store.insert(received);
      versions.insert(received, true);
      records.writtenOnCommit();
      return new Stored();
    }
    StoredRecord current = held.get();
    if (current.kind() != kind || !current.originator().equals(object.originator())) {
      return new Refused(
          "clashes with a legal record stored here: same id, another kind or originator");
    }
    if (current.provenance() == null) {
      return new Refused("the id of a record of this node");
    }
    boolean newVersion = !versions.exists(object.id(), object.version());
    if (newVersion) {
      versions.insert(received, true);
    }
    boolean newReceiver = !current.receivedBy().contains(puller);
    Set<AgencyId> receivedBy = new LinkedHashSet<>(current.receivedBy());
    receivedBy.add(puller);
    StoredRecord base = object.version() > current.version() ? received : current;
    if (newVersion || newReceiver) {
      store.update(
          new StoredRecord(
              base.id(),
              base.kind(),
              base.originator(),
              base.created(),
              base.modified(),
              base.version(),
              base.marking(),
              base.categories(),
              base.body(),
              provenance,
              receivedBy));
      records.writtenOnCommit();
      return new Stored();
    }
    return new Unchanged();
  }

  private static String stixId(StoredRecord stored) {
    return LegalStixType.ofKind(stored.kind().code()).orElseThrow().stixId(stored.id());
  }

  /** The STIX object's content of a stored version. */
  static LegalObject object(StoredRecord stored) {
    return new LegalObject(
        LegalStixType.ofKind(stored.kind().code()).orElseThrow(),
        stored.id(),
        stored.originator(),
        stored.created(),
        stored.modified(),
        stored.version(),
        stored.marking(),
        stored.categories(),
        (ObjectNode) stored.body());
  }
}
