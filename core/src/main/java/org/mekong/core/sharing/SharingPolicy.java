package org.mekong.core.sharing;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.mekong.core.agency.Agency;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.agency.AgencyKind;
import org.mekong.core.marking.Tlp;

/**
 * The sharing rules of one node: given the agencies it knows (its community: its own agencies and
 * the partner agencies it exchanges with) and its sharing agreements, who may see a shared object,
 * who learns its originator, and who may pass it on. Nothing but TLP:CLEAR reaches an agency
 * outside the community, even one named as a recipient. Where the community knows the viewer, its
 * kind there is the one that counts. The rules are written out in {@code docs/sharing-rules.md}.
 */
public final class SharingPolicy {

  private final Map<AgencyId, Agency> community;
  private final List<SharingAgreement> agreements;

  /** A policy over these agencies (unique ids) and agreements (which may name remote agencies). */
  public SharingPolicy(Collection<Agency> community, Collection<SharingAgreement> agreements) {
    Map<AgencyId, Agency> byId = new LinkedHashMap<>();
    for (Agency agency : community) {
      if (byId.putIfAbsent(agency.id(), agency) != null) {
        throw new IllegalArgumentException("agency listed twice in the community: " + agency.id());
      }
    }
    this.community = Map.copyOf(byId);
    this.agreements = List.copyOf(agreements);
  }

  /** Whether {@code viewer} may see {@code object}, and on what ground or why not. */
  public Access access(Agency viewer, SharedObject object) {
    if (viewer.id().equals(object.originator())) {
      return new Access.Granted(Access.Ground.OWN);
    }
    Tlp tlp = object.marking().tlp();
    if (tlp == Tlp.CLEAR) {
      return new Access.Granted(Access.Ground.PUBLIC);
    }
    Agency known = community.get(viewer.id());
    if (known == null) {
      return new Access.Denied(Access.Refusal.OUTSIDE_COMMUNITY);
    }
    return switch (tlp) {
      case CLEAR -> new Access.Granted(Access.Ground.PUBLIC);
      case GREEN -> new Access.Granted(Access.Ground.COMMUNITY);
      case AMBER -> amber(known, object);
      case AMBER_STRICT -> amberStrict(known, object);
      case RED ->
          object.marking().names(known.id())
              ? new Access.Granted(Access.Ground.RECIPIENT)
              : new Access.Denied(Access.Refusal.NOT_NAMED);
    };
  }

  /**
   * Whether {@code viewer} may see an object derived from {@code sources} (e.g. combined from two
   * indicators): only if it may see the derived object and every source. The derived object's
   * marking (from {@link org.mekong.core.marking.Marking#strictest}) alone does not suffice: its
   * categories and its originator's agreements could reach agencies that a source does not. The
   * ground is the derived object's; a denial gives the first reason found.
   */
  public Access accessDerived(
      Agency viewer, SharedObject derived, Collection<SharedObject> sources) {
    Access access = access(viewer, derived);
    for (SharedObject source : sources) {
      if (access instanceof Access.Denied) {
        return access;
      }
      Access toSource = access(viewer, source);
      if (toSource instanceof Access.Denied) {
        return toSource;
      }
    }
    return access;
  }

  /**
   * Whether the originating agency must be withheld from {@code viewer} (shown as "withheld"): true
   * unless the viewer may see the object on a ground that discloses it, i.e. for every denial and
   * for screening clients that see TLP:AMBER only as clients of a recipient.
   */
  public boolean withholdOriginator(Agency viewer, SharedObject object) {
    return switch (access(viewer, object)) {
      case Access.Granted granted -> !granted.originatorDisclosed();
      case Access.Denied ignored -> true;
    };
  }

  /**
   * Whether {@code holder}, which holds {@code object}, may pass it to {@code target} (e.g. to a
   * partner node's agency). The originator shares by the ordinary rules; any other holder may pass
   * on only what {@link org.mekong.core.marking.Marking#onwardSharingAllowed()} allows (TLP:CLEAR,
   * or TLP:GREEN within the community, neither with H2).
   */
  public Access mayReshareTo(AgencyId holder, Agency target, SharedObject object) {
    if (!holder.equals(object.originator()) && !object.marking().onwardSharingAllowed()) {
      return new Access.Denied(Access.Refusal.ONWARD_SHARING_FORBIDDEN);
    }
    return access(target, object);
  }

  /** The agencies of the community that may see {@code object}, in id order. */
  public Set<AgencyId> audience(SharedObject object) {
    Set<AgencyId> audience = new TreeSet<>(Comparator.comparing(AgencyId::value));
    for (Agency agency : community.values()) {
      if (access(agency, object).isGranted()) {
        audience.add(agency.id());
      }
    }
    return Collections.unmodifiableSet(audience);
  }

  private Access amber(Agency viewer, SharedObject object) {
    if (object.marking().names(viewer.id())) {
      return new Access.Granted(Access.Ground.RECIPIENT);
    }
    boolean fromOriginator = agreed(object.originator(), viewer.id(), object);
    if (viewer.kind() != AgencyKind.SCREENING_CLIENT) {
      return fromOriginator
          ? new Access.Granted(Access.Ground.AGREEMENT)
          : new Access.Denied(Access.Refusal.NO_AGREEMENT);
    }
    if (fromOriginator || suppliedByRecipient(viewer, object)) {
      return new Access.Granted(Access.Ground.CLIENT_OF_RECIPIENT);
    }
    return new Access.Denied(Access.Refusal.NO_AGREEMENT);
  }

  private Access amberStrict(Agency viewer, SharedObject object) {
    if (object.marking().names(viewer.id())) {
      return new Access.Granted(Access.Ground.RECIPIENT);
    }
    if (viewer.kind() == AgencyKind.SCREENING_CLIENT) {
      return new Access.Denied(Access.Refusal.CLIENTS_EXCLUDED);
    }
    if (agreed(object.originator(), viewer.id(), object)) {
      return new Access.Granted(Access.Ground.AGREEMENT);
    }
    boolean belowLevel =
        agreements.stream()
            .anyMatch(
                agreement ->
                    agreement.from().equals(object.originator())
                        && agreement.to().equals(viewer.id())
                        && agreement.coversAny(object.categories()));
    return new Access.Denied(
        belowLevel ? Access.Refusal.LEVEL_ABOVE_AGREEMENT : Access.Refusal.NO_AGREEMENT);
  }

  /** Whether a law-enforcement or financial-intelligence recipient supplies the client. */
  private boolean suppliedByRecipient(Agency client, SharedObject object) {
    for (SharingAgreement agreement : agreements) {
      if (agreement.to().equals(client.id())
          && agreement.covers(object.categories(), Tlp.AMBER)
          && passesToClients(agreement.from())
          && (object.marking().names(agreement.from())
              || agreed(object.originator(), agreement.from(), object))) {
        return true;
      }
    }
    return false;
  }

  private boolean passesToClients(AgencyId supplier) {
    return Optional.ofNullable(community.get(supplier))
        .map(
            agency ->
                switch (agency.kind()) {
                  case LAW_ENFORCEMENT, FINANCIAL_INTELLIGENCE -> true;
                  case IMMIGRATION, CONSULAR, SCREENING_CLIENT -> false;
                })
        .orElse(false);
  }

  private boolean agreed(AgencyId from, AgencyId to, SharedObject object) {
    Tlp tlp = object.marking().tlp();
    return agreements.stream()
        .anyMatch(
            agreement ->
                agreement.from().equals(from)
                    && agreement.to().equals(to)
                    && agreement.covers(object.categories(), tlp));
  }
}
