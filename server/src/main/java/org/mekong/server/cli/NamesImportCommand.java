package org.mekong.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Streams a FollowTheMoney JSON-lines file into one of a node's name lists. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Stream FILE, FollowTheMoney entities one JSON object a line (as OpenSanctions publishes"
          + " entities.ftm.json), into the node's name list --list"
          + " (POST /api/v1/names/lists/{list}/entities:import), then print each refused line"
          + " with its reason and the counts. Importing the same file again changes nothing.",
      "Exits 0 when every entity was stored, 1 when the node refused any line or the import"
          + " failed, 2 on a usage error. See docs/names.md."
    })
final class NamesImportCommand implements Callable<Integer> {

  /** The node's rule for list names, checked here to fail before sending the file. */
  private static final Pattern LIST = Pattern.compile("[a-z0-9_.-]{1,64}");

  /** Refusals a node lists in its report, at most (its count is not reported beyond). */
  private static final int LISTED_REFUSALS = 1_000;

  @Mixin NodeClient node = new NodeClient();

  @Option(
      names = "--list",
      required = true,
      paramLabel = "NAME",
      description = "the list to import into: 1-64 lower-case letters, digits, '_', '.' or '-'")
  String list = "";

  @Option(names = "--tlp", description = "clear, green (default), amber, amber+strict or red")
  @Nullable String tlp;

  @Option(
      names = "--recipients",
      paramLabel = "AGENCIES",
      description = "comma-separated agency ids an amber+strict or red list is shared with")
  @Nullable String recipients;

  @Parameters(paramLabel = "FILE", description = "the FtM JSON-lines file to import")
  Path file = Path.of("");

  @CommandLine.Spec CommandLine.Model.@Nullable CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (spec == null) {
      throw new IllegalStateException("picocli injects the command spec");
    }
    CommandLine cli = spec.commandLine();
    if (!LIST.matcher(list).matches()) {
      throw new CommandLine.ParameterException(
          cli,
          "--list '%s' must be 1-64 lower-case letters, digits, '_', '.' or '-'".formatted(list));
    }
    if (!Files.isRegularFile(file)) {
      throw new CommandFailedException("no such file: " + file);
    }
    StringBuilder path =
        new StringBuilder("/api/v1/names/lists/").append(list).append("/entities:import");
    char separator = '?';
    if (tlp != null && !tlp.isBlank()) {
      path.append(separator).append("tlp=").append(encode(tlp));
      separator = '&';
    }
    if (recipients != null && !recipients.isBlank()) {
      path.append(separator).append("recipients=").append(encode(recipients));
    }
    String body =
        node.send(path.toString(), "application/x-ndjson", HttpRequest.BodyPublishers.ofFile(file));
    JsonNode report = JsonMapper.builder().build().readTree(body);
    PrintWriter out = cli.getOut();
    for (JsonNode refusal : report.path("refused")) {
      out.printf("line %d: %s%n", refusal.path("line").asLong(), refusal.path("reason").asString());
    }
    long refused = report.path("refusedCount").asLong();
    if (refused > report.path("refused").size()) {
      out.printf("(the first %d refused lines are listed)%n", report.path("refused").size());
    }
    out.printf("list %s: %d stored, %d refused%n", list, report.path("stored").asInt(), refused);
    out.flush();
    return refused == 0 ? 0 : 1;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
