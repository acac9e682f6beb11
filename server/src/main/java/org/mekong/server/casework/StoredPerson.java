package org.mekong.server.casework;

import java.time.Instant;
import java.time.LocalDate;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.casework.Person;
import org.mekong.core.casework.PersonId;

/** A person as stored: the record, who created it and when. */
record StoredPerson(PersonId id, AgencyId createdBy, Instant createdAt, PersonJson json) {

  /** The core person; stored records were checked when written, so this only rebuilds it. */
  Person person() {
    return json.toPerson(id, LocalDate.MAX);
  }
}
