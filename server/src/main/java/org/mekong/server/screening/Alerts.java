package org.mekong.server.screening;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.Agency;
import org.mekong.core.indicator.IndicatorId;
import org.mekong.core.indicator.SightingKind;
import org.mekong.server.indicator.IndicatorNotFoundException;
import org.mekong.server.indicator.IndicatorRegistry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The review of alerts: people list them, take one (assign), and decide — confirm, which records a
 * true-positive sighting on every indicator the alert hit, or dismiss, a false-positive one. Each
 * step says who, when and why; a decision is final.
 */
@Service
class Alerts {

  /** The longest page of alerts. */
  static final int MAX_PAGE = 500;

  /** The longest analyst name and reason accepted. */
  static final int MAX_TEXT = 2_000;

  /** What a decision did to the indicators the alert hit. */
  record Outcome(Alert alert, int sightingsRecorded, List<String> noLongerVisible) {}

  private final AlertStore store;
  private final IndicatorRegistry registry;
  private final TransactionTemplate transaction;

  Alerts(AlertStore store, IndicatorRegistry registry, PlatformTransactionManager transactions) {
    this.store = store;
    this.registry = registry;
    this.transaction = new TransactionTemplate(transactions);
  }

  UUID raise(AlertStore.NewAlert alert) {
    return store.insert(alert);
  }

  Alert get(Agency client, UUID id) {
    return store
        .find(client.id(), id, false)
        .orElseThrow(() -> new AlertNotFoundException(id.toString()));
  }

  List<Alert> list(
      Agency client, AlertStore.Filter filter, AlertStore.@Nullable Cursor cursor, int limit) {
    return store.list(client.id(), filter, cursor, limit);
  }

  Alert assign(Agency client, UUID id, String assignee, String analyst, String reason) {
    return required(
        transaction.execute(
            status -> {
              Alert alert = undecided(client, id);
              store.record(
                  id,
                  AlertStatus.ASSIGNED,
                  assignee,
                  new Alert.Decision(now(), client.id().value(), analyst, "assign", reason));
              return get(client, UUID.fromString(alert.id()));
            }));
  }

  Outcome decide(Agency client, UUID id, boolean confirm, String analyst, String reason) {
    return required(
        transaction.execute(
            status -> {
              Alert alert = undecided(client, id);
              Instant at = now();
              store.record(
                  id,
                  confirm ? AlertStatus.CONFIRMED : AlertStatus.DISMISSED,
                  alert.assignee(),
                  new Alert.Decision(
                      at, client.id().value(), analyst, confirm ? "confirm" : "dismiss", reason));
              int recorded = 0;
              List<String> gone = new ArrayList<>();
              for (String indicator : store.indicators(id)) {
                try {
                  registry.sight(
                      client,
                      new IndicatorId(indicator),
                      confirm ? SightingKind.TRUE_POSITIVE : SightingKind.FALSE_POSITIVE,
                      false,
                      at,
                      "alert " + id + ": " + reason);
                  recorded++;
                } catch (IndicatorNotFoundException e) {
                  gone.add(indicator);
                }
              }
              return new Outcome(get(client, id), recorded, gone);
            }));
  }

  private Alert undecided(Agency client, UUID id) {
    Alert alert =
        store
            .find(client.id(), id, true)
            .orElseThrow(() -> new AlertNotFoundException(id.toString()));
    if (AlertStatus.fromCode(alert.status()).map(AlertStatus::decided).orElse(true)) {
      throw new AlertDecidedException(id.toString(), alert.status());
    }
    return alert;
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  private static <T> T required(@Nullable T value) {
    if (value == null) {
      throw new IllegalStateException("the transaction returned nothing");
    }
    return value;
  }
}
