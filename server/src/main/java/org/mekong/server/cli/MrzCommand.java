package org.mekong.server.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.mekong.core.border.mrz.MrzDocument;
import org.mekong.core.border.mrz.MrzParser;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

/** Machine-readable zones of travel documents, read locally. */
@Command(
    name = "mrz",
    mixinStandardHelpOptions = true,
    description =
        "Read the machine-readable zones of passports, identity cards and visas, locally.",
    subcommands = MrzCommand.Parse.class)
final class MrzCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.@Nullable CommandSpec spec;

  @Override
  public void run() {
    if (spec == null) {
      throw new IllegalStateException("picocli injects the command spec");
    }
    throw new CommandLine.ParameterException(
        spec.commandLine(), "name a subcommand, e.g. 'mekong mrz parse -'");
  }

  /** Prints one JSON object per document, in order. */
  @Command(
      name = "parse",
      mixinStandardHelpOptions = true,
      description = {
        "Parse and check each machine-readable zone (ICAO 9303 TD1, TD2, TD3, MRV-A, MRV-B) and"
            + " print one JSON object per document, in order:",
        "  {\"valid\", \"format\" (TD1|TD2|TD3), \"documentCode\", \"issuingState\","
            + " \"documentNumber\", \"nationality\", \"birthDate\" (YYYY-MM-DD), \"sex\" (M|F|X),"
            + " \"expiryDate\" (YYYY-MM-DD), \"surname\", \"givenNames\", \"optionalData\","
            + " \"errors\": [...]}",
        "Fields that cannot be read are null; every failed check is named in errors. An expired"
            + " document is not an error. A blank line gives an object with valid false.",
        "Exits 0 when every document was valid, 1 otherwise. '-' reads one document a line from"
            + " standard input, its MRZ lines separated by single spaces."
      })
  static final class Parse implements Callable<Integer> {

    @Option(
        names = "--today",
        paramLabel = "YYYY-MM-DD",
        description =
            "the date two-digit years are read against (birth dates are not after it, expiry"
                + " dates within -49..+50 years of it); default: the system's today")
    @Nullable LocalDate today;

    @Parameters(
        paramLabel = "ZONE",
        arity = "1..*",
        description = "a zone, its lines separated by single spaces (quote it), or - for stdin")
    List<String> zones = new ArrayList<>();

    @CommandLine.Spec CommandLine.Model.@Nullable CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      MrzParser parser =
          new MrzParser(
              today == null
                  ? Clock.systemDefaultZone()
                  : Clock.fixed(
                      today.atStartOfDay(ZoneId.of("UTC")).toInstant(), ZoneId.of("UTC")));
      JsonMapper json = JsonMapper.builder().build();
      PrintWriter out =
          spec == null ? new PrintWriter(System.out, false) : spec.commandLine().getOut();
      boolean allValid = true;
      for (String zone : zones) {
        if (zone.equals("-")) {
          BufferedReader in =
              new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
          for (String line = in.readLine(); line != null; line = in.readLine()) {
            allValid &= print(json, out, parser.parse(line));
          }
        } else {
          allValid &= print(json, out, parser.parse(zone));
        }
      }
      out.flush();
      return allValid ? 0 : 1;
    }

    private static boolean print(JsonMapper json, PrintWriter out, MrzDocument document) {
      out.println(json.writeValueAsString(MrzLine.of(document)));
      return document.valid();
    }
  }
}
