package org.mekong.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code ./mekong} launcher finds a JDK 21 or newer by itself, or says what to install. */
class LauncherTest {

  @TempDir Path temp;

  private record Result(int exit, String out, String err) {}

  private static Path launcher() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("mekong")) && Files.isRegularFile(dir.resolve("mvnw"))) {
        return dir.resolve("mekong");
      }
    }
    throw new IllegalStateException(
        "the mekong launcher is not above " + Path.of("").toAbsolutePath());
  }

  /** A fake JDK whose java prints the version banner of that release. */
  private Path fakeJdk(String name, String version, boolean withJavac) throws IOException {
    Path home = temp.resolve("jvms").resolve(name);
    Path bin = Files.createDirectories(home.resolve("bin"));
    writeExecutable(
        bin.resolve("java"),
        "#!/bin/sh\necho 'openjdk version \"" + version + "\" 2025-04-15' >&2\n");
    if (withJavac) {
      writeExecutable(bin.resolve("javac"), "#!/bin/sh\nexit 0\n");
    }
    return home;
  }

  private static void writeExecutable(Path file, String content) throws IOException {
    Files.writeString(file, content, StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private Result run(Map<String, String> environment) throws Exception {
    ProcessBuilder builder = new ProcessBuilder("bash", launcher().toString());
    builder.environment().clear();
    builder.environment().put("HOME", temp.toString());
    builder.environment().put("MEKONG_LAUNCHER_DRY_RUN", "1");
    builder.environment().putAll(environment);
    builder.redirectOutput(temp.resolve("out").toFile());
    builder.redirectError(temp.resolve("err").toFile());
    Process process = builder.start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(
        process.exitValue(),
        Files.readString(temp.resolve("out")).trim(),
        Files.readString(temp.resolve("err")));
  }

  private String pathWith(Path jdk) {
    return jdk.resolve("bin") + ":/usr/bin:/bin";
  }

  @Test
  void skipsJava17OnThePathAndPicksTheNewestJdkInTheJvmFolders() throws Exception {
    Path jdk17 = fakeJdk("java-17", "17.0.15", true);
    fakeJdk("jdk-21", "21.0.5", true);
    Path jdk25 = fakeJdk("temurin-25", "25.0.1", true);
    fakeJdk("jre-26", "26", false);
    Result result =
        run(
            Map.of(
                "PATH", pathWith(jdk17),
                "JAVA_HOME", jdk17.toString(),
                "MEKONG_JVM_DIRS", temp.resolve("jvms").toString()));
    assertThat(result.exit()).isZero();
    assertThat(result.out()).isEqualTo(jdk25.toString());
  }

  @Test
  void prefersASuitableJavaHome() throws Exception {
    Path jdk21 = fakeJdk("jdk-21", "21.0.5", true);
    fakeJdk("temurin-25", "25.0.1", true);
    Result result =
        run(
            Map.of(
                "PATH", "/usr/bin:/bin",
                "JAVA_HOME", jdk21.toString(),
                "MEKONG_JVM_DIRS", temp.resolve("jvms").toString()));
    assertThat(result.out()).isEqualTo(jdk21.toString());
  }

  @Test
  void thenASuitableJavaOnThePath() throws Exception {
    Path jdk22 = fakeJdk("jdk-22", "22.0.1", true);
    fakeJdk("temurin-25", "25.0.1", true);
    Result result =
        run(Map.of("PATH", pathWith(jdk22), "MEKONG_JVM_DIRS", temp.resolve("jvms").toString()));
    assertThat(result.out()).isEqualTo(jdk22.toString());
  }

  @Test
  void readsTheVersionFromTheJdksReleaseFileWithoutStartingIt() throws Exception {
    Path jdk21 = fakeJdk("jdk-21", "21.0.5", true);
    // a java that fails when started: only the release file can say what this JDK is
    writeExecutable(jdk21.resolve("bin/java"), "#!/bin/sh\nexit 1\n");
    Files.writeString(
        jdk21.resolve("release"),
        "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"21.0.5\"\nOS_NAME=\"Linux\"\n");
    Path jdk17 = fakeJdk("java-17", "17.0.15", true);
    Files.writeString(jdk17.resolve("release"), "JAVA_VERSION=\"17.0.15\"\n");
    Result result =
        run(
            Map.of(
                "PATH", pathWith(jdk17),
                "JAVA_HOME", jdk17.toString(),
                "MEKONG_JVM_DIRS", temp.resolve("jvms").toString()));
    assertThat(result.exit()).isZero();
    assertThat(result.out()).isEqualTo(jdk21.toString());
  }

  @Test
  void saysWhatToInstallWhenThereIsNoJdk21() throws Exception {
    Path jdk17 = fakeJdk("java-17", "17.0.15", true);
    fakeJdk("java-8", "1.8.0_292", true);
    Result result =
        run(Map.of("PATH", pathWith(jdk17), "MEKONG_JVM_DIRS", temp.resolve("jvms").toString()));
    assertThat(result.exit()).isNotZero();
    assertThat(result.err()).contains("no JDK 21 or newer").contains("Install");
  }

  @Test
  void findsARealJdk21OnThisMachineWhenTheDefaultJavaIsOlder() throws Exception {
    List<Path> real = new ArrayList<>();
    Path jvms = Path.of("/usr/lib/jvm");
    assumeTrue(Files.isDirectory(jvms), "no /usr/lib/jvm here");
    try (var entries = Files.list(jvms)) {
      entries.filter(p -> Files.isExecutable(p.resolve("bin/javac"))).forEach(real::add);
    }
    assumeTrue(!real.isEmpty(), "no JDK under /usr/lib/jvm");
    Result result = run(Map.of("PATH", "/usr/bin:/bin"));
    assertThat(result.exit()).isZero();
    Path chosen = Path.of(result.out());
    Process version =
        new ProcessBuilder(chosen.resolve("bin/java").toString(), "-version")
            .redirectErrorStream(true)
            .start();
    String banner = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    version.waitFor();
    int feature = Integer.parseInt(banner.replaceAll("(?s).*version \"(\\d+).*", "$1"));
    assertThat(feature).isGreaterThanOrEqualTo(21);
  }
}
