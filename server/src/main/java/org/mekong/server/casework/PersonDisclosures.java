package org.mekong.server.casework;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mekong.core.agency.Agency;
import org.mekong.core.agency.AgencyKind;
import org.mekong.core.casework.Consent;
import org.mekong.core.casework.DisclosurePath;
import org.mekong.core.casework.DisclosurePolicy;
import org.mekong.core.casework.Nationality;
import org.mekong.core.casework.PersonField;
import org.mekong.core.casework.Recipient;
import org.springframework.stereotype.Service;

/**
 * Decides what an agency sees of a person on a path: its relation to the record (creator, consul of
 * the person's nationality, receiver of a handover, another agency), the consent in force, and the
 * core's {@link DisclosurePolicy} table.
 */
@Service
class PersonDisclosures {

  private final PersonStore persons;
  private final ReceivedStore received;

  PersonDisclosures(PersonStore persons, ReceivedStore received) {
    this.persons = persons;
    this.received = received;
  }

  /** What one agency sees of one person, on what basis. */
  record Disclosed(Recipient recipient, Set<PersonField> fields, String basis) {

    boolean sees(PersonField field) {
      return fields.contains(field);
    }

    /** The fields withheld from the path's full view, as codes. */
    List<String> withheld(DisclosurePath path) {
      return DisclosurePolicy.shownOn(path).stream()
          .filter(f -> !fields.contains(f))
          .map(org.mekong.core.casework.Codes::of)
          .sorted()
          .toList();
    }
  }

  /** The person if {@code viewer} sees the path's principal field of it, else a 404. */
  StoredPerson visible(Agency viewer, org.mekong.core.casework.PersonId id, DisclosurePath path) {
    StoredPerson person =
        persons.find(id).orElseThrow(() -> new CaseworkNotFoundException("person", id.toString()));
    if (!of(viewer, person, path).sees(path.principal())) {
      throw new CaseworkNotFoundException("person", id.toString());
    }
    return person;
  }

  Disclosed of(Agency viewer, StoredPerson person, DisclosurePath path) {
    boolean creator = person.createdBy().equals(viewer.id());
    if (creator) { // the creator sees everything, with or without consent: nothing to read
      return new Disclosed(
          Recipient.CREATOR, DisclosurePolicy.visible(Recipient.CREATOR, false, path), "creator");
    }
    List<ReceivedStore.Received> copies = received.of(person.id().value());
    if (!copies.isEmpty()) { // a partner's record: only the agencies it was addressed to see it
      return copies.stream()
          .filter(copy -> copy.agency().equals(viewer.id()))
          .findFirst()
          .map(copy -> received(viewer, copy, path))
          .orElseGet(
              () ->
                  new Disclosed(
                      Recipient.PARTNER,
                      DisclosurePolicy.visible(Recipient.PARTNER, false, path),
                      "none"));
    }
    boolean consul =
        viewer.kind() == AgencyKind.CONSULAR
            && person.person().nationalities().stream()
                .map(Nationality::country)
                .flatMap(Optional::stream)
                .anyMatch(viewer.country()::equals);
    boolean receiver = !creator && persons.receivers(person.id()).contains(viewer.id());
    Recipient recipient = Recipient.of(viewer.kind(), false, creator, consul, receiver);
    Optional<Consent> consent = persons.consent(person.id());
    boolean permitted = consent.map(Consent::permitsDisclosure).orElse(false);
    String basis =
        creator
            ? "creator"
            : consent.filter(Consent::permitsDisclosure).map(Consent::basis).orElse("none");
    return new Disclosed(recipient, DisclosurePolicy.visible(recipient, permitted, path), basis);
  }

  /** What the agency a partner's person was addressed to sees: the fields it carried. */
  private static Disclosed received(
      Agency viewer, ReceivedStore.Received copy, DisclosurePath path) {
    Recipient recipient =
        viewer.kind() == AgencyKind.CONSULAR ? Recipient.CONSUL_OF_NATIONALITY : Recipient.RECEIVER;
    Set<PersonField> fields = java.util.EnumSet.noneOf(PersonField.class);
    fields.addAll(DisclosurePolicy.visible(recipient, true, path));
    fields.retainAll(copy.fields());
    String basis = copy.basis();
    return new Disclosed(recipient, fields, basis == null ? "none" : basis);
  }
}
