package org.mekong.server.taxii;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.mekong.core.agency.Agency;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.agency.AgencyKind;
import org.mekong.core.stix.StixDefinitions;
import org.mekong.core.stix.StixIdentities;
import org.mekong.server.agency.AgencyDirectory;
import org.mekong.server.config.NodeConfig;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the {@code definitions} collection holds: Mekong's identity and the node's, the extension
 * definitions, the TLP 2.0 marking definitions, Mekong's handling and evaluation marking
 * definitions (those without H3 texts), and the identities of the node's agencies other than
 * screening clients (in a trust-group root, of its members only). Added when the node started, or
 * when an agency was added later.
 */
@Component
class TaxiiDefinitions {

  /** One object of the collection and when the node added it. */
  record Entry(ObjectNode object, Instant added) {

    String id() {
      return object.get("id").asString();
    }

    String type() {
      return object.get("type").asString();
    }

    /** The object's only version: {@code modified}, or {@code created} where it has none. */
    JsonNode version() {
      JsonNode modified = object.get("modified");
      return modified != null ? modified : object.get("created");
    }
  }

  /** The order of the collection: by date added, then by id. */
  static final Comparator<Entry> ORDER =
      Comparator.comparing(Entry::added).thenComparing(Entry::id);

  private final AgencyDirectory agencies;
  private final Instant started;
  private final List<Entry> fixed;
  private final Map<AgencyId, Instant> addedLater = new ConcurrentHashMap<>();

  TaxiiDefinitions(NodeConfig config, AgencyDirectory agencies) {
    this.agencies = agencies;
    this.started = Instant.now().truncatedTo(ChronoUnit.MICROS);
    List<ObjectNode> objects = new ArrayList<>();
    objects.add(StixIdentities.mekong());
    objects.add(StixIdentities.node(config.nodeName(), config.country()));
    objects.addAll(StixDefinitions.extensionDefinitions());
    objects.addAll(StixDefinitions.tlpMarkingDefinitions());
    objects.addAll(StixDefinitions.handlingMarkingDefinitions());
    this.fixed = objects.stream().map(object -> new Entry(object, started)).toList();
  }

  @EventListener
  void agencyAdded(AgencyDirectory.AgencyAdded event) {
    addedLater.putIfAbsent(event.agency().id(), Instant.now().truncatedTo(ChronoUnit.MICROS));
  }

  /** The collection as seen in {@code root}, in its order. */
  List<Entry> in(ApiRoots.Root root) {
    List<Entry> entries = new ArrayList<>(fixed);
    for (Agency agency : agencies.list()) {
      if (agency.kind() != AgencyKind.SCREENING_CLIENT
          && (!root.isTrustGroup() || root.members().contains(agency.id()))) {
        entries.add(
            new Entry(
                StixIdentities.identity(agency), addedLater.getOrDefault(agency.id(), started)));
      }
    }
    entries.sort(ORDER);
    return entries;
  }
}
