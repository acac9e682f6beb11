package org.mekong.server.agency;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.Agency;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.agency.AgencyKind;
import org.mekong.core.agency.CountryCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The agencies of this node and their API keys: create, list, issue, revoke, rotate, verify. */
@Service
public class AgencyDirectory {

  /** Published after an agency has been added, for those who cache the directory. */
  public record AgencyAdded(Agency agency) {}

  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;

  AgencyDirectory(JdbcClient jdbc, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.events = events;
  }

  /** Adds one of this node's own agencies. */
  @Transactional
  public Agency create(Agency agency) {
    return create(agency, null);
  }

  /**
   * Adds an agency: one of this node's own when {@code node} is null, else a partner node's agency
   * (a remote agency), which may read but not publish here.
   */
  @Transactional
  public Agency create(Agency agency, @Nullable String node) {
    if (node != null && !isNodeName(node)) {
      throw new IllegalArgumentException("not a node name: " + node);
    }
    try {
      jdbc.sql("INSERT INTO agency (id, name, country, kind, node) VALUES (?, ?, ?, ?, ?)")
          .param(agency.id().value())
          .param(agency.name())
          .param(agency.country().value())
          .param(agency.kind().code())
          .param(node)
          .update();
    } catch (DuplicateKeyException e) {
      throw new AgencyAlreadyExistsException(agency.id().value());
    }
    events.publishEvent(new AgencyAdded(agency));
    return agency;
  }

  /** Every agency, by id. */
  public List<Agency> list() {
    return jdbc.sql("SELECT id, name, country, kind FROM agency ORDER BY id")
        .query(
            (rs, row) -> agency(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
        .list();
  }

  /** Whether a text is a node name: 2-32 lower-case letters, digits or hyphens, a letter first. */
  public static boolean isNodeName(String name) {
    return name.matches("^[a-z][a-z0-9-]{1,31}$");
  }

  /** The remote agencies and the partner node each belongs to. */
  public Map<AgencyId, String> remoteNodes() {
    Map<AgencyId, String> nodes = new HashMap<>();
    jdbc.sql("SELECT id, node FROM agency WHERE node IS NOT NULL")
        .query(
            (org.springframework.jdbc.core.RowCallbackHandler)
                rs -> nodes.put(new AgencyId(rs.getString(1)), rs.getString(2)));
    return Map.copyOf(nodes);
  }

  /**
   * An agency as registered on this node.
   *
   * @param node the partner node of a remote agency; null for one of this node's own
   */
  public record Registered(Agency agency, @Nullable String node) {
    /** Whether it is a partner node's agency. */
    public boolean isRemote() {
      return node != null;
    }
  }

  /** The agency with this id and the node it belongs to, if it exists. */
  public Optional<Registered> registered(String id) {
    return jdbc.sql("SELECT id, name, country, kind, node FROM agency WHERE id = ?")
        .param(id)
        .query(
            (rs, row) ->
                new Registered(
                    agency(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                    rs.getString(5)))
        .optional();
  }

  /** The agency with this id. */
  public Optional<Agency> find(String id) {
    return jdbc.sql("SELECT id, name, country, kind FROM agency WHERE id = ?")
        .param(id)
        .query(
            (rs, row) -> agency(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
        .optional();
  }

  /** Issues a new key for an agency; the secret is returned once and stored only as a hash. */
  @Transactional
  public IssuedKey issueKey(String agencyId, String label) {
    if (find(agencyId).isEmpty()) {
      throw new AgencyNotFoundException(agencyId);
    }
    return insertKey(agencyId, label);
  }

  /** Issues a node-operator key, not tied to any agency. */
  @Transactional
  public IssuedKey issueAdminKey(String label) {
    return insertKey(null, label);
  }

  /** Whether the node has an active admin key. */
  public boolean hasAdminKey() {
    return jdbc.sql("SELECT count(*) FROM api_key WHERE admin AND revoked_at IS NULL")
            .query(Long.class)
            .single()
        > 0;
  }

  /** Revokes a key at once; requests with it get 401 from now on. */
  @Transactional
  public void revokeKey(UUID keyId) {
    int revoked =
        jdbc.sql("UPDATE api_key SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
            .params(java.sql.Timestamp.from(Instant.now()), keyId)
            .update();
    if (revoked == 0) {
      throw new ApiKeyNotFoundException(keyId);
    }
  }

  /** Replaces a key by a new one for the same holder and revokes the old one. */
  @Transactional
  public IssuedKey rotateKey(UUID keyId) {
    record Holder(@Nullable String agencyId, String label) {}
    Holder holder =
        jdbc.sql("SELECT agency_id, label FROM api_key WHERE id = ? AND revoked_at IS NULL")
            .param(keyId)
            .query((rs, row) -> new Holder(rs.getString(1), rs.getString(2)))
            .optional()
            .orElseThrow(() -> new ApiKeyNotFoundException(keyId));
    revokeKey(keyId);
    return insertKey(holder.agencyId(), holder.label());
  }

  /** The caller behind an active key, if the key is known and not revoked. */
  public Optional<Caller> authenticate(ApiKeySecret secret) {
    return jdbc.sql(
            """
            SELECT k.id, a.id, a.name, a.country, a.kind, a.node
              FROM api_key k LEFT JOIN agency a ON a.id = k.agency_id
             WHERE k.key_hash = ? AND k.revoked_at IS NULL
            """)
        .param(secret.hash())
        .query(
            (rs, row) -> {
              UUID keyId = rs.getObject(1, UUID.class);
              String agencyId = rs.getString(2);
              return new Caller(
                  keyId,
                  agencyId == null
                      ? null
                      : agency(agencyId, rs.getString(3), rs.getString(4), rs.getString(5)),
                  rs.getString(6));
            })
        .optional();
  }

  private IssuedKey insertKey(@Nullable String agencyId, String label) {
    ApiKeySecret secret = ApiKeySecret.generate();
    UUID keyId = UUID.randomUUID();
    if (agencyId == null) {
      jdbc.sql("INSERT INTO api_key (id, admin, key_hash, label) VALUES (?, true, ?, ?)")
          .params(keyId, secret.hash(), label)
          .update();
    } else {
      jdbc.sql("INSERT INTO api_key (id, agency_id, key_hash, label) VALUES (?, ?, ?, ?)")
          .params(keyId, agencyId, secret.hash(), label)
          .update();
    }
    return new IssuedKey(keyId, agencyId, agencyId == null, secret);
  }

  private static Agency agency(String id, String name, String country, String kind) {
    return new Agency(
        new AgencyId(id),
        name,
        new CountryCode(country),
        AgencyKind.fromCode(kind)
            .orElseThrow(
                () -> new IllegalStateException("unknown agency kind in the database: " + kind)));
  }
}
