package org.mekong.server.demo;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.mekong.core.agency.Agency;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.agency.AgencyKind;
import org.mekong.core.synthetic.SyntheticWorld;
import org.mekong.server.MekongNode;
import org.mekong.server.agency.AgencyDirectory;
import org.mekong.server.config.NodeConfig;
import org.mekong.server.config.NodeConfigLoader;
import org.mekong.server.console.ConsoleAccounts;
import org.mekong.server.indicator.IndicatorImporter;
import org.mekong.server.indicator.IndicatorRegistry;
import org.mekong.server.sharing.SharingPolicies;

/**
 * The three-node demo federation: China, Myanmar and Thailand, each a sovereign node with its own
 * embedded database and its own country's agencies, the other two registered as partners. Every
 * node knows the other nodes' agencies as remote agencies; each of its own agencies (screening
 * clients aside) holds a key at each partner, with which the node pulls what that agency is
 * entitled to. All of it is set up through the nodes' admin API, as an operator would.
 */
public final class DemoFederation implements AutoCloseable {

  /** One node of the federation: its partner name, its title and its country. */
  public record Site(String name, String title, String country) {

    /** The demo agencies of this node's country. */
    public List<Agency> agencies() {
      return DemoAgencies.ALL.stream()
          .filter(agency -> agency.country().value().equals(country))
          .toList();
    }
  }

  /** China, Myanmar and Thailand, in port order. */
  public static final List<Site> SITES =
      List.of(
          new Site("cn", "China", "CN"),
          new Site("mm", "Myanmar", "MM"),
          new Site("th", "Thailand", "TH"));

  /** The keys that the nodes' agencies hold at their partners, kept across restarts. */
  public static final String FEDERATION_KEYS_FILE = "federation-keys.json";

  /** How often a node pulls from each partner, in seconds. */
  public static final int POLL_SECONDS = 1;

  /** A running node of the federation and its credentials. */
  public record Member(Site site, Path dataDir, MekongNode node, Credentials credentials) {

    /** The node's base URL. */
    public String baseUrl() {
      return node.baseUrl();
    }

    /** The API key of one of this node's own agencies. */
    public String keyOf(String agencyId) {
      return credentials.agencies().stream()
          .filter(entry -> entry.id().equals(agencyId))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException(agencyId + " is not an agency here"))
          .apiKey();
    }

    /** The node operator's key. */
    public String adminKey() {
      String key = credentials.adminApiKey();
      if (key == null) {
        throw new IllegalStateException("the demo writes an admin key");
      }
      return key;
    }
  }

  /**
   * How to start the federation.
   *
   * @param dataDir the directory holding one data directory per node ({@code cn}, {@code mm},
   *     {@code th})
   * @param firstPort China's port; Myanmar and Thailand take the next two; 0 picks free ports
   * @param seed the synthetic world's seed
   * @param indicators the size of the synthetic world shared out between the nodes (0 for none)
   * @param environment the environment the nodes read their settings from
   */
  public record Options(
      Path dataDir, int firstPort, long seed, int indicators, Map<String, String> environment) {}

  private final Map<String, Member> members;

  private DemoFederation(Map<String, Member> members) {
    this.members = members;
  }

  /** Starts the three nodes, seeds each, and makes them partners of one another. */
  public static DemoFederation start(Options options, Consumer<String> progress) {
    Map<String, Member> members = new LinkedHashMap<>();
    DemoFederation federation = new DemoFederation(members);
    try {
      for (int i = 0; i < SITES.size(); i++) {
        Site site = SITES.get(i);
        int port = options.firstPort() == 0 ? 0 : options.firstPort() + i;
        progress.accept("Starting the " + site.title() + " node on port " + port + " ...");
        members.put(site.name(), startMember(site, options, port, progress));
      }
      federation.registerRemoteAgencies();
      for (Member member : members.values()) {
        if (options.indicators() > 0) {
          progress.accept(
              "Seeding "
                  + member.site().title()
                  + "'s share of the synthetic world (seed "
                  + options.seed()
                  + ") ...");
          seedWorld(member, options);
        } else {
          seedAgreements(member);
        }
      }
      progress.accept("Making the nodes partners of one another ...");
      federation.connectPartners(options.dataDir());
      Credentials china = federation.member("cn").credentials();
      members.values().forEach(member -> BorderStory.tell(member.credentials(), china, progress));
      for (Member member : members.values()) {
        member.node().markReady();
        DemoSeeder.writeCredentials(member.dataDir(), member.credentials());
      }
      return federation;
    } catch (RuntimeException e) {
      federation.close();
      throw e;
    }
  }

  /** The members in port order: China, Myanmar, Thailand. */
  public List<Member> members() {
    return List.copyOf(members.values());
  }

  /** The member named {@code name} ({@code cn}, {@code mm} or {@code th}). */
  public Member member(String name) {
    Member member = members.get(name);
    if (member == null) {
      throw new IllegalArgumentException("no node " + name + " in the federation");
    }
    return member;
  }

  /** Stops one member, e.g. to show that it catches up when it returns. */
  public void stop(String name) {
    member(name).node().close();
  }

  /** Starts a stopped member again on its port and data directory. */
  public Member restart(String name) {
    Member old = member(name);
    old.node().close();
    MekongNode node = MekongNode.start(old.node().config());
    Member restarted = new Member(old.site(), old.dataDir(), node, old.credentials());
    members.put(name, restarted);
    return restarted;
  }

  /** Stops every node. */
  @Override
  public void close() {
    for (Member member : members.values()) {
      member.node().close();
    }
  }

  /**
   * Starts one node, held unready until the whole federation is set up, and seeds its agencies; its
   * {@code credentials.json} is written once the node is ready.
   */
  private static Member startMember(
      Site site, Options options, int port, Consumer<String> progress) {
    Path dir = options.dataDir().resolve(site.name());
    NodeConfig config =
        NodeConfigLoader.load(
            null,
            options.environment(),
            Map.of(
                "port", String.valueOf(port),
                "data-dir", dir.toString(),
                "node.name", site.title(),
                "node.country", site.country()));
    MekongNode node =
        MekongNode.start(
            config,
            Map.of(MekongNode.HOLD_READINESS, true),
            notice -> progress.accept("demo: " + site.title() + " node: " + notice));
    try {
      Credentials credentials =
          new DemoSeeder(
                  node.bean(AgencyDirectory.class),
                  node.bean(ConsoleAccounts.class),
                  site.agencies())
              .seedAgencies(dir, node.baseUrl());
      return new Member(site, dir, node, credentials);
    } catch (RuntimeException e) {
      node.close();
      throw e;
    }
  }

  private static void seedWorld(Member member, Options options) {
    MekongNode node = member.node();
    Set<AgencyId> local =
        member.site().agencies().stream().map(Agency::id).collect(Collectors.toUnmodifiableSet());
    new DemoWorldSeeder(
            node.bean(AgencyDirectory.class),
            node.bean(SharingPolicies.class),
            node.bean(IndicatorImporter.class),
            node.bean(IndicatorRegistry.class))
        .seed(options.seed(), options.indicators(), local);
  }

  /** The agreements of the node's own agencies, where the world seeder has not set them. */
  private static void seedAgreements(Member member) {
    SharingPolicies agreements = member.node().bean(SharingPolicies.class);
    if (!agreements.agreements().isEmpty()) {
      return;
    }
    Set<AgencyId> local =
        member.site().agencies().stream().map(Agency::id).collect(Collectors.toUnmodifiableSet());
    SyntheticWorld.agreements().stream()
        .filter(agreement -> local.contains(agreement.from()))
        .forEach(agreements::put);
  }

  /**
   * Each node learns the other nodes' agencies, as agencies of those partners; their screening
   * clients screen on their own node and are no part of another's community.
   */
  private void registerRemoteAgencies() {
    for (Member member : members.values()) {
      NodeApi api = new NodeApi(member.baseUrl());
      Set<String> known = new java.util.HashSet<>();
      api.getOk("/api/v1/admin/agencies", member.adminKey())
          .forEach(agency -> known.add(agency.path("id").asString()));
      for (Member partner : members.values()) {
        if (partner == member) {
          continue;
        }
        for (Agency agency : partner.site().agencies()) {
          if (known.contains(agency.id().value()) || agency.kind() == AgencyKind.SCREENING_CLIENT) {
            continue;
          }
          Map<String, String> body = new LinkedHashMap<>();
          body.put("id", agency.id().value());
          body.put("name", agency.name());
          body.put("country", agency.country().value());
          body.put("kind", agency.kind().code());
          body.put("node", partner.site().name());
          api.postOk("/api/v1/admin/agencies", member.adminKey(), body);
        }
      }
    }
  }

  /**
   * Gives each pulling agency a key at each partner (reusing the keys of an earlier run that still
   * work) and registers the partners with each node.
   */
  private void connectPartners(Path dataDir) {
    FederationKeys keys = FederationKeys.read(dataDir.resolve(FEDERATION_KEYS_FILE));
    for (Member receiver : members.values()) {
      for (Member source : members.values()) {
        if (source == receiver) {
          continue;
        }
        Map<String, String> credentials = new TreeMap<>();
        for (Agency agency : receiver.site().agencies()) {
          if (agency.kind() != AgencyKind.SCREENING_CLIENT) {
            String id = agency.id().value();
            credentials.put(id, keys.keyAt(receiver.site().name(), source, id));
          }
        }
        Map<String, Object> partner = new LinkedHashMap<>();
        partner.put("url", source.baseUrl());
        partner.put("credentials", credentials);
        partner.put("pollSeconds", POLL_SECONDS);
        new NodeApi(receiver.baseUrl())
            .putOk(
                "/api/v1/admin/federation/partners/" + source.site().name(),
                receiver.adminKey(),
                partner);
      }
    }
    keys.write();
  }
}
