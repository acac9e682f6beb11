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
    System.exit(commandLine(args).execute(args));
  }

  /** The configured command line, for {@link #main} and tests. */
  public static CommandLine commandLine() {
    return configured(new CommandLine(new MekongCommand()));
  }

  /**
   * The command line for {@code args}: for {@code screen}, a short batch run timed end to end, one
   * that knows that command only (picocli builds every command it knows at start, about 0.1 s);
   * else {@link #commandLine()}.
   */
  static CommandLine commandLine(String[] args) {
    if (args.length > 0 && args[0].equals("screen")) {
      return configured(new CommandLine(new ScreenOnly()));
    }
    return commandLine();
  }

  /** The {@code mekong} command with {@code screen} as its one subcommand. */
  @Command(
      name = "mekong",
      mixinStandardHelpOptions = true,
      version = "mekong 0.1.0",
      subcommands = ScreenCommand.class)
  static final class ScreenOnly implements Runnable {
    @Override
    public void run() {
      throw new IllegalStateException("only 'mekong screen' runs through this command line");
    }
  }

  private static CommandLine configured(CommandLine cli) {
    return cli.setCaseInsensitiveEnumValuesAllowed(true)
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
