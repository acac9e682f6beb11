package org.mekong.server.federation;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.Agency;
import org.mekong.core.agency.AgencyId;
import org.mekong.server.agency.AgencyDirectory;
import org.mekong.server.audit.AuditLog;
import org.mekong.server.casework.CaseworkExchange;
import org.mekong.server.indicator.IndicatorRegistry;
import org.mekong.server.legal.LegalExchange;
import org.mekong.server.requests.RequestExchange;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Stores one page pulled from a partner, in one transaction with the pull's cursor, so that a crash
 * re-fetches at most that page (harmless: storing is idempotent). Each object is judged by {@link
 * ObjectIngest}; refusals are recorded per object and never abort the page. A page with objects is
 * one audit entry, by {@code partner:<name>}.
 */
@Component
class PageIngest {

  /** What one page did. */
  record Counts(long received, long unchanged, long refused, long ownObjects) {}

  private final IndicatorRegistry registry;
  private final LegalExchange legal;
  private final RequestExchange requests;
  private final CaseworkExchange casework;
  private final AgencyDirectory agencies;
  private final PartnerStore store;

  /** Refusals kept per partner, newest first; older ones go as new ones come. */
  static final int KEPT_REFUSALS = 10_000;

  private final AuditLog audit;
  private final TransactionTemplate transaction;

  PageIngest(
      IndicatorRegistry registry,
      LegalExchange legal,
      RequestExchange requests,
      CaseworkExchange casework,
      AgencyDirectory agencies,
      PartnerStore store,
      AuditLog audit,
      PlatformTransactionManager transactions) {
    this.registry = registry;
    this.legal = legal;
    this.requests = requests;
    this.casework = casework;
    this.agencies = agencies;
    this.store = store;
    this.audit = audit;
    this.transaction = new TransactionTemplate(transactions);
  }

  Counts ingest(String partner, AgencyId puller, TaxiiPuller.Page page) {
    Counts counts = transaction.execute(status -> store(partner, puller, page));
    if (counts == null) {
      throw new IllegalStateException("the page's transaction returned nothing");
    }
    if (!page.objects().isEmpty()) {
      audit.append(
          "partner:" + partner,
          "federation.pull",
          "taxii-page",
          puller.value(),
          "received "
              + counts.received()
              + ", unchanged "
              + counts.unchanged()
              + ", refused "
              + counts.refused()
              + ", own "
              + counts.ownObjects());
    }
    return counts;
  }

  private Counts store(String partner, AgencyId puller, TaxiiPuller.Page page) {
    ObjectIngest.Directory directory = directory();
    Set<String> alreadyHeld = registry.versionsHeldBy(puller, ids(page.objects()));
    long received = 0;
    long unchanged = 0;
    long refused = 0;
    long own = 0;
    for (JsonNode object : page.objects()) {
      if (alreadyHeld.contains(
          IndicatorRegistry.versionKey(text(object, "id"), modified(object)))) {
        unchanged++;
        continue;
      }
      switch (ObjectIngest.judge(object, directory, puller, partner)) {
        case ObjectIngest.Accept accept -> {
          switch (registry.receive(accept.version(), puller, accept.originNode(), partner)) {
            case STORED -> received++;
            case UNCHANGED -> unchanged++;
            case CONFLICT -> {
              refuse(
                  partner,
                  puller,
                  object,
                  RefusalReason.INVALID_OBJECT,
                  "clashes with an indicator stored here: same id on another selector or"
                      + " originator, or the originator's selector under another id");
              refused++;
            }
          }
        }
        case ObjectIngest.AcceptLegal accept -> {
          switch (legal.receive(accept.version(), puller, accept.originNode(), partner)) {
            case LegalExchange.Stored ignored -> received++;
            case LegalExchange.Unchanged ignored -> unchanged++;
            case LegalExchange.Refused refusal -> {
              refuse(partner, puller, object, RefusalReason.INVALID_OBJECT, refusal.reason());
              refused++;
            }
          }
        }
        case ObjectIngest.AcceptRequest accept -> {
          switch (requests.receive(accept.version(), accept.originNode(), partner)) {
            case RequestExchange.Stored ignored -> received++;
            case RequestExchange.Unchanged ignored -> unchanged++;
            case RequestExchange.Refused refusal -> {
              refuse(partner, puller, object, RefusalReason.INVALID_OBJECT, refusal.reason());
              refused++;
            }
          }
        }
        case ObjectIngest.AcceptCasework accept -> {
          switch (casework.receive(accept.version(), puller, accept.originNode(), partner)) {
            case CaseworkExchange.Stored ignored -> received++;
            case CaseworkExchange.Unchanged ignored -> unchanged++;
            case CaseworkExchange.Refused refusal -> {
              refuse(partner, puller, object, RefusalReason.INVALID_OBJECT, refusal.reason());
              refused++;
            }
          }
        }
        case ObjectIngest.Refuse refuse -> {
          refuse(partner, puller, object, refuse.reason(), refuse.detail());
          if (refuse.reason() == RefusalReason.OWN_OBJECT) {
            own++;
          } else {
            refused++;
          }
        }
        case ObjectIngest.Ignore ignore -> {}
      }
    }
    if (refused + own > 0) {
      store.pruneRefusals(partner, KEPT_REFUSALS);
    }
    if (page.addedLast() != null) {
      store.advance(partner, puller, page.addedLast());
    }
    return new Counts(received, unchanged, refused, own);
  }

  private static @Nullable Instant modified(JsonNode object) {
    String modified = text(object, "modified");
    if (modified == null) {
      return null;
    }
    try {
      return Instant.parse(modified);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The ids of the page's indicators, for one look at what is held already. */
  private static List<String> ids(List<JsonNode> objects) {
    List<String> ids = new ArrayList<>(objects.size());
    for (JsonNode object : objects) {
      String id = text(object, "id");
      if (id != null && id.startsWith("indicator--")) {
        ids.add(id);
      }
    }
    return ids;
  }

  private void refuse(
      String partner, AgencyId puller, JsonNode object, RefusalReason reason, String detail) {
    String id = text(object, "id");
    store.refuse(partner, id == null ? "" : id, text(object, "modified"), puller, reason, detail);
  }

  private ObjectIngest.Directory directory() {
    Map<AgencyId, String> nodes = agencies.remoteNodes();
    List<ObjectIngest.Member> members = new ArrayList<>();
    for (Agency agency : agencies.list()) {
      members.add(new ObjectIngest.Member(agency.id(), nodes.get(agency.id())));
    }
    return ObjectIngest.Directory.of(members);
  }

  private static @Nullable String text(JsonNode object, String field) {
    JsonNode value = object.path(field);
    return value.isString() ? value.asString() : null;
  }
}
