package org.mekong.server.requests;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.Agency;
import org.mekong.core.stix.RequestObject;
import org.mekong.core.stix.RequestStixType;
import org.mekong.server.agency.AgencyDirectory;
import org.mekong.server.indicator.VersionQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.node.ObjectNode;

/**
 * Requests between nodes: the versions of requests and responses made here, read by date added for
 * the TAXII collection by the one partner node each is addressed to (explicit audience: a request
 * goes to its recipient's node, a response to its sender's), and the versions pulled from partners.
 */
@Service
public class RequestExchange {

  private final RequestVersions versions;
  private final RequestReception reception;
  private final AgencyDirectory agencies;
  private final JdbcClient jdbc;

  RequestExchange(
      RequestVersions versions,
      RequestReception reception,
      AgencyDirectory agencies,
      JdbcClient jdbc) {
    this.versions = versions;
    this.reception = reception;
    this.agencies = agencies;
    this.jdbc = jdbc;
  }

  /** A version with when the node stored it. */
  public record Added(String stixId, ObjectNode stix, Instant added, long changeSeq) {

    /** Where a read that ends at this version stopped. */
    public VersionQuery.Position position() {
      return new VersionQuery.Position(added, changeSeq);
    }
  }

  /** A page of versions in the order they were stored; {@code next} is null at the end. */
  public record Page(List<Added> items, VersionQuery.@Nullable Position next) {}

  /** What became of a version pulled from a partner. */
  public sealed interface Reception permits Stored, Unchanged, Refused {}

  /** Stored: a new request, or a newer response applied. */
  public record Stored() implements Reception {}

  /** Held already (or a response older than one applied). */
  public record Unchanged() implements Reception {}

  /** Not stored, for this reason (for the partner's refusal list). */
  public record Refused(String reason) implements Reception {}

  /**
   * One page of the versions addressed to {@code viewer}'s node after {@code after}, among the
   * requests named by {@code stixIds} (all when empty) of {@code types} (all when empty). A viewer
   * that is no partner node's agency gets none: this node's agencies read requests by the API.
   */
  public Page added(
      Agency viewer,
      VersionQuery query,
      List<String> stixIds,
      Set<RequestStixType> types,
      VersionQuery.@Nullable Position after,
      int limit) {
    String node = agencies.remoteNodes().get(viewer.id());
    List<UUID> ids = ids(stixIds);
    if (node == null || (!stixIds.isEmpty() && ids.isEmpty())) {
      return new Page(List.of(), null);
    }
    List<RequestVersions.Row> rows =
        versions.after(node, query, ids, List.copyOf(types), after, limit + 1);
    List<Added> items = new ArrayList<>();
    for (RequestVersions.Row row : rows.subList(0, Math.min(limit, rows.size()))) {
      items.add(new Added(row.stixId(), row.object(), row.added(), row.changeSeq()));
    }
    return new Page(items, rows.size() > limit ? items.getLast().position() : null);
  }

  /** Whether the object {@code stixId} has a version addressed to {@code viewer}'s node. */
  public boolean exists(Agency viewer, String stixId) {
    String node = agencies.remoteNodes().get(viewer.id());
    RequestStixType type = RequestStixType.ofId(stixId).orElse(null);
    if (node == null || type == null) {
      return false;
    }
    return jdbc.sql(
                "SELECT count(*) FROM request_version WHERE id = ? AND kind = ?"
                    + " AND audience_node = ?")
            .params(
                type.requestId(stixId).orElseThrow(),
                type == RequestStixType.REQUEST ? "request" : "response",
                node)
            .query(Long.class)
            .single()
        > 0;
  }

  /**
   * Stores a version pulled from {@code partner}, made by an agency of node {@code originNode}: a
   * request for an agency of this node, or the steps an agency of {@code originNode} took on a
   * request sent from here, applied under the same rules as a step taken here. Runs in the caller's
   * transaction; a refused version changes nothing.
   */
  public Reception receive(RequestObject object, String originNode, String partner) {
    return switch (object.type()) {
      case REQUEST -> reception.request(object, originNode, partner);
      case RESPONSE -> reception.response(object, originNode, partner);
    };
  }

  private static List<UUID> ids(List<String> stixIds) {
    List<UUID> ids = new ArrayList<>();
    for (String stixId : stixIds) {
      RequestStixType.ofId(stixId).flatMap(type -> type.requestId(stixId)).ifPresent(ids::add);
    }
    return ids;
  }
}
