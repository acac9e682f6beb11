package org.mekong.core.stix;

import java.util.List;
import org.mekong.core.agency.Agency;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.agency.CountryCode;
import tools.jackson.databind.node.ObjectNode;

/**
 * STIX {@code identity} objects: one per agency, with an id every node computes alike from the
 * agency id, and Mekong's own identity, which signs the shared extension and marking definitions.
 */
public final class StixIdentities {

  /** The id of Mekong's own identity: the creator of its extension and marking definitions. */
  public static final String MEKONG = Stix.id("identity", "mekong");

  private StixIdentities() {}

  /** The deterministic identity id of an agency: {@code identity--UUIDv5("agency:" + id)}. */
  public static String of(AgencyId agency) {
    return Stix.id("identity", "agency:" + agency.value());
  }

  /**
   * The identity object of an agency: an {@code organization} named as the agency, with its kind as
   * role and its sectors ({@code government-national}; {@code financial-services} too for a
   * financial intelligence unit; none for a screening client, whose sector Mekong does not know).
   */
  public static ObjectNode identity(Agency agency) {
    ObjectNode node = Stix.object();
    node.put("type", "identity");
    node.put("spec_version", Stix.SPEC_VERSION);
    node.put("id", of(agency.id()));
    node.put("created", Stix.timestamp(Stix.DEFINITIONS_CREATED));
    node.put("modified", Stix.timestamp(Stix.DEFINITIONS_CREATED));
    node.put("name", agency.name());
    node.put(
        "description",
        agency.kind().code() + " agency of " + agency.country().value() + " (" + agency.id() + ")");
    node.set("roles", Stix.array(List.of(agency.kind().code())));
    node.put("identity_class", "organization");
    List<String> sectors =
        switch (agency.kind()) {
          case LAW_ENFORCEMENT, IMMIGRATION, CONSULAR -> List.of("government-national");
          case FINANCIAL_INTELLIGENCE -> List.of("government-national", "financial-services");
          case SCREENING_CLIENT -> List.of();
        };
    if (!sectors.isEmpty()) {
      node.set("sectors", Stix.array(sectors));
    }
    return node;
  }

  /** The deterministic identity id of a node: {@code identity--UUIDv5("node:CC:" + name)}. */
  public static String ofNode(String nodeName, CountryCode country) {
    return Stix.id("identity", "node:" + country.value() + ":" + nodeName);
  }

  /**
   * The identity object of a Mekong node: a {@code system} named as the node, run in {@code
   * country}.
   */
  public static ObjectNode node(String nodeName, CountryCode country) {
    ObjectNode node = Stix.object();
    node.put("type", "identity");
    node.put("spec_version", Stix.SPEC_VERSION);
    node.put("id", ofNode(nodeName, country));
    node.put("created", Stix.timestamp(Stix.DEFINITIONS_CREATED));
    node.put("modified", Stix.timestamp(Stix.DEFINITIONS_CREATED));
    node.put("name", nodeName);
    node.put("description", "Mekong node of " + country.value());
    node.set("roles", Stix.array(List.of("mekong-node")));
    node.put("identity_class", "system");
    return node;
  }

  /** Mekong's own identity object, a {@code system}; the same on every node. */
  public static ObjectNode mekong() {
    ObjectNode node = Stix.object();
    node.put("type", "identity");
    node.put("spec_version", Stix.SPEC_VERSION);
    node.put("id", MEKONG);
    node.put("created", Stix.timestamp(Stix.DEFINITIONS_CREATED));
    node.put("modified", Stix.timestamp(Stix.DEFINITIONS_CREATED));
    node.put("name", "Mekong");
    node.put(
        "description",
        "The federated exchange against cross-border telecom fraud and online scams; publisher of"
            + " Mekong's STIX extension and marking definitions.");
    node.put("identity_class", "system");
    return node;
  }
}
