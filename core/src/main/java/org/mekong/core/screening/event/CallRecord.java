package org.mekong.core.screening.event;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mekong.core.selector.SelectorType;

/**
 * A call detail record. The a and b numbers are always checked, as phones (an empty or garbled one
 * is reported invalid); the IMEI and IMSI when present. A blank optional field is absent.
 *
 * @param aNumber the calling number as the operator writes it
 * @param bNumber the called number
 * @param imei the calling handset's IMEI, if known
 * @param imsi the calling SIM's IMSI, if known
 * @param cell the opaque id of the serving cell, if known (not screened)
 * @param start when the call started, if known
 * @param duration how long it lasted, if known; never negative
 */
public record CallRecord(
    String aNumber,
    String bNumber,
    @Nullable String imei,
    @Nullable String imsi,
    @Nullable String cell,
    @Nullable Instant start,
    @Nullable Duration duration)
    implements ScreeningEvent {

  public CallRecord {
    Fields.checkLength("a_number", aNumber);
    Fields.checkLength("b_number", bNumber);
    imei = Fields.optional("imei", imei);
    imsi = Fields.optional("imsi", imsi);
    cell = Fields.optional("cell", cell);
    if (duration != null && duration.isNegative()) {
      throw new IllegalArgumentException("a call's duration is never negative, was " + duration);
    }
  }

  @Override
  public List<EventField> fields(@Nullable String region) {
    List<EventField> fields = new ArrayList<>(4);
    fields.add(new EventField("a_number", SelectorType.PHONE, aNumber));
    fields.add(new EventField("b_number", SelectorType.PHONE, bNumber));
    if (imei != null) {
      fields.add(new EventField("imei", SelectorType.IMEI, imei));
    }
    if (imsi != null) {
      fields.add(new EventField("imsi", SelectorType.IMSI, imsi));
    }
    return List.copyOf(fields);
  }
}
