package org.mekong.server.names;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.mekong.core.agency.Agency;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.border.check.IndexedMatch;
import org.mekong.core.border.check.PersonMatch;
import org.mekong.core.border.check.Traveller;
import org.mekong.core.border.check.TravellerIndex;
import org.mekong.core.sharing.Access;
import org.mekong.core.sharing.SharingPolicy;
import org.mekong.server.sharing.SharingPolicies;
import org.springframework.stereotype.Service;

/**
 * The persons of the name lists (sanctions lists imported from FollowTheMoney) a traveller may be,
 * for a border check: searched in the names index by blocking keys among the entities the officer's
 * agency may see and whose birth date does not contradict the traveller's, ranked by the name
 * comparator and decided by the traveller matcher.
 */
@Service
public class ListedPersons {

  /**
   * A listed person the traveller matches: the list and the entity's id in it, its first name, the
   * datasets and sanctions programmes it is listed under, who imported the list when the marking
   * lets the officer know, and how and why it matches.
   */
  public record Hit(
      String list,
      String entityId,
      String name,
      List<String> datasets,
      List<String> programmes,
      AgencyId importedBy,
      boolean importerShown,
      PersonMatch match) {

    public Hit {
      datasets = List.copyOf(datasets);
      programmes = List.copyOf(programmes);
    }
  }

  private final NameEntities entities;
  private final SharingPolicies policies;

  ListedPersons(NameEntities entities, SharingPolicies policies) {
    this.entities = entities;
    this.policies = policies;
  }

  /** Whether the lists are in memory; until then a check cannot screen against them. */
  public boolean ready() {
    return entities.ready();
  }

  /** The listed persons {@code traveller} matches that {@code officer} may see, surest first. */
  public List<Hit> matches(Agency officer, Traveller traveller) {
    if (!entities.ready()) {
      return List.of();
    }
    SharingPolicy policy = policies.current();
    IntPredicate visible =
        number -> {
          NameEntity entity = entities.entity(number);
          return entity != null
              && policy.access(officer, entity.shared()) instanceof Access.Granted;
        };
    List<IndexedMatch> found =
        TravellerIndex.byName(
            traveller,
            entities.index(),
            number -> {
              NameEntity entity = entities.entity(number);
              return entity == null ? null : entity.profile();
            },
            visible,
            TravellerIndex.NAME_CANDIDATES);
    List<Hit> hits = new ArrayList<>();
    for (IndexedMatch m : TravellerIndex.ranked(found)) {
      NameEntity entity = entities.entity(m.number());
      if (entity == null) {
        continue;
      }
      boolean shown =
          policy.access(officer, entity.shared()) instanceof Access.Granted granted
              && granted.originatorDisclosed();
      hits.add(
          new Hit(
              entity.list(),
              entity.id(),
              entity.names().getFirst(),
              entity.datasets(),
              entity.programmes(),
              entity.shared().originator(),
              shown,
              m.match()));
    }
    return hits;
  }
}
