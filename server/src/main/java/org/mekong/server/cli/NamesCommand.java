package org.mekong.server.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.mekong.core.names.Comparison;
import org.mekong.core.names.NameComparator;
import org.mekong.core.names.Schema;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

/** Names of people, companies and vessels: compared locally across scripts, or imported. */
@Command(
    name = "names",
    mixinStandardHelpOptions = true,
    description = {
      "Compare names of people, companies and vessels across scripts, locally;",
      "import FollowTheMoney name lists into a node."
    },
    subcommands = {NamesCommand.Compare.class, NamesImportCommand.class})
final class NamesCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.@Nullable CommandSpec spec;

  @Override
  public void run() {
    if (spec == null) {
      throw new IllegalStateException("picocli injects the command spec");
    }
    throw new CommandLine.ParameterException(
        spec.commandLine(), "name a subcommand, e.g. 'mekong names compare NAME1 NAME2'");
  }

  /** One output line: the contract's fields, in the contract's order. */
  @JsonPropertyOrder({"score", "match", "explanation"})
  record Line(double score, boolean match, String explanation) {
    static Line of(Comparison c) {
      return new Line(c.score(), c.match(), c.explanation());
    }
  }

  /** Prints one JSON object per pair of names, in order. */
  @Command(
      name = "compare",
      mixinStandardHelpOptions = true,
      description = {
        "Compare two names and print {\"score\" (0..1), \"match\", \"explanation\"}.",
        "'-' reads schema<TAB>name1<TAB>name2 lines from standard input and prints one JSON"
            + " object per line, in order; a line that cannot be compared (unknown schema, empty"
            + " name, wrong number of fields) prints {\"error\": ...} and the stream goes on.",
        "Exits 0 when every pair was compared, 1 when any line printed an error, 2 on a usage"
            + " error (an unknown --schema or a name that cannot be compared on the command"
            + " line). See docs/names.md."
      })
  static final class Compare implements Callable<Integer> {

    @Option(
        names = "--schema",
        paramLabel = "S",
        description = "Person (default), Company, Organization, LegalEntity or Vessel")
    String schema = "Person";

    @Parameters(
        paramLabel = "NAME",
        arity = "1..2",
        description = "NAME1 NAME2, or - to read tab-separated pairs from standard input")
    List<String> names = new ArrayList<>();

    @CommandLine.Spec CommandLine.Model.@Nullable CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      if (spec == null) {
        throw new IllegalStateException("picocli injects the command spec");
      }
      CommandLine cli = spec.commandLine();
      JsonMapper json = JsonMapper.builder().build();
      PrintWriter out = cli.getOut();
      if (names.size() == 1 && names.getFirst().equals("-")) {
        boolean allCompared = true;
        BufferedReader in =
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        int number = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          number++;
          Object result = compareLine(number, line);
          allCompared &= result instanceof Line;
          out.println(json.writeValueAsString(result));
        }
        out.flush();
        return allCompared ? 0 : 1;
      }
      if (names.size() != 2) {
        throw new CommandLine.ParameterException(
            cli, "give two names (NAME1 NAME2), or - to read pairs from standard input");
      }
      Schema s =
          Schema.of(schema)
              .orElseThrow(
                  () ->
                      new CommandLine.ParameterException(
                          cli,
                          "--schema '%s' is unknown; expected one of %s"
                              .formatted(schema, Schema.labels())));
      for (int i = 0; i < 2; i++) {
        Optional<String> why = NameComparator.rejection(s, names.get(i));
        if (why.isPresent()) {
          throw new CommandLine.ParameterException(cli, "NAME%d: %s".formatted(i + 1, why.get()));
        }
      }
      out.println(
          json.writeValueAsString(Line.of(NameComparator.compare(s, names.get(0), names.get(1)))));
      out.flush();
      return 0;
    }

    /** The comparison of one input line, or a map with its error. */
    private static Object compareLine(int number, String line) {
      String[] fields = line.split("\t", -1);
      if (fields.length != 3) {
        return error(
            number,
            "expected schema<TAB>name1<TAB>name2, got %d field%s"
                .formatted(fields.length, fields.length == 1 ? "" : "s"));
      }
      Optional<Schema> schema = Schema.of(fields[0].strip());
      if (schema.isEmpty()) {
        return error(
            number,
            "schema '%s' is unknown; expected one of %s".formatted(fields[0], Schema.labels()));
      }
      for (int i = 1; i <= 2; i++) {
        Optional<String> why = NameComparator.rejection(schema.get(), fields[i]);
        if (why.isPresent()) {
          return error(number, "name%d: %s".formatted(i, why.get()));
        }
      }
      return Line.of(NameComparator.compare(schema.get(), fields[1], fields[2]));
    }

    private static Map<String, String> error(int number, String message) {
      return Map.of("error", "line %d: %s".formatted(number, message));
    }
  }
}
