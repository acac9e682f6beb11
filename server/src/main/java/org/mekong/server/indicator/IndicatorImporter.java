package org.mekong.server.indicator;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.mekong.core.agency.Agency;
import org.mekong.core.exchange.ImportDefaults;
import org.mekong.core.exchange.ImportFormat;
import org.mekong.core.exchange.ImportResult;
import org.mekong.core.exchange.IndicatorImport;
import org.mekong.core.indicator.IndicatorDraft;
import org.mekong.core.stix.BundleImport;
import org.mekong.core.stix.StixImport;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Streams an uploaded list into the registry in batches: every valid line is published (or found
 * unchanged), every bad one is reported with its line number and reason. Each batch commits on its
 * own, and importing the same file again changes nothing.
 */
@Service
public class IndicatorImporter {

  /**
   * Lines published together in one set-based batch, each batch its own transaction. 20,000 lines
   * take about half a second to write; 5,000 cost a bulk import a tenth of its rate in per-batch
   * work, 50,000 gained a few percent more (docs/decisions/0019).
   */
  static final int BATCH = 20_000;

  /** Rejections listed in a report; more are only counted. */
  public static final int MAX_LISTED_REJECTIONS = 1_000;

  /** Lines one import may hold. */
  public static final long MAX_LINES = 10_000_000;

  private final BatchPublisher publisher;
  private final WarningLists warningLists;
  private final ProducerRevocations revocations;
  private final java.util.concurrent.ExecutorService writers =
      java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor();

  IndicatorImporter(
      BatchPublisher publisher, WarningLists warningLists, ProducerRevocations revocations) {
    this.publisher = publisher;
    this.warningLists = warningLists;
    this.revocations = revocations;
  }

  /** Lets batches still being written finish when the node stops. */
  @jakarta.annotation.PreDestroy
  void close() {
    writers.close();
  }

  /** A batch being written while the next one is parsed. */
  private record Pending(
      java.util.concurrent.Future<BatchPublisher.Result> result,
      List<IndicatorDraft> drafts,
      List<Long> lines) {}

  /** One rejected line. */
  public record Rejection(long line, String reason) {}

  /**
   * One revoked version of a STIX import that took effect.
   *
   * @param indicator the indicator revoked
   * @param applied false when it had been revoked already (the line counts as unchanged)
   */
  public record Revocation(long line, String indicator, boolean applied) {}

  /**
   * One version of a STIX import not stored because the same request holds a newer version of the
   * same STIX id (the line counts as unchanged).
   *
   * @param by the newer version's {@code modified}, as a STIX timestamp
   */
  public record Superseded(long line, String by) {}

  /**
   * What an import did; {@code accepted} = created + updated, and a revocation applied counts as
   * updated. {@code revoked} lists the revocations that took effect, and {@code superseded} the
   * versions left out for a newer version in the same request (the first {@link
   * #MAX_LISTED_REJECTIONS} of each).
   */
  public record Report(
      long accepted,
      long created,
      long updated,
      long unchanged,
      long rejectedCount,
      List<Rejection> rejected,
      List<Revocation> revoked,
      List<Superseded> superseded) {}

  /** Imports a stream of {@code format} as {@code originator}'s indicators. */
  public Report importList(
      Agency originator, ImportFormat format, InputStream in, ImportDefaults defaults) {
    try (Stream<ImportResult> results = IndicatorImport.read(format, in, defaults)) {
      return importResults(originator, results);
    }
  }

  /**
   * Imports a STIX 2.1 bundle as the REST import with {@code format=stix} does; a rejection's line
   * is the object's 1-based position in the bundle.
   */
  public Report importStix(Agency originator, InputStream bundle) throws java.io.IOException {
    return importUpload(originator, StixUploads.read(bundle));
  }

  /**
   * Imports a STIX 2.1 bundle already read (e.g. by the TAXII server, which also needs the objects
   * for its status), without reading it again; positions are as for {@link #importStix}.
   */
  public Report importStix(Agency originator, BundleImport.Read bundle) {
    return importUpload(originator, StixUploads.read(bundle));
  }

  /**
   * Imports a bundle's drafts, then applies its revoked versions as the originator's revocations
   * (see {@link ProducerRevocations}): after the drafts, so that a bundle holding an indicator and
   * its later revoked version leaves it revoked.
   */
  private Report importUpload(Agency originator, StixUploads.Upload upload) {
    Run run = run(originator, upload.results().stream());
    upload.revocations().forEach(run::revoke);
    upload.superseded().forEach(run::supersede);
    return run.report();
  }

  /** Imports already parsed results (e.g. from a STIX bundle). */
  public Report importResults(Agency originator, Stream<ImportResult> results) {
    return run(originator, results).report();
  }

  private Run run(Agency originator, Stream<ImportResult> results) {
    Run run = new Run(originator);
    try {
      results.forEach(run::accept);
      run.flush();
      run.await();
    } catch (RuntimeException e) {
      run.abandon();
      throw e;
    }
    return run;
  }

  /** The state of one import. */
  private final class Run {
    private final Agency originator;
    private final Map<String, Long> lineBySelector = new HashMap<>();
    private List<IndicatorDraft> drafts = new ArrayList<>(BATCH);
    private List<Long> lines = new ArrayList<>(BATCH);
    private @org.jspecify.annotations.Nullable Pending pending;
    private final List<Rejection> rejected = new ArrayList<>();
    private final List<Revocation> revoked = new ArrayList<>();
    private final List<Superseded> superseded = new ArrayList<>();
    private long rejectedCount;
    private long created;
    private long updated;
    private long unchanged;
    private long seen;

    Run(Agency originator) {
      this.originator = originator;
    }

    void accept(ImportResult result) {
      if (++seen > MAX_LINES) {
        if (seen == MAX_LINES + 1) {
          reject(
              result.line(),
              "an import holds at most " + MAX_LINES + " lines; the rest was not read");
        }
        return;
      }
      switch (result) {
        case ImportResult.Rejected r -> reject(r.line(), r.reason());
        case ImportResult.Accepted a -> {
          IndicatorDraft draft = a.draft();
          // keyed by what the selector's id is made of, without hashing it here
          Long earlier =
              lineBySelector.putIfAbsent(
                  draft.selector().type().code() + ':' + draft.selector().canonical(), a.line());
          List<String> warnings = warningLists.matches(draft.selector());
          if (earlier != null) {
            reject(a.line(), draft.selector().canonical() + " repeats line " + earlier);
          } else if (!warnings.isEmpty()) {
            reject(
                a.line(),
                draft.selector().canonical()
                    + " is on the warning list "
                    + String.join(", ", warnings));
          } else {
            drafts.add(draft);
            lines.add(a.line());
            if (drafts.size() == BATCH) {
              flush();
            }
          }
        }
      }
    }

    /** Hands the current batch to the writer, after the previous batch has been written. */
    void flush() {
      if (drafts.isEmpty()) {
        return;
      }
      await();
      List<IndicatorDraft> batch = drafts;
      pending = new Pending(writers.submit(() -> publishOnceMore(batch)), batch, lines);
      drafts = new ArrayList<>(BATCH);
      lines = new ArrayList<>(BATCH);
    }

    /**
     * Publishes a batch; when a concurrent import committed some of its new indicators first (the
     * batch's transaction rolled back on their keys), publishes it once more: it then reads them as
     * existing rows, so importing the same list twice at once stores each indicator once.
     */
    private BatchPublisher.Result publishOnceMore(List<IndicatorDraft> batch) {
      try {
        return publisher.publish(originator.id(), batch);
      } catch (DuplicateKeyException e) {
        return publisher.publish(originator.id(), batch);
      }
    }

    /** Waits for the batch being written and counts what it did. */
    void await() {
      Pending written = pending;
      if (written == null) {
        return;
      }
      pending = null;
      BatchPublisher.Result result;
      try {
        result = written.result().get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while writing an import batch", e);
      } catch (java.util.concurrent.ExecutionException e) {
        if (e.getCause() instanceof RuntimeException cause) {
          throw cause;
        }
        throw new IllegalStateException("an import batch failed", e.getCause());
      }
      created += result.created();
      updated += result.updated();
      unchanged += result.unchanged();
      for (int position : result.revoked()) {
        reject(
            written.lines().get(position),
            "indicator on "
                + written.drafts().get(position).selector().canonical()
                + " was revoked; a revoked indicator cannot be published again");
      }
    }

    /** Waits for a batch in flight to finish, whatever its outcome, before giving up. */
    void abandon() {
      Pending written = pending;
      if (written != null) {
        try {
          written.result().get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
          // the import fails with the first error already
        }
      }
    }

    /** Applies one revoked version, after every batch has been written. */
    void revoke(StixUploads.Revocation revocation) {
      switch (revocations.apply(originator, revocation.indicator())) {
        case ProducerRevocations.Refused refused -> reject(revocation.line(), refused.reason());
        case ProducerRevocations.Revoked done -> {
          if (done.applied()) {
            updated++;
          } else {
            unchanged++;
          }
          if (revoked.size() < MAX_LISTED_REJECTIONS) {
            revoked.add(new Revocation(revocation.line(), done.id().value(), done.applied()));
          }
        }
      }
    }

    /** Counts a version superseded within the request as unchanged. */
    void supersede(StixUploads.Superseded version) {
      unchanged++;
      if (superseded.size() < MAX_LISTED_REJECTIONS) {
        superseded.add(new Superseded(version.line(), StixImport.timestamp(version.by())));
      }
    }

    private void reject(long line, String reason) {
      rejectedCount++;
      if (rejected.size() < MAX_LISTED_REJECTIONS) {
        rejected.add(new Rejection(line, reason));
      }
    }

    Report report() {
      rejected.sort(java.util.Comparator.comparingLong(Rejection::line));
      return new Report(
          created + updated,
          created,
          updated,
          unchanged,
          rejectedCount,
          List.copyOf(rejected),
          List.copyOf(revoked),
          List.copyOf(superseded));
    }
  }
}
