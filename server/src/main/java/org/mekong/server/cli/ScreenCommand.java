package org.mekong.server.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jspecify.annotations.Nullable;
import org.mekong.core.screening.bulk.BulkFormat;
import org.mekong.core.screening.bulk.BulkMatcher;
import org.mekong.core.screening.bulk.BulkOptions;
import org.mekong.core.screening.bulk.BulkScreening;
import org.mekong.core.screening.bulk.BulkSummary;
import org.mekong.core.screening.bulk.HitSink;
import org.mekong.core.screening.bulk.ListFiles;
import org.mekong.core.screening.bulk.ListLoad;
import org.mekong.core.screening.bulk.OutputFormat;
import org.mekong.core.screening.hashed.HashedList;
import org.mekong.core.screening.hashed.HashedScreener;
import org.mekong.core.screening.hashed.ScreeningKey;
import org.mekong.core.selector.SelectorType;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Screens a traffic file against a watch list, offline or through a node. */
@Command(
    name = "screen",
    mixinStandardHelpOptions = true,
    description = {
      "Screen FILE (call records, SMS, transfers, web visits or selectors; '-' for standard input)"
          + " against a watch list: offline against a node's CSV indicator export (--list), or"
          + " online through a node's POST /api/v1/screen (--url, --api-key).",
      "Hits go to --output or standard output in input order, one JSON object a line (or CSV);"
          + " a progress bar and the summary (rows, hits, malformed rows and invalid fields with"
          + " their line numbers) go to standard error. Malformed rows are counted, never fatal.",
      "Exit status: 0 when the file was screened (with or without hits), 1 when the file or the"
          + " list cannot be read or the node fails, 2 on a usage error.",
      "File formats: docs/screening-files.md."
    })
final class ScreenCommand implements Callable<Integer> {

  @Spec CommandLine.Model.@Nullable CommandSpec spec;

  @Mixin NodeClient node = new NodeClient();

  @Option(
      names = "--format",
      required = true,
      description = "cdr, sms, transfers, urls or selectors")
  String format = "";

  @Option(names = "--region", description = "default region for national numbers, e.g. TH")
  @Nullable String region;

  @Option(names = "--type", description = "selectors format only: the type of every line")
  @Nullable String type;

  @Option(
      names = "--list",
      paramLabel = "EXPORT",
      description =
          "a node's CSV indicator export, or its hashed export (privacy-preserving: needs --key"
              + " and the node's --url/--api-key to confirm candidates)")
  @Nullable Path list;

  @Option(
      names = "--key",
      paramLabel = "KEY",
      description =
          "the screening key for a hashed export, as POST /api/v1/screen/keys:rotate gave it"
              + " (default: MEKONG_SCREENING_KEY)")
  @Nullable String key;

  @Option(names = "--output", paramLabel = "FILE", description = "where hits go (default stdout)")
  @Nullable Path output;

  @Option(names = "--output-format", description = "jsonl (default) or csv")
  String outputFormat = "jsonl";

  @Option(names = "--quiet", description = "no progress bar")
  boolean quiet;

  @Parameters(paramLabel = "FILE", description = "the file to screen, '-' for standard input")
  String file = "";

  @Override
  public Integer call() throws IOException {
    BulkOptions options = options();
    OutputFormat out =
        OutputFormat.fromCode(outputFormat)
            .orElseThrow(
                () -> usage("--output-format is jsonl or csv, not '" + outputFormat + "'"));
    boolean stdin = file.equals("-");
    Path input = Path.of(stdin ? "." : file);
    if (!stdin && !Files.isRegularFile(input)) {
      throw new CommandFailedException("cannot read " + file + ": no such file");
    }
    BulkMatcher matcher = matcher();
    long size = stdin ? -1 : Files.size(input);
    BulkSummary summary;
    try (InputStream in = stdin ? System.in : Files.newInputStream(input);
        Writer writer = writer();
        // --quiet makes no bar at all: a bar asks the terminal for its width even when silent
        @Nullable ProgressBar progress = quiet ? null : progress(size)) {
      HitSink sink = out.sink(writer);
      LongConsumer step = progress == null ? bytes -> {} : progress::stepBy;
      summary = BulkScreening.run(in, options, matcher, sink, step);
    } catch (NoSuchFileException e) {
      throw new CommandFailedException("cannot read " + e.getFile() + ": no such file", e);
    } catch (IOException e) {
      throw new CommandFailedException("screening " + file + " failed: " + e.getMessage(), e);
    }
    spec().commandLine().getErr().print(summary.render());
    spec().commandLine().getErr().flush();
    return 0;
  }

  private BulkOptions options() {
    BulkFormat bulkFormat =
        BulkFormat.fromCode(format)
            .orElseThrow(
                () ->
                    usage(
                        "--format is cdr, sms, transfers, urls or selectors, not '"
                            + format
                            + "'"));
    SelectorType selectorType = null;
    if (type != null) {
      if (bulkFormat != BulkFormat.SELECTORS) {
        throw usage("--type is for --format selectors only");
      }
      selectorType =
          SelectorType.fromCode(type)
              .orElseThrow(() -> usage("unknown selector type '" + type + "'"));
    }
    if (region != null && !BulkOptions.isKnownRegion(region)) {
      throw usage("unknown region '" + region + "': use a code like TH");
    }
    return BulkOptions.of(
        bulkFormat, region == null ? null : region.toUpperCase(Locale.ROOT), selectorType);
  }

  private BulkMatcher matcher() {
    boolean online =
        spec().commandLine().getParseResult().hasMatchedOption("--url")
            || spec().commandLine().getParseResult().hasMatchedOption("--api-key");
    if (list != null) {
      if (!Files.isRegularFile(list)) {
        throw new CommandFailedException("cannot read the list " + list + ": no such file");
      }
      long started = System.nanoTime();
      ListLoad load;
      try {
        load = ListFiles.load(list);
      } catch (IOException | java.io.UncheckedIOException e) {
        throw new CommandFailedException("cannot read the list " + list + ": " + e.getMessage(), e);
      }
      return switch (load) {
        case ListLoad.Loaded loaded when online ->
            throw usage(
                "give --list for offline screening or --url/--api-key, not both (a hashed export"
                    + " is the exception: its candidates are confirmed through the node)");
        case ListLoad.Hashed hashed -> hashedMatcher(hashed.list());
        case ListLoad.Loaded loaded -> {
          spec()
              .commandLine()
              .getErr()
              .printf(
                  Locale.ROOT,
                  "list: %,d indicators from %s loaded in %.1f s%n",
                  loaded.entries(),
                  list,
                  (System.nanoTime() - started) / 1e9);
          if (!quiet) {
            loaded
                .skipped()
                .forEach(
                    (reason, tally) ->
                        spec()
                            .commandLine()
                            .getErr()
                            .printf(
                                Locale.ROOT,
                                "  %,d rows skipped: %s (lines %s)%n",
                                tally.count(),
                                reason,
                                tally.firstLines()));
          }
          yield loaded.matcher();
        }
        case ListLoad.Rejected rejected -> throw new CommandFailedException(rejected.reason());
      };
    }
    if (node.apiKey == null || node.apiKey.isBlank()) {
      throw usage("give --list EXPORT, or --api-key (and --url) to screen through a node");
    }
    return new RemoteMatcher(node);
  }

  private BulkMatcher hashedMatcher(HashedList hashedList) {
    String text = key != null ? key : System.getenv("MEKONG_SCREENING_KEY");
    if (text == null || text.isBlank()) {
      throw usage(
          "a hashed export needs the client's screening key: give --key or set"
              + " MEKONG_SCREENING_KEY");
    }
    if (node.apiKey == null || node.apiKey.isBlank()) {
      throw usage("a hashed export needs --api-key (and --url) to confirm candidates");
    }
    ScreeningKey screeningKey;
    HashedScreener screener;
    try {
      screeningKey = ScreeningKey.decode(text.strip());
      screener = HashedScreener.of(hashedList, screeningKey);
    } catch (IllegalArgumentException e) {
      throw new CommandFailedException("cannot use the screening key: " + e.getMessage(), e);
    }
    spec()
        .commandLine()
        .getErr()
        .printf(
            Locale.ROOT,
            "list: hashed export of %,d indicators (%s, key version %d); candidates are"
                + " confirmed by the node%n",
            hashedList.size(),
            hashedList.kind().name().toLowerCase(Locale.ROOT),
            hashedList.keyVersion());
    return new HashedMatcher(screener, node);
  }

  private Writer writer() throws IOException {
    if (output == null) {
      return new BufferedWriter(new NonClosing(spec().commandLine().getOut()), 1 << 16);
    }
    return Files.newBufferedWriter(output, StandardCharsets.UTF_8);
  }

  private ProgressBar progress(long size) {
    return new ProgressBarBuilder()
        .setTaskName("screen " + file)
        .setInitialMax(size)
        .setUnit(" MiB", 1 << 20)
        .setStyle(ProgressBarStyle.ASCII)
        .setConsumer(new ConsoleProgressBarConsumer(System.err))
        .build();
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec().commandLine(), message);
  }

  private CommandLine.Model.CommandSpec spec() {
    if (spec == null) {
      throw new IllegalStateException("picocli injects the command spec");
    }
    return spec;
  }

  /** Standard output that a finished run flushes but does not close. */
  private static final class NonClosing extends Writer {
    private final Writer out;

    NonClosing(Writer out) {
      this.out = out;
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
      out.write(buffer, offset, length);
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}
