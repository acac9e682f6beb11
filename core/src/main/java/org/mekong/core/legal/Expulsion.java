package org.mekong.core.legal;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mekong.core.input.InvalidInputException;

/**
 * An expulsion or deportation order, Thailand's TM 35 being the model: the person may leave (exit
 * allowed) and may not come back (re-entry barred), to a destination and into the hands of a
 * receiving authority, on the day it is carried out.
 *
 * @param orderReference the order's number
 * @param issuingAuthority who ordered it
 * @param legalBasis the law it rests on (e.g. Immigration Act B.E. 2522, section 54)
 * @param orderDate the day it was ordered
 * @param destination ICAO 9303 code of the state the person is sent to
 * @param receivingAuthority who receives the person there; may be empty when not known yet
 * @param carriedOut the day the person left; null until then
 * @param exitAllowed whether the order lets the person leave (a TM 35 does)
 * @param reEntryBarred whether the person may not come back
 * @param entryBan the entry ban that bars re-entry, when one is recorded
 * @param note anything else; may be empty
 */
public record Expulsion(
    Person subject,
    String orderReference,
    String issuingAuthority,
    String legalBasis,
    LocalDate orderDate,
    String destination,
    String receivingAuthority,
    @Nullable LocalDate carriedOut,
    boolean exitAllowed,
    boolean reEntryBarred,
    @Nullable UUID entryBan,
    String note,
    Links links) {

  public Expulsion {
    requireNonNull(subject, "subject");
    requireNonNull(orderDate, "orderDate");
    requireNonNull(links, "links");
    orderReference = Texts.reference("orderReference", orderReference);
    issuingAuthority = Texts.required("issuingAuthority", issuingAuthority, Texts.SHORT);
    legalBasis = Texts.required("legalBasis", legalBasis, Texts.LONG);
    destination = Texts.state("destination", destination);
    receivingAuthority = Texts.optional("receivingAuthority", receivingAuthority, Texts.SHORT);
    note = Texts.optional("note", note, Texts.LONG);
    if (carriedOut != null && carriedOut.isBefore(orderDate)) {
      throw new InvalidInputException("carriedOut", "must not be before orderDate");
    }
    if (entryBan != null && !reEntryBarred) {
      throw new InvalidInputException("entryBan", "is given but reEntryBarred is false");
    }
  }

  /** Whether the order has been carried out. */
  public boolean carriedOutYet() {
    return carriedOut != null;
  }
}
