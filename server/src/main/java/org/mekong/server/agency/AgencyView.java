package org.mekong.server.agency;

import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.Agency;

/**
 * An agency as the API shows it; {@code node} names the partner node of a remote agency and is null
 * for this node's own agencies.
 */
public record AgencyView(
    String id, String name, String country, String kind, @Nullable String node) {

  static AgencyView of(Agency agency, @Nullable String node) {
    return new AgencyView(
        agency.id().value(), agency.name(), agency.country().value(), agency.kind().code(), node);
  }

  static java.util.List<AgencyView> all(AgencyDirectory directory) {
    var nodes = directory.remoteNodes();
    return directory.list().stream().map(agency -> of(agency, nodes.get(agency.id()))).toList();
  }
}
