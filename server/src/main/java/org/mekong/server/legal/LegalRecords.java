package org.mekong.server.legal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.mekong.core.agency.Agency;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.category.Category;
import org.mekong.core.indicator.IndicatorId;
import org.mekong.core.legal.Links;
import org.mekong.core.legal.Person;
import org.mekong.core.legal.Review;
import org.mekong.core.marking.Marking;
import org.mekong.core.sharing.SharingPolicy;
import org.mekong.server.agency.AgencyDirectory;
import org.mekong.server.sharing.NodeAccess;
import org.mekong.server.sharing.SharingPolicies;
import org.mekong.server.web.BadRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The node's legal records: written by their issuing agency, seen by whom their markings allow (a
 * notice by others only once published), changed only by their issuer under the record's rules.
 */
@Service
public class LegalRecords {

  /** The longest page of records. */
  static final int MAX_PAGE = 500;

  private final LegalStore store;
  private final LegalVersions versions;
  private final SharingPolicies policies;
  private final AgencyDirectory agencies;
  private final TransactionTemplate transaction;
  private final Clock clock = Clock.systemDefaultZone();
  private final AtomicLong version = new AtomicLong();

  LegalRecords(
      LegalStore store,
      LegalVersions versions,
      SharingPolicies policies,
      AgencyDirectory agencies,
      PlatformTransactionManager transactions) {
    this.store = store;
    this.versions = versions;
    this.policies = policies;
    this.agencies = agencies;
    this.transaction = new TransactionTemplate(transactions);
  }

  /** The clock records are judged by (a ban's standing, a notice's expiry). */
  public Clock clock() {
    return clock;
  }

  /** A number that grows with every write, so that a copy of the listings knows it is stale. */
  public long version() {
    return version.get();
  }

  RecordView create(Agency issuer, Marking marking, Set<Category> categories, Decoded record) {
    for (AgencyId recipient : marking.recipients()) {
      if (agencies.find(recipient.value()).isEmpty()) {
        throw new BadRequestException(
            "marking.recipients",
            "names '" + recipient.value() + "', an agency this node does not know");
      }
    }
    Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    StoredRecord stored =
        new StoredRecord(
            UUID.randomUUID(),
            kindOf(record),
            issuer.id(),
            now,
            now,
            1,
            marking,
            categories,
            record.body(),
            null,
            Set.of());
    transaction.executeWithoutResult(
        status -> {
          store.insert(stored);
          versions.insert(stored, leavesNode(record));
        });
    version.incrementAndGet();
    return view(stored, record);
  }

  RecordView get(Agency viewer, LegalKind kind, UUID id) {
    StoredRecord stored = visible(viewer, kind, id);
    return view(stored, Decoded.of(kind, stored.body()));
  }

  List<RecordView> list(Agency viewer, LegalKind kind, int limit) {
    SharingPolicy policy = policies.current();
    List<RecordView> page = new ArrayList<>();
    for (StoredRecord stored : store.list(kind)) {
      Decoded record = Decoded.of(kind, stored.body());
      if (maysee(policy, viewer, stored, record)) {
        page.add(view(stored, record));
        if (page.size() == limit) {
          break;
        }
      }
    }
    return page;
  }

  /** Applies {@code change} to a record its issuer asks to change; refused changes are 409. */
  RecordView change(Agency issuer, LegalKind kind, UUID id, Function<Decoded, Decoded> change) {
    RecordView changed =
        transaction.execute(
            status -> {
              StoredRecord stored = store.find(id, true).filter(r -> r.kind() == kind).orElse(null);
              if (stored == null || !mayseeRaw(issuer, stored)) {
                throw new LegalRecordNotFoundException(kind, id.toString());
              }
              if (!stored.originator().equals(issuer.id())) {
                throw new NotIssuerException(kind);
              }
              Decoded next = change.apply(Decoded.of(kind, stored.body()));
              Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
              Instant later = stored.modified().plus(1, ChronoUnit.MICROS);
              StoredRecord updated = stored.next(next.body(), now.isBefore(later) ? later : now);
              store.update(updated);
              versions.insert(updated, leavesNode(next));
              return view(updated, next);
            });
    version.incrementAndGet();
    if (changed == null) {
      throw new IllegalStateException("the transaction returned nothing");
    }
    return changed;
  }

  /** Every person named by an entry ban, a notice or a legal action, with its record. */
  public List<Listing> listings() {
    List<Listing> listings = new ArrayList<>();
    for (StoredRecord stored : store.screenable()) {
      Decoded record = Decoded.of(stored.kind(), stored.body());
      Person person = record.person();
      if (person != null) {
        listings.add(Listings.of(stored, record, person, clock));
      }
    }
    return listings;
  }

  /** A record as the console's network view shows it: its id, kind and what it links. */
  public record Linked(String id, String kind, List<String> indicators, List<String> sites) {
    public Linked {
      indicators = List.copyOf(indicators);
      sites = List.copyOf(sites);
    }
  }

  /**
   * The records the viewer may see (by the same rules as a read) that link the indicator {@code
   * indicator}, newest first, at most {@code limit}.
   */
  public List<Linked> linking(Agency viewer, IndicatorId indicator, int limit) {
    SharingPolicy policy = policies.current();
    List<Linked> linked = new ArrayList<>();
    for (StoredRecord stored : store.linking(indicator.value())) {
      Decoded record = Decoded.of(stored.kind(), stored.body());
      if (maysee(policy, viewer, stored, record)) {
        Links links = linksOf(record);
        linked.add(
            new Linked(
                stored.id().toString(),
                stored.kind().code(),
                links.indicators().stream().map(IndicatorId::value).toList(),
                links.sites()));
        if (linked.size() == limit) {
          break;
        }
      }
    }
    return linked;
  }

  private static Links linksOf(Decoded record) {
    return switch (record) {
      case Decoded.Action action -> action.record().links();
      case Decoded.Order order -> order.record().links();
      case Decoded.Ban ban -> ban.record().links();
      case Decoded.Note note -> note.record().links();
    };
  }

  /** Whether {@code viewer} may see the record of {@code listing} (by the same rules as a read). */
  public boolean visible(Agency viewer, Listing listing) {
    return NodeAccess.access(policies.current(), policies.remoteNodes(), viewer, listing.shared())
            .isGranted()
        && (listing.kind() != LegalKind.NOTICE
            || viewer.id().equals(listing.originator())
            || !listing.standing().equals("drafted"));
  }

  private StoredRecord visible(Agency viewer, LegalKind kind, UUID id) {
    StoredRecord stored = store.find(id, false).filter(r -> r.kind() == kind).orElse(null);
    if (stored == null || !mayseeRaw(viewer, stored)) {
      throw new LegalRecordNotFoundException(kind, id.toString());
    }
    return stored;
  }

  private boolean mayseeRaw(Agency viewer, StoredRecord stored) {
    return maysee(policies.current(), viewer, stored, Decoded.of(stored.kind(), stored.body()));
  }

  private boolean maysee(SharingPolicy policy, Agency viewer, StoredRecord stored, Decoded record) {
    if (!NodeAccess.access(policy, policies.remoteNodes(), viewer, stored.shared()).isGranted()) {
      return false;
    }
    boolean draft =
        record instanceof Decoded.Note note
            && note.record().review() instanceof org.mekong.core.legal.Review.Drafted;
    return !draft || viewer.id().equals(stored.originator());
  }

  private RecordView view(StoredRecord stored, Decoded record) {
    StoredRecord.Provenance provenance = stored.provenance();
    return new RecordView(
        stored.id().toString(),
        stored.kind().code(),
        stored.originator().value(),
        stored.created(),
        stored.modified(),
        stored.version(),
        LegalOutput.marking(stored.marking()),
        stored.categories().stream().map(Category::code).toList(),
        record.standing(clock),
        record.body(),
        provenance == null
            ? null
            : new RecordView.ProvenanceView(provenance.node(), provenance.receivedFrom()));
  }

  /**
   * Whether a version of {@code record} may leave the node: every version but a notice's that was
   * never approved (a draft, or a draft cancelled).
   */
  static boolean leavesNode(Decoded record) {
    return switch (record) {
      case Decoded.Note note ->
          switch (note.record().review()) {
            case Review.Drafted ignored -> false;
            case Review.Published ignored -> true;
            case Review.Cancelled cancelled -> cancelled.approval() != null;
          };
      case Decoded.Action ignored -> true;
      case Decoded.Order ignored -> true;
      case Decoded.Ban ignored -> true;
    };
  }

  /** Counts a write that a transaction of a caller made, once that transaction commits. */
  void writtenOnCommit() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              version.incrementAndGet();
            }
          });
    } else {
      version.incrementAndGet();
    }
  }

  private static LegalKind kindOf(Decoded record) {
    return switch (record) {
      case Decoded.Action ignored -> LegalKind.LEGAL_ACTION;
      case Decoded.Order ignored -> LegalKind.EXPULSION;
      case Decoded.Ban ignored -> LegalKind.ENTRY_BAN;
      case Decoded.Note ignored -> LegalKind.NOTICE;
    };
  }
}
