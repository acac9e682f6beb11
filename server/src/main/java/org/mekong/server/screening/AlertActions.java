package org.mekong.server.screening;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.Agency;
import org.mekong.server.web.BadRequestException;
import org.mekong.server.web.Parameters;
import org.springframework.stereotype.Service;

/**
 * What the console does with an agency's alerts, by the API's rules: the queue, one alert with its
 * match explanation, assign, confirm and dismiss with a reason.
 */
@Service
public class AlertActions {

  /** How many alerts the queue shows at most. */
  public static final int QUEUE_LIMIT = 200;

  private final Alerts alerts;
  private final AlertStore store;

  AlertActions(Alerts alerts, AlertStore store) {
    this.alerts = alerts;
    this.store = store;
  }

  /**
   * How many alerts the agency received on each of the last {@code days} UTC days up to {@code
   * today}, oldest first, days without alerts included as 0.
   */
  public SequencedMap<LocalDate, Long> perDay(Agency client, LocalDate today, int days) {
    if (days < 1 || days > 366) {
      throw new IllegalArgumentException("between 1 and 366 days, not " + days);
    }
    LocalDate first = today.minusDays(days - 1L);
    var counted = store.perDay(client.id(), first.atStartOfDay(ZoneOffset.UTC).toInstant());
    SequencedMap<LocalDate, Long> all = new LinkedHashMap<>();
    for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
      all.put(day, counted.getOrDefault(day, 0L));
    }
    return all;
  }

  /** The agency's alerts with this status (open, assigned, confirmed, dismissed), newest first. */
  public List<Alert> queue(Agency client, String status) {
    AlertStatus wanted =
        AlertStatus.fromCode(status)
            .orElseThrow(
                () ->
                    new BadRequestException(
                        "status", "must be open, assigned, confirmed or dismissed"));
    return alerts.list(client, new AlertStore.Filter(wanted, null, null, null), null, QUEUE_LIMIT);
  }

  /** One of the agency's alerts. */
  public Alert get(Agency client, String id) {
    return alerts.get(client, alertId(id));
  }

  /** Assigns the alert to {@code assignee}, by {@code analyst}. */
  public Alert assign(
      Agency client, String id, String assignee, String analyst, @Nullable String reason) {
    return alerts.assign(
        client,
        alertId(id),
        text("assignee", assignee, true),
        text("analyst", analyst, true),
        text("reason", reason, false));
  }

  /** Confirms (true-positive sightings) or dismisses (false-positive) the alert, with a reason. */
  public Alert decide(
      Agency client, String id, boolean confirm, String analyst, @Nullable String reason) {
    return alerts
        .decide(
            client,
            alertId(id),
            confirm,
            text("analyst", analyst, true),
            text("reason", reason, true))
        .alert();
  }

  /** A decision's free text, read as the API reads it: required or not, capped, stripped. */
  static String text(String field, @Nullable String value, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        throw new BadRequestException(field, "is required");
      }
      return "";
    }
    if (value.length() > Alerts.MAX_TEXT) {
      throw new BadRequestException(field, "is longer than " + Alerts.MAX_TEXT + " characters");
    }
    return String.valueOf(Parameters.text(field, value)).strip();
  }

  /** An alert id from a path, or a 400 naming it. */
  static UUID alertId(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("id", "is not an alert id (a UUID)");
    }
  }
}
