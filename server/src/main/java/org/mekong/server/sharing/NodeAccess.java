package org.mekong.server.sharing;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.mekong.core.agency.Agency;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.category.Category;
import org.mekong.core.marking.Marking;
import org.mekong.core.marking.Tlp;
import org.mekong.core.sharing.Access;
import org.mekong.core.sharing.SharedObject;
import org.mekong.core.sharing.SharingPolicy;

/**
 * The one rule of who sees an object held on this node, whatever its kind (an indicator version, a
 * legal record version). For this node's own agencies it is the sharing policy, with the local
 * agencies that received the object from a partner counted as named recipients of TLP:AMBER,
 * AMBER+STRICT and RED. A partner node's agency (a remote agency) additionally gets an object that
 * another node's agency originated only where onward sharing is allowed ({@link
 * SharingPolicy#mayReshareTo}: TLP:CLEAR or GREEN without H2), and never an object that an agency
 * of its own node originated (no echo).
 */
public final class NodeAccess {

  private NodeAccess() {}

  /** The object as the policy sees it on this node: the receiving agencies added as recipients. */
  public static SharedObject shared(
      AgencyId originator, Marking marking, Set<Category> categories, Set<AgencyId> receivedBy) {
    if (!receivedBy.isEmpty()
        && marking.tlp() != Tlp.CLEAR
        && marking.tlp() != Tlp.GREEN
        && !marking.recipients().containsAll(receivedBy)) {
      Set<AgencyId> recipients = new LinkedHashSet<>(marking.recipients());
      recipients.addAll(receivedBy);
      marking = new Marking(marking.tlp(), marking.handling(), marking.evaluation(), recipients);
    }
    return new SharedObject(originator, marking, categories);
  }

  /**
   * Whether {@code viewer} may see {@code shared} (made by {@link #shared}), given the partner node
   * of each remote agency.
   */
  public static Access access(
      SharingPolicy policy, Map<AgencyId, String> remoteNodes, Agency viewer, SharedObject shared) {
    String viewerNode = remoteNodes.get(viewer.id());
    String originNode = remoteNodes.get(shared.originator());
    if (viewerNode == null || originNode == null) {
      return policy.access(viewer, shared);
    }
    if (originNode.equals(viewerNode)) {
      return new Access.Denied(Access.Refusal.ONWARD_SHARING_FORBIDDEN);
    }
    // This node holds the object and did not originate it (its originator is another node's).
    return policy.mayReshareTo(viewer.id(), viewer, shared);
  }
}
