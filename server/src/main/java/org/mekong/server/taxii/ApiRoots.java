package org.mekong.server.taxii;

import java.util.List;
import java.util.UUID;
import org.mekong.server.config.NodeConfig;
import org.springframework.stereotype.Component;

/**
 * The node's TAXII API roots and their collections. For now one root, {@code mekong}, with one
 * collection of the node's indicators; the list is the place where roots per trust group will come
 * from configuration.
 */
@Component
class ApiRoots {

  /** The collection of every indicator on the node that the caller may see. */
  static final UUID INDICATORS = UUID.fromString("7d4e5a4c-3f0b-4a55-9a1e-6f2b8c0d9e11");

  /** A TAXII collection. */
  record Collection(UUID id, String title, String description) {}

  /** A TAXII API root: its path segment, what it is for and its collections. */
  record Root(String name, String title, String description, List<Collection> collections) {
    Root {
      if (!name.matches("[a-z0-9][a-z0-9-]{0,62}")) {
        throw new IllegalArgumentException("an API root name is lowercase letters, digits, '-'");
      }
      collections = List.copyOf(collections);
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
    this.roots =
        List.of(
            new Root(
                "mekong",
                "Mekong " + config.nodeName(),
                "Scam infrastructure indicators shared under the node's marking rules",
                List.of(
                    new Collection(
                        INDICATORS,
                        "Indicators",
                        "Every version of every indicator on the node that the caller may see"))));
  }

  List<Root> all() {
    return roots;
  }

  String nodeName() {
    return nodeName;
  }

  /** The largest body a POST to this node's collections may have. */
  long maxContentLength() {
    return maxContentLength;
  }

  Root root(String name) {
    return roots.stream()
        .filter(root -> root.name().equals(name))
        .findFirst()
        .orElseThrow(() -> TaxiiException.notFound("no API root " + name + " on this node"));
  }
}
