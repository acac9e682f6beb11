package org.mekong.server.console;

import com.google.common.io.CountingInputStream;
import jakarta.annotation.PreDestroy;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.Agency;
import org.mekong.core.exchange.ImportDefaults;
import org.mekong.core.exchange.ImportFormat;
import org.mekong.server.agency.Caller;
import org.mekong.server.audit.AuditLog;
import org.mekong.server.indicator.IndicatorImporter;
import org.mekong.server.web.ProblemException;
import org.mekong.server.web.RateLimitedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Bulk imports started in the console: each runs on a thread of its own through the API's importer
 * ({@link IndicatorImporter}), so the upload's request returns at once, and its progress (bytes of
 * the file read) is polled by the page. A job is seen only by the person who started it, and is
 * forgotten an hour after it ended; its outcome is in the audit log.
 */
@Component
class ImportJobs {

  /** Imports that run at once on this node; more are refused until one ends. */
  static final int MAX_RUNNING = 2;

  /** How long a finished job stays readable. */
  static final Duration KEPT = Duration.ofHours(1);

  private static final Logger LOG = LoggerFactory.getLogger(ImportJobs.class);

  /** Where a job stands. */
  sealed interface State {
    /** Reading and writing: {@code read} of {@code size} bytes of the file read so far. */
    record Running(long read, long size) implements State {
      public int percent() {
        return size == 0 ? 0 : (int) Math.min(99, read * 100 / size);
      }
    }

    /** Ended with the importer's report. */
    record Done(IndicatorImporter.Report report) implements State {
      public long lines() {
        return report.accepted() + report.unchanged() + report.rejectedCount();
      }
    }

    /** Stopped without a report, e.g. a STIX file that is not a bundle. */
    record Failed(String reason) implements State {}
  }

  /** One import: who started it, on which file, and where it stands. */
  static final class Job {
    final String id;
    final String owner;
    final String fileName;
    final ImportFormat format;
    private final long size;
    private volatile @Nullable CountingInputStream reading;
    private volatile @Nullable State ended;
    private volatile @Nullable Instant endedAt;

    Job(String id, String owner, String fileName, ImportFormat format, long size) {
      this.id = id;
      this.owner = owner;
      this.fileName = fileName;
      this.format = format;
      this.size = size;
    }

    State state() {
      State done = ended;
      if (done != null) {
        return done;
      }
      CountingInputStream in = reading;
      return new State.Running(in == null ? 0 : in.getCount(), size);
    }
  }

  private final IndicatorImporter importer;
  private final AuditLog audit;
  private final Clock clock;
  private final Map<String, Job> jobs = new ConcurrentHashMap<>();
  private final Semaphore running = new Semaphore(MAX_RUNNING);
  private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
  private final Path uploads;
  private volatile boolean stopping;

  ImportJobs(IndicatorImporter importer, AuditLog audit) throws IOException {
    this.importer = importer;
    this.audit = audit;
    this.clock = Clock.systemUTC();
    this.uploads = Files.createTempDirectory("mekong-console-imports-");
  }

  /**
   * Stops running imports when the node stops: their files stop reading, the batch being written
   * commits or not, and what was committed stays (importing the file again completes it). Then
   * removes the files.
   */
  @PreDestroy
  void close() throws IOException, InterruptedException {
    stopping = true;
    threads.shutdown();
    if (!threads.awaitTermination(30, TimeUnit.SECONDS)) {
      LOG.warn("Console imports still running as the node stops");
    }
    try (var files = Files.walk(uploads)) {
      for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  /** A new file for an upload; {@link #start} removes it once the import has read it. */
  Path newUpload() throws IOException {
    return Files.createTempFile(uploads, "upload-", ".part");
  }

  /**
   * Starts importing {@code file} (which it then owns and deletes) as {@code caller}'s agency; a
   * {@link RateLimitedException} when {@link #MAX_RUNNING} imports run already.
   */
  Job start(Caller caller, ImportFormat format, ImportDefaults defaults, Path file, String fileName)
      throws IOException {
    forgetOld();
    Agency agency = caller.requireAgency();
    long size = Files.size(file);
    if (!running.tryAcquire()) {
      Files.deleteIfExists(file);
      throw new RateLimitedException(
          "this node runs " + MAX_RUNNING + " imports already; try again when one has ended", 30);
    }
    Job job = new Job(UUID.randomUUID().toString(), caller.auditName(), fileName, format, size);
    jobs.put(job.id, job);
    try {
      threads.execute(() -> run(job, agency, defaults, file));
    } catch (RuntimeException e) {
      running.release();
      jobs.remove(job.id);
      Files.deleteIfExists(file);
      throw e;
    }
    return job;
  }

  /** The job, if it exists and {@code caller} started it. */
  Optional<Job> find(Caller caller, String id) {
    forgetOld();
    return Optional.ofNullable(jobs.get(id)).filter(job -> job.owner.equals(caller.auditName()));
  }

  private void run(Job job, Agency agency, ImportDefaults defaults, Path file) {
    State outcome;
    try (InputStream raw = new StopsWithTheNode(Files.newInputStream(file));
        CountingInputStream in = new CountingInputStream(raw)) {
      job.reading = in;
      IndicatorImporter.Report report =
          job.format == ImportFormat.STIX
              ? importer.importStix(agency, in)
              : importer.importList(agency, job.format, in, defaults);
      outcome = new State.Done(report);
    } catch (ProblemException e) {
      outcome = new State.Failed(String.valueOf(e.getMessage()));
    } catch (IOException | RuntimeException e) {
      if (stopping) {
        LOG.warn("The console import {} of {} stopped with the node", job.id, job.owner);
        outcome = new State.Failed("the node stopped; importing the file again completes it");
      } else {
        LOG.error("The console import {} of {} stopped", job.id, job.owner, e);
        outcome = new State.Failed("the import stopped on an error of the node; see its log");
      }
    }
    try {
      audit.append(
          job.owner,
          "indicator-import",
          "indicator-import",
          summary(job, outcome),
          outcome instanceof State.Done ? "ok" : "failed");
    } catch (RuntimeException e) {
      LOG.error("The audit entry of the console import {} could not be written", job.id, e);
    } finally {
      job.ended = outcome;
      job.endedAt = clock.instant();
      running.release();
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        LOG.warn("The uploaded file {} could not be removed", file, e);
      }
    }
  }

  /** A file that fails to read once the node is stopping. */
  private final class StopsWithTheNode extends FilterInputStream {
    StopsWithTheNode(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      check();
      return super.read();
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      check();
      return super.read(buffer, offset, length);
    }

    private void check() throws IOException {
      if (stopping) {
        throw new IOException("the node is stopping");
      }
    }
  }

  private static String summary(Job job, State outcome) {
    String head = job.id + " " + job.format.code() + " ";
    return switch (outcome) {
      case State.Done done ->
          head
              + "accepted="
              + done.report().accepted()
              + " unchanged="
              + done.report().unchanged()
              + " rejected="
              + done.report().rejectedCount();
      case State.Failed failed -> head + "failed: " + failed.reason();
      case State.Running r -> head + "running";
    };
  }

  private void forgetOld() {
    Instant before = clock.instant().minus(KEPT);
    jobs.values()
        .removeIf(
            job -> {
              Instant at = job.endedAt;
              return at != null && at.isBefore(before);
            });
  }
}
