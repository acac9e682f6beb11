package org.mekong.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./mekong} launcher runs {@code screen} from the extracted jar with class-data sharing,
 * and falls back to the jar as built when extraction fails (a fake JDK prints its arguments).
 */
class ScreenLauncherTest {

  @TempDir Path temp;

  /** A copy of the launcher over a built-looking tree, so it does not build. */
  private Path home() throws IOException {
    Path source = null;
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("mekong")) && Files.isRegularFile(dir.resolve("mvnw"))) {
        source = dir.resolve("mekong");
        break;
      }
    }
    if (source == null) {
      throw new IllegalStateException("the mekong launcher is not above the working directory");
    }
    Path home = Files.createDirectories(temp.resolve("home"));
    Files.copy(source, home.resolve("mekong"));
    Files.createDirectories(home.resolve("core"));
    Path target = Files.createDirectories(home.resolve("server/target"));
    Path pom = Files.writeString(home.resolve("pom.xml"), "<project/>");
    Files.setLastModifiedTime(pom, FileTime.from(Instant.now().minusSeconds(3600)));
    Files.writeString(target.resolve("mekong.jar"), "a jar");
    return home;
  }

  /** A JDK whose java prints its version, extracts (or fails to) and echoes its arguments. */
  private Path fakeJdk(String version, boolean extracts) throws IOException {
    Path jdk = temp.resolve("jdk-" + version);
    Path bin = Files.createDirectories(jdk.resolve("bin"));
    String extract =
        extracts ? "mkdir -p \"$6\" && echo thin > \"$6/mekong.jar\" && exit 0\n" : "exit 1\n";
    writeExecutable(
        bin.resolve("java"),
        "#!/bin/sh\n"
            + "if [ \"$1\" = -version ]; then\n"
            + "  echo 'openjdk version \""
            + version
            + "\" 2025-04-15' >&2; exit 0\n"
            + "fi\n"
            + "if [ \"$1\" = -Djarmode=tools ]; then\n  "
            + extract
            + "fi\n"
            + "echo \"$@\"\n");
    writeExecutable(bin.resolve("javac"), "#!/bin/sh\nexit 0\n");
    return jdk;
  }

  private static void writeExecutable(Path file, String content) throws IOException {
    Files.writeString(file, content, StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private String launch(Path home, Path jdk, String... args) throws Exception {
    String[] command = new String[args.length + 2];
    command[0] = "bash";
    command[1] = home.resolve("mekong").toString();
    System.arraycopy(args, 0, command, 2, args.length);
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().clear();
    builder.environment().put("HOME", temp.toString());
    builder.environment().put("PATH", "/usr/bin:/bin");
    builder.environment().put("JAVA_HOME", jdk.toString());
    builder.redirectErrorStream(true);
    builder.redirectOutput(temp.resolve("out").toFile());
    Process process = builder.start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String out = Files.readString(temp.resolve("out")).trim();
    assertThat(process.exitValue()).as(out).isZero();
    return out;
  }

  @Test
  void screenRunsFromTheExtractedJarWithAClassDataArchive() throws Exception {
    Path home = home();
    Path cli = home.resolve("server/target/cli");
    String out = launch(home, fakeJdk("25.0.1", true), "screen", "--help");
    assertThat(out)
        .contains("-XX:+UseParallelGC")
        .contains("-XX:+UseTransparentHugePages -Xlog:pagesize=off")
        .contains("-XX:InlineSmallCode=1000")
        .contains("-XX:-UseLoopPredicate")
        .contains("-XX:+AutoCreateSharedArchive")
        .contains("-XX:SharedArchiveFile=" + cli.resolve("mekong.jsa"))
        .contains("-Xlog:cds=off")
        .contains("-Xlog:aot=off")
        .endsWith("-jar " + cli.resolve("mekong.jar") + " screen --help");
    assertThat(cli.resolve("stamp")).exists();
  }

  @Test
  void aJdkBefore25GetsNoFlagItDoesNotKnow() throws Exception {
    String out = launch(home(), fakeJdk("21.0.5", true), "screen", "--help");
    assertThat(out).contains("-XX:+AutoCreateSharedArchive").doesNotContain("aot");
  }

  @Test
  void screenFallsBackToTheJarAsBuiltWhenExtractionFails() throws Exception {
    Path home = home();
    String out = launch(home, fakeJdk("25.0.1", false), "screen", "--help");
    assertThat(out)
        .doesNotContain("SharedArchive")
        .endsWith("-jar " + home.resolve("server/target/mekong.jar") + " screen --help");
    assertThat(home.resolve("server/target/cli")).doesNotExist();
  }

  /**
   * A JDK that runs the real one with the flags the launcher gives and {@code -version} in place of
   * the jar, so that what the JVM says of those flags can be read.
   */
  private Path realJdkWithoutTheJar() throws IOException {
    Path jdk = temp.resolve("real-jdk");
    Path bin = Files.createDirectories(jdk.resolve("bin"));
    String real = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    writeExecutable(
        bin.resolve("java"),
        "#!/bin/bash\n"
            + "if [ \"$1\" = -Djarmode=tools ]; then exit 1; fi\n"
            + "flags=()\n"
            + "for a in \"$@\"; do [ \"$a\" = -jar ] && break; flags+=(\"$a\"); done\n"
            + "exec '"
            + real
            + "' \"${flags[@]}\" -version\n");
    writeExecutable(bin.resolve("javac"), "#!/bin/sh\nexit 0\n");
    return jdk;
  }

  @Test
  void theRealJdkRunsTheLaunchersFlagsWithoutAWarning() throws Exception {
    Path home = home();
    Path jdk = realJdkWithoutTheJar();
    for (String[] command : new String[][] {{"audit", "verify"}, {"screen", "--help"}}) {
      assertThat(launch(home, jdk, command))
          .as(String.join(" ", command))
          .contains("version")
          .doesNotContainIgnoringCase("warning");
    }
  }

  @Test
  void otherCommandsRunTheJarAsBuilt() throws Exception {
    Path home = home();
    String out = launch(home, fakeJdk("25.0.1", true), "audit", "verify");
    assertThat(out)
        .doesNotContain("SharedArchive")
        .contains("-XX:-UseLoopPredicate")
        .endsWith("-jar " + home.resolve("server/target/mekong.jar") + " audit verify");
  }
}
