package org.mekong.server.screening;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.mekong.core.screening.event.CallRecord;
import org.mekong.core.screening.event.ScreeningEvent;
import org.mekong.core.screening.event.SmsMessage;
import org.mekong.core.screening.event.Transfer;
import org.mekong.core.screening.event.WebVisit;
import org.mekong.server.web.BadRequestException;

/**
 * One event to screen as the API receives it: {@code kind} says which fields apply — {@code call}
 * (aNumber, bNumber, imei, imsi, cell, start, durationSeconds), {@code sms} (sender, recipient,
 * sentAt, body), {@code transfer} (payer, payee, amount, currency, executedAt) or {@code web} (url,
 * visitedAt).
 */
record EventRequest(
    @Nullable String kind,
    @Nullable String aNumber,
    @Nullable String bNumber,
    @Nullable String imei,
    @Nullable String imsi,
    @Nullable String cell,
    @Nullable String start,
    @Nullable Long durationSeconds,
    @Nullable String sender,
    @Nullable String recipient,
    @Nullable String sentAt,
    @Nullable String body,
    @Nullable String payer,
    @Nullable String payee,
    @Nullable BigDecimal amount,
    @Nullable String currency,
    @Nullable String executedAt,
    @Nullable String url,
    @Nullable String visitedAt) {

  /** The event, or a 400 naming the field ({@code events[3].aNumber}) that is wrong. */
  ScreeningEvent toEvent(String at) {
    if (kind == null) {
      throw new BadRequestException(at + ".kind", "is required: call, sms, transfer or web");
    }
    try {
      return switch (kind) {
        case "call" ->
            new CallRecord(
                required(at, "aNumber", aNumber),
                required(at, "bNumber", bNumber),
                imei,
                imsi,
                cell,
                instant(at, "start", start),
                durationSeconds == null ? null : Duration.ofSeconds(durationSeconds));
        case "sms" ->
            new SmsMessage(
                required(at, "sender", sender),
                required(at, "recipient", recipient),
                instant(at, "sentAt", sentAt),
                required(at, "body", body));
        case "transfer" ->
            new Transfer(
                required(at, "payer", payer),
                required(at, "payee", payee),
                amount,
                currency,
                instant(at, "executedAt", executedAt));
        case "web" -> new WebVisit(required(at, "url", url), instant(at, "visitedAt", visitedAt));
        default ->
            throw new BadRequestException(
                at + ".kind", "is '" + kind + "'; must be call, sms, transfer or web");
      };
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(at, "is not a valid " + kind + ": " + e.getMessage());
    }
  }

  private static String required(String at, String field, @Nullable String value) {
    if (value == null) {
      throw new BadRequestException(at + "." + field, "is required");
    }
    return value;
  }

  private static @Nullable Instant instant(String at, String field, @Nullable String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new BadRequestException(
          at + "." + field, "is not an ISO-8601 instant such as 2026-11-28T08:15:02Z");
    }
  }
}
