package org.mekong.server.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Documents {@code ./mekong test}, which the launcher runs through Maven. */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    description = {
      "Run the whole test suite: unit, architecture, PostgreSQL and HTTP tests.",
      "The launcher script runs it from the repository root as './mekong test' (through the"
          + " Maven Wrapper); extra arguments are passed to Maven, e.g. './mekong test -pl core'."
    })
final class TestCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    System.err.println("run the tests from the repository root with: ./mekong test");
    return 2;
  }
}
