package org.mekong.server.indicator;

import java.util.Optional;
import org.mekong.core.agency.Agency;
import org.mekong.core.indicator.Indicator;
import org.mekong.core.indicator.IndicatorId;
import org.mekong.core.stix.ImportedIndicator;
import org.springframework.stereotype.Component;

/**
 * Applies a revoked version that an agency of this node sends in a STIX import or a TAXII POST, as
 * the same agency's {@code revoke} would: only the originating agency speaks for its indicator.
 *
 * <p>The indicator revoked is the one the object's id names, when the sender may see it; otherwise
 * the sender's own indicator on the object's selector (which is where the sender's earlier import
 * of the same object, under its producer's id, was stored). One named indicator that belongs to
 * another agency is refused, whether that agency is on this node or a partner's: a received
 * indicator is revoked only by its originator's node, whose revocation arrives through federation
 * (docs/federation.md).
 */
@Component
class ProducerRevocations {

  /** What applying one revoked version did. */
  sealed interface Outcome permits Revoked, Refused {}

  /**
   * The indicator is revoked.
   *
   * @param applied false when it had been revoked already (nothing changed)
   */
  record Revoked(IndicatorId id, boolean applied) implements Outcome {}

  /** The revocation is not applied, for this reason. */
  record Refused(String reason) implements Outcome {}

  private final IndicatorRegistry registry;
  private final IndicatorStore store;

  ProducerRevocations(IndicatorRegistry registry, IndicatorStore store) {
    this.registry = registry;
    this.store = store;
  }

  Outcome apply(Agency sender, ImportedIndicator revoked) {
    if (IndicatorId.isValid(revoked.stixId())) {
      Optional<IndicatorRegistry.Visible> named =
          registry.get(sender, new IndicatorId(revoked.stixId()));
      if (named.isPresent()) {
        return revoke(sender, named.get());
      }
    }
    IndicatorId own = registry.idOf(sender.id(), revoked.selector());
    return registry
        .get(sender, own)
        .map(mine -> revoke(sender, mine))
        .orElseGet(
            () ->
                new Refused(
                    revoked.stixId()
                        + " is revoked, but this node holds no indicator of "
                        + sender.id().value()
                        + " on "
                        + revoked.selector().canonical()
                        + " to revoke"));
  }

  private Outcome revoke(Agency sender, IndicatorRegistry.Visible target) {
    Indicator current = target.stored().indicator();
    IndicatorId id = current.id();
    if (!current.originator().equals(sender.id())) {
      StoredIndicator.Provenance provenance = target.stored().provenance();
      if (provenance != null && target.originatorDisclosed()) {
        return new Refused(
            "only the originating agency may revoke indicator "
                + id.value()
                + "; it was received from partner node "
                + provenance.receivedFrom()
                + ", and only a revocation by its originator's node ("
                + provenance.node()
                + "), pulled through federation, revokes it here");
      }
      return new Refused(
          "only the originating agency may revoke indicator "
              + id.value()
              + ", and "
              + sender.id().value()
              + " did not originate it");
    }
    if (current.revoked()) {
      return new Revoked(id, false);
    }
    Indicator after = store.revoke(id);
    return new Revoked(id, after.version() != current.version());
  }
}
