package org.mekong.core.screening.event;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One traffic event a screening client checks against the watch list. */
public sealed interface ScreeningEvent permits CallRecord, SmsMessage, Transfer, WebVisit {

  /**
   * The fields to check, in order; {@code region} (ISO 3166 alpha-2, or {@code null}) is the
   * default region of phone numbers written in national form.
   */
  List<EventField> fields(@Nullable String region);
}
