package org.mekong.server.casework;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.casework.IdentityDocument;
import org.mekong.core.casework.KnownPeople;
import org.mekong.core.casework.PersonId;
import org.mekong.core.casework.PersonName;
import org.mekong.core.input.PartialDate;
import org.mekong.server.web.RedactedFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The node's {@link KnownPeople}, loaded from {@code casework_person} in the background when the
 * node starts (a request that needs it first waits for the load, or loads it itself if the
 * background load failed) and kept in step with every write: a person is indexed when written (and
 * forgotten if the transaction rolls back), consent marks them disclosable, a purge forgets them
 * after it commits. What it finds is confirmed against the records before anyone sees it.
 */
@Component
class PeopleIndex implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(PeopleIndex.class);

  /** Rows read per query while loading. */
  static final int PAGE = 20_000;

  private final JdbcClient jdbc;
  private volatile @Nullable KnownPeople people;
  private volatile boolean running;

  PeopleIndex(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Starts loading the index on a thread of its own, so that the first search or list import after
   * a start (at a million people, about ten seconds of loading) does not wait for all of it.
   */
  @Override
  public void start() {
    running = true;
    Thread.ofPlatform().name("people-index-load").daemon().start(this::loadInBackground);
  }

  @Override
  public void stop() {
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Whether the index has been loaded. */
  boolean isLoaded() {
    return people != null;
  }

  private void loadInBackground() {
    try {
      long started = System.nanoTime();
      int size = people().size();
      LOG.info(
          "index of known people loaded: {} people in {} ms",
          size,
          (System.nanoTime() - started) / 1_000_000);
    } catch (RuntimeException e) {
      if (running) {
        LOG.warn(
            "loading the index of known people failed; it loads at its first use",
            RedactedFailure.of(e));
      }
    }
  }

  /** The index, loaded now if this is its first use. */
  KnownPeople people() {
    KnownPeople loaded = people;
    if (loaded != null) {
      return loaded;
    }
    synchronized (this) {
      if (people == null) {
        people = load();
      }
      return people;
    }
  }

  /** Indexes a person just written; if the writing transaction rolls back, forgets them again. */
  void added(
      PersonId id,
      List<PersonName> names,
      @Nullable PartialDate birthDate,
      List<IdentityDocument> documents,
      AgencyId creator,
      java.util.Set<String> keys) {
    people().addAnalysed(id, names, birthDate, documents, creator, keys);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              if (status != STATUS_COMMITTED) {
                people().remove(id);
              }
            }
          });
    }
  }

  /** The person is about to be indexed anew with a replaced record. */
  void replaced(PersonId id) {
    people().remove(id);
  }

  /** A consent or an override was recorded. */
  void consented(PersonId id) {
    people().disclosable(id);
  }

  /** The person's data is being purged: forgotten once the purge commits. */
  void purged(PersonId id) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              people().remove(id);
            }
          });
    } else {
      people().remove(id);
    }
  }

  private record Row(
      UUID id, String createdBy, String record, String[] keys, boolean disclosable) {}

  private KnownPeople load() {
    KnownPeople index = new KnownPeople();
    UUID after = new UUID(0, 0); // the least uuid in PostgreSQL's order
    while (true) {
      List<Row> rows =
          jdbc.sql(
                  "SELECT p.id, p.created_by, p.record::text, p.name_keys, EXISTS (SELECT 1 FROM"
                      + " casework_consent c WHERE c.person_id = p.id AND c.kind <> 'refused')"
                      + " FROM casework_person p WHERE p.id > ? ORDER BY p.id LIMIT "
                      + PAGE)
              .param(after)
              .query(
                  (rs, n) ->
                      new Row(
                          rs.getObject(1, UUID.class),
                          rs.getString(2),
                          rs.getString(3),
                          (String[]) rs.getArray(4).getArray(),
                          rs.getBoolean(5)))
              .list();
      for (Row row : rows) {
        PersonJson json = PersonStore.JSON.readValue(row.record(), PersonJson.class);
        PersonId id = new PersonId(row.id());
        index.add(
            id,
            json.names() == null ? List.of() : json.names(),
            json.birthDate() == null ? null : PartialDate.parse("birthDate", json.birthDate()),
            documents(json),
            new AgencyId(row.createdBy()),
            new HashSet<>(Arrays.asList(row.keys())));
        if (row.disclosable()) {
          index.disclosable(id);
        }
      }
      if (rows.size() < PAGE) {
        return index;
      }
      after = rows.getLast().id();
    }
  }

  private static List<IdentityDocument> documents(PersonJson json) {
    List<IdentityDocument> out = new ArrayList<>();
    if (json.documents() == null) {
      return out;
    }
    for (PersonJson.DocumentJson d : json.documents()) {
      out.add(PersonJson.document("documents", d));
    }
    return out;
  }
}
