package org.mekong.server.casework;

import java.util.List;
import org.mekong.core.agency.Agency;
import org.mekong.core.casework.CaseEvent;
import org.mekong.core.casework.CaseFile;
import org.mekong.core.casework.CaseId;
import org.mekong.core.casework.DisclosurePath;
import org.mekong.core.casework.PersonField;
import org.mekong.core.casework.PersonId;
import org.mekong.core.casework.Transition;
import org.mekong.server.agency.AgencyDirectory;
import org.mekong.server.web.BadRequestException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Opens cases and appends their events through the core's lifecycle, in the caller's transaction:
 * an event the lifecycle refuses is a 409 with the lifecycle's reason.
 */
@Service
class Cases {

  private final CaseStore store;
  private final PersonStore persons;
  private final PersonDisclosures disclosures;
  private final AgencyDirectory agencies;
  private final JdbcClient jdbc;
  private final ReceivedStore received;
  private final CasePublisher publisher;

  Cases(
      ReceivedStore received,
      CasePublisher publisher,
      CaseStore store,
      PersonStore persons,
      PersonDisclosures disclosures,
      AgencyDirectory agencies,
      JdbcClient jdbc) {
    this.received = received;
    this.publisher = publisher;
    this.store = store;
    this.persons = persons;
    this.disclosures = disclosures;
    this.agencies = agencies;
    this.jdbc = jdbc;
  }

  CaseFile open(CaseId id, PersonId person, CaseEvent first) {
    checkReferences(first);
    return switch (CaseFile.open(id, person, first)) {
      case Transition.Accepted accepted -> {
        store.open(accepted.file());
        publisher.changed(accepted.file());
        yield accepted.file();
      }
      case Transition.Refused refused ->
          throw new CaseworkConflictException("event.type", refused.reason());
    };
  }

  /** Appends {@code event} to the case, which the caller must be able to see or hold. */
  CaseFile append(Agency caller, CaseId id, CaseEvent event) {
    CaseFile file =
        store
            .find(id, true)
            .orElseThrow(() -> new CaseworkNotFoundException("case", id.toString()));
    if (!mayRead(caller, file)) {
      throw new CaseworkNotFoundException("case", id.toString());
    }
    checkReferences(event);
    return switch (file.apply(event)) {
      case Transition.Accepted accepted -> {
        store.append(accepted.file());
        publisher.changed(accepted.file());
        yield accepted.file();
      }
      case Transition.Refused refused ->
          throw new CaseworkConflictException("event.type", refused.reason());
    };
  }

  /**
   * Whether {@code caller} may read the case: it opened it, holds the person, or sees the person's
   * cases under the disclosure policy; a partner's case, only the local agencies it reached.
   */
  boolean mayRead(Agency caller, CaseFile file) {
    List<ReceivedStore.Received> copies = received.of(file.id().value());
    if (!copies.isEmpty()) {
      return copies.stream().anyMatch(c -> c.agency().equals(caller.id()));
    }
    if (file.openedBy().equals(caller.id())
        || file.custodian().filter(caller.id()::equals).isPresent()) {
      return true;
    }
    return persons
        .find(file.person())
        .map(p -> disclosures.of(caller, p, DisclosurePath.CASE_READ).sees(PersonField.CASES))
        .orElse(false);
  }

  private void checkReferences(CaseEvent event) {
    if (event.details().site() != null
        && SiteController.find(jdbc, event.details().site().value()).isEmpty()) {
      throw new BadRequestException("event.site", "names no site of this node");
    }
    if (event instanceof CaseEvent.HandedOver handedOver
        && agencies.find(handedOver.receivingAgency().value()).isEmpty()) {
      throw new BadRequestException("event.receivingAgency", "names no agency known to this node");
    }
  }
}
