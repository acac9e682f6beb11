package org.mekong.server.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.mekong.core.selector.SelectorType;
import org.mekong.server.selector.NormalizedSelector;
import org.mekong.server.selector.SelectorRequests;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

/** Selector commands that run locally, without a node. */
@Command(
    name = "selectors",
    mixinStandardHelpOptions = true,
    description =
        "Normalise selectors (phones, accounts, wallets, domains, URLs, ...) or find them in"
            + " text, locally.",
    subcommands = {SelectorsCommand.Normalize.class, SelectorsExtractCommand.class})
final class SelectorsCommand implements Runnable {

  @Override
  public void run() {
    System.err.println(
        "selectors: name a subcommand, e.g. 'mekong selectors normalize +66812345678'");
  }

  /** Prints one JSON object per input, in order. */
  @Command(
      name = "normalize",
      mixinStandardHelpOptions = true,
      description = {
        "Parse each VALUE as a selector and print one JSON object per input, in order:",
        "  {\"input\":…,\"type\":…,\"canonical\":…,\"id\":…,\"attributes\":{…}} or"
            + " {\"input\":…,\"error\":…}.",
        "Exits 0 when every input was valid, 1 otherwise. '-' reads one value a line from"
            + " standard input."
      })
  static final class Normalize implements Callable<Integer> {

    @Option(
        names = "--type",
        paramLabel = "TYPE",
        description =
            "phone, bank-account, wallet, domain, url, ip, imei, imsi, email, app or social;"
                + " detected when absent")
    @Nullable String type;

    @Option(
        names = "--region",
        paramLabel = "CC",
        description = "ISO 3166 country for numbers in national format, e.g. TH")
    @Nullable String region;

    @Parameters(paramLabel = "VALUE", arity = "1..*", description = "values, or - for stdin")
    List<String> values = new ArrayList<>();

    @CommandLine.Spec CommandLine.Model.@Nullable CommandSpec spec;

    @Override
    public Integer call() throws java.io.IOException {
      SelectorType parsedType;
      String parsedRegion;
      try {
        parsedType = SelectorRequests.type(type);
        parsedRegion = SelectorRequests.region(region);
      } catch (SelectorRequests.InvalidHint e) {
        throw new CommandFailedException(String.valueOf(e.getMessage()));
      }
      JsonMapper json = JsonMapper.builder().build();
      PrintWriter out =
          spec == null ? new PrintWriter(System.out, true) : spec.commandLine().getOut();
      boolean allValid = true;
      for (String value : values) {
        if (value.equals("-")) {
          BufferedReader in =
              new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
          for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.isBlank()) {
              continue;
            }
            allValid &=
                print(json, out, SelectorRequests.normalize(line, parsedType, parsedRegion));
          }
        } else {
          allValid &= print(json, out, SelectorRequests.normalize(value, parsedType, parsedRegion));
        }
      }
      out.flush();
      return allValid ? 0 : 1;
    }

    private static boolean print(JsonMapper json, PrintWriter out, NormalizedSelector result) {
      out.println(json.writeValueAsString(result));
      return result.valid();
    }
  }
}
