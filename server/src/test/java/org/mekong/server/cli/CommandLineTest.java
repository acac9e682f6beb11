package org.mekong.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CommandLineTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = MekongCommand.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void helpListsEveryCommand() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("demo", "serve", "test", "audit", "agency", "key");
  }

  @Test
  void everyCommandHasHelp() {
    for (String[] command :
        new String[][] {
          {"demo"},
          {"serve"},
          {"test"},
          {"audit"},
          {"audit", "verify"},
          {"agency", "create"},
          {"agency", "list"},
          {"key", "issue"},
          {"key", "revoke"},
          {"key", "rotate"}
        }) {
      String[] withHelp = java.util.Arrays.copyOf(command, command.length + 1);
      withHelp[command.length] = "--help";
      assertThat(run(withHelp)).as(String.join(" ", withHelp)).isZero();
    }
  }

  @Test
  void buildingTheCommandLineStartsNoHttpClient() {
    // a client's selector thread waits in native code, which holds up the JVM's exit by 0.3 s
    Set<Long> before = httpClientThreads();
    MekongCommand.commandLine();
    assertThat(httpClientThreads()).isSubsetOf(before);
  }

  private static Set<Long> httpClientThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> thread.getName().startsWith("HttpClient-"))
        .map(Thread::threadId)
        .collect(Collectors.toSet());
  }

  @Test
  void screenAnswersTheSameThroughTheCommandLineThatKnowsOnlyIt() {
    for (String[] args :
        new String[][] {
          {"screen", "--help"},
          {"screen", "--format", "nope", "--list", "absent.csv", "-"},
          {"screen", "--format", "cdr", "--list", "absent.csv", "-"},
          {"screen"}
        }) {
      StringWriter allOut = new StringWriter();
      StringWriter allErr = new StringWriter();
      StringWriter onlyOut = new StringWriter();
      StringWriter onlyErr = new StringWriter();
      int all = execute(MekongCommand.commandLine(), allOut, allErr, args);
      int only = execute(MekongCommand.commandLine(args), onlyOut, onlyErr, args);
      String what = String.join(" ", args);
      assertThat(only).as(what).isEqualTo(all);
      assertThat(onlyOut.toString()).as(what).isEqualTo(allOut.toString());
      assertThat(onlyErr.toString()).as(what).isEqualTo(allErr.toString());
    }
    assertThat(MekongCommand.commandLine(new String[] {"screen"}).getSubcommands())
        .containsOnlyKeys("screen");
    assertThat(MekongCommand.commandLine(new String[] {"audit"}).getSubcommands())
        .containsKeys("screen", "audit", "demo");
  }

  private static int execute(CommandLine cli, StringWriter out, StringWriter err, String[] args) {
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void anUnknownCommandExitsNonZeroWithAClearMessage() {
    assertThat(run("frobnicate")).isNotZero();
    assertThat(err.toString()).contains("frobnicate");
  }

  @Test
  void anUnknownOptionExitsNonZeroWithAClearMessage() {
    assertThat(run("demo", "--colour", "red")).isNotZero();
    assertThat(err.toString()).contains("--colour");
  }

  @Test
  void theDemoRunsOneNodeOrThree() {
    assertThat(run("demo", "--nodes", "2")).isEqualTo(2);
    assertThat(err.toString()).contains("--nodes must be 1 (one node) or 3", "but was 2");
  }

  @Test
  void serveWithAnInvalidSettingFailsBeforeStartingAndNamesIt(@TempDir Path temp)
      throws IOException {
    Path config = temp.resolve("node.yaml");
    Files.writeString(
        config, "port: 99999\ndatabase:\n  url: jdbc:postgresql://localhost/x\n  user: u\n");
    assertThat(run("serve", "--config", config.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("'port'").contains("99999");
  }

  @Test
  void serveWithoutAnExternalDatabaseSaysWhichSettingIsMissing(@TempDir Path temp)
      throws IOException {
    Path config = temp.resolve("node.yaml");
    Files.writeString(config, "port: 9999\n");
    assertThat(run("serve", "--config", config.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("'database.url'");
  }

  @Test
  void adminCommandsNeedAnApiKey() {
    assertThat(run("agency", "list", "--url", "http://localhost:1", "--api-key", "")).isEqualTo(1);
    assertThat(err.toString()).contains("API key");
  }
}
