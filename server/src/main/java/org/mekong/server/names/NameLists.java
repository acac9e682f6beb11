package org.mekong.server.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.marking.Tlp;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports FtM lines into a list: each line an entity, stored or refused with its line number and
 * reason; the stored ones are committed together and then applied to the in-memory index.
 */
@Service
class NameLists {

  /** A refused line. */
  record Refusal(long line, String reason) {}

  /**
   * What an import did: {@code refusedCount} counts every refused line, {@code refused} lists some.
   */
  record Report(String list, int stored, long refusedCount, List<Refusal> refused) {}

  /** Refusals listed in a report, at most; {@code refusedCount} is always complete. */
  static final int MAX_REFUSALS_SHOWN = 1_000;

  private final NameEntityStore store;
  private final NameEntities entities;
  private final TransactionTemplate transactions;

  NameLists(NameEntityStore store, NameEntities entities, TransactionTemplate transactions) {
    this.store = store;
    this.entities = entities;
    this.transactions = transactions;
  }

  Report importLines(
      String list, BufferedReader lines, AgencyId originator, Tlp tlp, Set<AgencyId> recipients)
      throws IOException {
    List<FtmLine.Entity> read = new ArrayList<>();
    List<Refusal> refused = new ArrayList<>();
    long refusedCount = 0;
    long number = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      switch (FtmLine.read(line)) {
        case FtmLine.Outcome.Read r -> read.add(r.entity());
        case FtmLine.Outcome.Refused r -> {
          refusedCount++;
          if (refused.size() < MAX_REFUSALS_SHOWN) {
            refused.add(new Refusal(number, r.reason()));
          }
        }
      }
    }
    List<NameEntity> stored =
        transactions.execute(
            status -> {
              List<NameEntity> out = new ArrayList<>(read.size());
              for (FtmLine.Entity entity : read) {
                out.add(store.upsert(list, entity, originator, tlp, recipients));
              }
              return out;
            });
    List<NameEntity> committed = stored == null ? List.of() : stored;
    entities.apply(committed);
    return new Report(list, committed.size(), refusedCount, refused);
  }
}
