package org.mekong.server.cli;

import org.mekong.server.config.InvalidConfigurationException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code mekong} command line: one entry point for every node and admin task. */
@Command(
    name = "mekong",
    mixinStandardHelpOptions = true,
    version = "mekong 0.1.0",
    description = "Mekong: a federated exchange against cross-border telecom fraud and scams.",
    subcommands = {
      DemoCommand.class,
      ServeCommand.class,
      TestCommand.class,
      AuditCommand.class,
      AgencyCommand.class,
      KeyCommand.class,
      SelectorsCommand.class,
      MrzCommand.class,
      NamesCommand.class,
      ImportCommand.class,
      ScreenCommand.class
    })
public final class MekongCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.@org.jspecify.annotations.Nullable CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec().commandLine(), "name a command, e.g. 'mekong demo'; see 'mekong --help'");
  }

  private CommandLine.Model.CommandSpec spec() {
    if (spec == null) {
      throw new IllegalStateException("picocli injects the command spec");
    }
    return spec;
  }

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, for {@link #main} and tests. */
  public static CommandLine commandLine() {
    return new CommandLine(new MekongCommand())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(
            (e, commandLine, parseResult) -> {
              if (e instanceof CommandFailedException
                  || e instanceof InvalidConfigurationException) {
                commandLine.getErr().println(commandLine.getCommandName() + ": " + e.getMessage());
                return e instanceof InvalidConfigurationException ? 2 : 1;
              }
              throw e;
            });
  }
}
