package org.mekong.server.legal;

import java.util.UUID;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.legal.Person;
import org.mekong.core.sharing.SharedObject;

/**
 * A person named by a legal record that a border check screens against: the record, who issued it
 * and how it is marked, the person, a one-line summary, what to do on a hit and where the record
 * stands.
 *
 * @param onHit what the officer is asked to do, in words
 * @param applies whether the record asks anything of the officer today (a ban in force, a notice
 *     published, an action that stands)
 */
public record Listing(
    UUID id,
    LegalKind kind,
    AgencyId originator,
    SharedObject shared,
    Person person,
    String summary,
    String onHit,
    String standing,
    boolean applies) {}
