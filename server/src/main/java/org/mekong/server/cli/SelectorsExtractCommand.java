package org.mekong.server.cli;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.mekong.core.selector.extract.Extraction;
import org.mekong.core.selector.extract.SelectorExtractor;
import org.mekong.server.selector.ExtractedSelector;
import org.mekong.server.selector.SelectorRequests;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/** {@code mekong selectors extract}: finds the selectors in a text read from standard input. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Read a text (an SMS, a victim's narrative, a chat export; UTF-8) from standard input and"
          + " print one JSON object per selector found, in text order:",
      "  {\"start\":…,\"end\":…,\"text\":…,\"type\":…,\"canonical\":…,\"id\":…,\"attributes\":{…}}",
      "start and end are UTF-16 char offsets [start, end) into the text.",
      "Finds phone numbers, URLs, domains, e-mail addresses, crypto wallets, IBANs, IPv4"
          + " addresses, profile links and handles named with their platform"
          + " (TG: @name, LINE ID: name).",
      "Exits 0, also when nothing is found; texts over 1 MiB are refused."
    })
final class SelectorsExtractCommand implements Callable<Integer> {

  @Option(
      names = "--region",
      paramLabel = "CC",
      description = "ISO 3166 country for phone numbers in national format, e.g. TH")
  @Nullable String region;

  @CommandLine.Spec CommandLine.Model.@Nullable CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    String parsedRegion;
    try {
      parsedRegion = SelectorRequests.region(region);
    } catch (SelectorRequests.InvalidHint e) {
      throw new CommandFailedException(String.valueOf(e.getMessage()));
    }
    String text = readAtMost(SelectorExtractor.MAX_TEXT_LENGTH + 1);
    JsonMapper json = JsonMapper.builder().build();
    PrintWriter out =
        spec == null ? new PrintWriter(System.out, true) : spec.commandLine().getOut();
    switch (SelectorExtractor.extract(text, parsedRegion)) {
      case Extraction.Found found -> {
        for (var match : found.matches()) {
          out.println(json.writeValueAsString(ExtractedSelector.of(match)));
        }
      }
      case Extraction.TextTooLong tooLong ->
          throw new CommandFailedException(
              "the text on standard input is longer than "
                  + SelectorExtractor.MAX_TEXT_LENGTH
                  + " characters (1 MiB): split it");
      case Extraction.UnknownRegion unknown -> throw new CommandFailedException(unknown.reason());
    }
    out.flush();
    return 0;
  }

  /** Standard input as UTF-8, at most {@code limit} chars of it. */
  private static String readAtMost(int limit) throws IOException {
    Reader in = new InputStreamReader(System.in, StandardCharsets.UTF_8);
    StringBuilder sb = new StringBuilder();
    char[] buffer = new char[8192];
    while (sb.length() < limit) {
      int n = in.read(buffer, 0, Math.min(buffer.length, limit - sb.length()));
      if (n < 0) {
        break;
      }
      sb.append(buffer, 0, n);
    }
    return sb.toString();
  }
}
