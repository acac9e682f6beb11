package org.mekong.server.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Streams a list of indicators to a node's bulk import, with a progress bar. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Stream FILE to a node's bulk import (POST /api/v1/indicators:import) and print the report:"
          + " how many indicators were accepted, unchanged and rejected (with line numbers and"
          + " reasons). Importing the same file again changes nothing.",
      "Formats: csv (documented columns), list (one selector a line), hosts (a hosts file),"
          + " misp (one MISP event JSON), stix (a STIX 2.1 bundle)."
    })
final class ImportCommand implements Callable<Integer> {

  @Mixin NodeClient node = new NodeClient();

  @Option(names = "--format", required = true, description = "csv, list, hosts, misp or stix")
  String format = "";

  @Option(names = "--type", description = "selector type of every line without one")
  @Nullable String type;

  @Option(names = "--region", description = "ISO country for national phone numbers, e.g. TH")
  @Nullable String region;

  @Option(
      names = "--category",
      split = ",",
      description = "category codes for lines without their own, e.g. gambling")
  List<String> categories = new ArrayList<>();

  @Option(names = "--tlp", description = "clear, green, amber (default), amber+strict or red")
  @Nullable String tlp;

  @Option(names = "--handling", description = "H0-H3")
  @Nullable String handling;

  @Option(names = "--confidence", description = "0-100 (default 50)")
  @Nullable Integer confidence;

  @Option(names = "--quiet", description = "no progress bar")
  boolean quiet;

  @Parameters(paramLabel = "FILE", description = "the file to import")
  Path file = Path.of("");

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new CommandFailedException("no such file: " + file);
    }
    StringBuilder query = new StringBuilder("?format=").append(encode(format));
    append(query, "type", type);
    append(query, "region", region);
    append(query, "tlp", tlp);
    append(query, "handling", handling);
    append(query, "confidence", confidence == null ? null : confidence.toString());
    for (String category : categories) {
      append(query, "category", category);
    }
    long size = Files.size(file);
    String report;
    try (InputStream in = Files.newInputStream(file);
        ProgressBar progress =
            new ProgressBarBuilder()
                .setTaskName("import " + file.getFileName())
                .setInitialMax(size)
                .setUnit(" MiB", 1 << 20)
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(
                    quiet
                        ? new me.tongfei.progressbar.DelegatingProgressBarConsumer(line -> {})
                        : new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                .build()) {
      InputStream counted = new Counting(in, progress);
      report =
          node.send(
              "/api/v1/indicators:import" + query,
              "application/octet-stream",
              HttpRequest.BodyPublishers.fromPublisher(
                  HttpRequest.BodyPublishers.ofInputStream(() -> counted), size));
    }
    System.out.println(report);
    return 0;
  }

  private static void append(StringBuilder query, String name, @Nullable String value) {
    if (value != null && !value.isBlank()) {
      query.append('&').append(name).append('=').append(encode(value));
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** Advances the progress bar as bytes are sent. */
  private static final class Counting extends FilterInputStream {
    private final ProgressBar progress;

    Counting(InputStream in, ProgressBar progress) {
      super(in);
      this.progress = progress;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        progress.stepBy(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        progress.stepBy(n);
      }
      return n;
    }
  }
}
