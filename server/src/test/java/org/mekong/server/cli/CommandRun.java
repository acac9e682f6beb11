package org.mekong.server.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.mekong.server.support.Http;
import tools.jackson.databind.JsonNode;

/** Runs the command line in-process with a given standard input, keeping what it printed. */
final class CommandRun {

  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  /** Runs {@code args} with {@code stdin} as standard input and returns the exit code. */
  int run(String stdin, String... args) {
    InputStream original = System.in;
    System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    try {
      var cli = MekongCommand.commandLine();
      cli.setOut(new PrintWriter(out, true));
      cli.setErr(new PrintWriter(err, true));
      return cli.execute(args);
    } finally {
      System.setIn(original);
    }
  }

  /** Standard output, one JSON object a line. */
  List<JsonNode> lines() {
    return out.toString().lines().map(Http.JSON::readTree).toList();
  }
}
