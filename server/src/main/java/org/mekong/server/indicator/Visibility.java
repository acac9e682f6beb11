package org.mekong.server.indicator;

import java.util.Map;
import java.util.Set;
import org.mekong.core.agency.Agency;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.indicator.Indicator;
import org.mekong.core.sharing.Access;
import org.mekong.core.sharing.SharedObject;
import org.mekong.core.sharing.SharingPolicy;
import org.mekong.server.sharing.NodeAccess;

/**
 * The one rule of who sees an indicator version on this node. For this node's own agencies it is
 * the sharing policy, with the local agencies that received the object from a partner counted as
 * named recipients of TLP:AMBER, AMBER+STRICT and RED. A partner node's agency (a remote agency)
 * additionally gets an object that another node's agency originated only where onward sharing is
 * allowed ({@link SharingPolicy#mayReshareTo}: TLP:CLEAR or GREEN without H2), and never an object
 * that an agency of its own node originated (no echo).
 */
final class Visibility {

  private final SharingPolicy policy;
  private final Map<AgencyId, String> remoteNodes;

  Visibility(SharingPolicy policy, Map<AgencyId, String> remoteNodes) {
    this.policy = policy;
    this.remoteNodes = Map.copyOf(remoteNodes);
  }

  Access access(Agency viewer, Indicator version, Set<AgencyId> receivedBy) {
    return access(viewer, IndicatorRows.shared(version, receivedBy));
  }

  /**
   * The same rule for a version already seen as a shared object whose recipients include the local
   * agencies that received it ({@link IndicatorRows#shared(Indicator, Set)}).
   */
  Access access(Agency viewer, SharedObject shared) {
    return NodeAccess.access(policy, remoteNodes, viewer, shared);
  }

  /** Whether an agency is one of a partner node's. */
  boolean isRemote(AgencyId agency) {
    return remoteNodes.containsKey(agency);
  }
}
