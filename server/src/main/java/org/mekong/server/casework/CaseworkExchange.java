package org.mekong.server.casework;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.Agency;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.stix.CaseworkObject;
import org.mekong.core.stix.CaseworkStixType;
import org.mekong.server.indicator.VersionQuery;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.node.ObjectNode;

/**
 * Casework records between nodes: the versions addressed to a partner node's agency, read by date
 * added for the TAXII collection (only by an agency of their audience), and the versions pulled
 * from partners, stored under their originator for the local agencies they were addressed to.
 */
@Service
public class CaseworkExchange {

  private final CaseworkVersions versions;
  private final CaseworkReceiver receiver;
  private final TransactionTemplate savepoint;

  CaseworkExchange(
      CaseworkVersions versions,
      CaseworkReceiver receiver,
      PlatformTransactionManager transactions) {
    this.versions = versions;
    this.receiver = receiver;
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /** A version as its audience sees it, with when the node stored it. */
  public record Added(String stixId, ObjectNode stix, Instant added, long changeSeq) {}

  /** A page of versions in the order they were stored; {@code next} is null at the end. */
  public record Page(List<Added> items, VersionQuery.@Nullable Position next) {}

  /** What became of a version pulled from a partner. */
  public sealed interface Reception {}

  /** Stored, or applied. */
  public record Stored() implements Reception {}

  /** Held already. */
  public record Unchanged() implements Reception {}

  /** Not stored, for this reason (for the partner's refusal list). */
  public record Refused(String reason) implements Reception {}

  /**
   * One page of the versions addressed to {@code viewer} after {@code after}, among the records
   * named by {@code stixIds} (all when empty) of {@code types} (all when empty). Only a partner
   * node's agency is ever addressed: this node's own agencies and screening clients get none.
   */
  public Page added(
      Agency viewer,
      VersionQuery query,
      List<String> stixIds,
      Set<CaseworkStixType> types,
      VersionQuery.@Nullable Position after,
      int limit) {
    List<String> kinds = types.stream().map(CaseworkStixType::kind).toList();
    List<CaseworkVersions.Row> rows =
        versions.after(viewer.id(), query, stixIds, kinds, after, limit + 1);
    List<Added> items = new ArrayList<>();
    for (CaseworkVersions.Row row : rows) {
      if (items.size() == limit) {
        Added last = items.getLast();
        return new Page(items, new VersionQuery.Position(last.added(), last.changeSeq()));
      }
      items.add(new Added(row.stixId(), row.object(), row.added(), row.changeSeq()));
    }
    return new Page(items, null);
  }

  /** Whether a version of the record {@code stixId} is addressed to {@code viewer}. */
  public boolean exists(Agency viewer, String stixId) {
    VersionQuery all =
        new VersionQuery(null, List.of(), new VersionQuery.Versions(true, false, false, Set.of()));
    return !versions.after(viewer.id(), all, List.of(stixId), List.of(), null, 1).isEmpty();
  }

  /**
   * Stores a version pulled from {@code partner} by the local agency {@code puller}, its originator
   * an agency of node {@code originNode}. Runs in the caller's transaction, under a savepoint: a
   * refusal, even one the database makes, stores nothing of the version and leaves the rest of the
   * page to be stored.
   */
  public Reception receive(
      CaseworkObject object, AgencyId puller, String originNode, String partner) {
    try {
      Reception reception =
          savepoint.execute(
              status -> {
                Reception r = receiver.receive(object, puller, originNode, partner);
                if (r instanceof Refused) {
                  status.setRollbackOnly();
                }
                return r;
              });
      return reception == null ? new Refused("nothing was stored") : reception;
    } catch (DataAccessException e) {
      return new Refused("clashes with what this node holds; nothing of it was stored");
    }
  }
}
