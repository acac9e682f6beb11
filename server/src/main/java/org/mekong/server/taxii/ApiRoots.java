package org.mekong.server.taxii;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.mekong.core.agency.Agency;
import org.mekong.core.agency.AgencyId;
import org.mekong.server.agency.Caller;
import org.mekong.server.config.NodeConfig;
import org.mekong.server.config.TrustGroupRoot;
import org.springframework.stereotype.Component;

/**
 * The node's TAXII API roots and their collections: the default root {@code mekong}, open to every
 * agency, and one root per trust group from the configuration ({@code taxii.roots.<name>.*}), open
 * to its member agencies only. Every root has the same two collections.
 */
@Component
class ApiRoots {

  /** The collection of the indicators the caller may see (in a trust group: its members'). */
  static final UUID INDICATORS = UUID.fromString("7d4e5a4c-3f0b-4a55-9a1e-6f2b8c0d9e11");

  /** The read-only collection of the definitions that explain the indicators. */
  static final UUID DEFINITIONS = UUID.fromString("3b0a6f1e-2c7d-4e59-8f14-5a9d0c6b7e22");

  /** What a collection holds. */
  enum Kind {
    INDICATORS,
    DEFINITIONS
  }

  /** A TAXII collection. */
  record Collection(UUID id, String title, String description, Kind kind) {

    /** Whether {@code agency} may add objects to (and delete objects from) this collection. */
    boolean writableBy(Caller caller) {
      return switch (kind) {
        case INDICATORS -> TaxiiCallers.mayWrite(caller);
        case DEFINITIONS -> false;
      };
    }
  }

  /**
   * A TAXII API root: its path segment, what it is for, its collections, and its members (empty:
   * every agency).
   */
  record Root(
      String name,
      String title,
      String description,
      List<Collection> collections,
      Set<AgencyId> members) {
    Root {
      if (!name.matches("[a-z0-9][a-z0-9-]{0,62}")) {
        throw new IllegalArgumentException("an API root name is lowercase letters, digits, '-'");
      }
      collections = List.copyOf(collections);
      members = Set.copyOf(members);
    }

    /** Whether only member agencies may use this root, and it holds only their indicators. */
    boolean isTrustGroup() {
      return !members.isEmpty();
    }

    boolean admits(Agency agency) {
      return members.isEmpty() || members.contains(agency.id());
    }

    Collection collection(String id) {
      return collections.stream()
          .filter(collection -> collection.id().toString().equals(id))
          .findFirst()
          .orElseThrow(() -> TaxiiException.notFound("no collection " + id + " in this API root"));
    }
  }

  private final List<Root> roots;
  private final String nodeName;
  private final long maxContentLength;

  ApiRoots(NodeConfig config) {
    this.nodeName = config.nodeName();
    this.maxContentLength = config.maxRequestBytes();
    List<Root> all = new ArrayList<>();
    all.add(
        new Root(
            TrustGroupRoot.DEFAULT_ROOT,
            "Mekong " + config.nodeName(),
            "Scam infrastructure indicators shared under the node's marking rules",
            collections(
                "Every version of every indicator and legal record (Mekong's types) on the node"
                    + " that the caller may see"),
            Set.of()));
    for (TrustGroupRoot group : config.trustGroupRoots()) {
      all.add(
          new Root(
              group.name(),
              group.title(),
              "The indicators of the trust group "
                  + String.join(", ", group.agencies().stream().map(AgencyId::value).toList())
                  + ", under the node's marking rules",
              collections(
                  "Every version of every indicator and legal record originated by a member of the"
                      + " trust group"
                      + " that the caller may see"),
              Set.copyOf(group.agencies())));
    }
    this.roots = List.copyOf(all);
  }

  private static List<Collection> collections(String indicators) {
    return List.of(
        new Collection(INDICATORS, "Indicators", indicators, Kind.INDICATORS),
        new Collection(
            DEFINITIONS,
            "Definitions",
            "Mekong's extension definitions, the TLP 2.0 and Mekong marking definitions, and the"
                + " identities of the node and its agencies",
            Kind.DEFINITIONS));
  }

  /** The default root, open to every agency. */
  Root defaultRoot() {
    return roots.getFirst();
  }

  /** The roots {@code agency} may use, the default first. */
  List<Root> accessibleTo(Agency agency) {
    return roots.stream().filter(root -> root.admits(agency)).toList();
  }

  String nodeName() {
    return nodeName;
  }

  /** The largest body a POST to this node's collections may have. */
  long maxContentLength() {
    return maxContentLength;
  }

  /**
   * The root named {@code name} if {@code agency} may use it; a TAXII 404 otherwise, the same for a
   * root that does not exist and one the agency does not belong to, so that a trust group's
   * existence is not disclosed to outsiders.
   */
  Root root(String name, Agency agency) {
    return roots.stream()
        .filter(root -> root.name().equals(name) && root.admits(agency))
        .findFirst()
        .orElseThrow(() -> TaxiiException.notFound("no API root " + name + " on this node"));
  }
}
