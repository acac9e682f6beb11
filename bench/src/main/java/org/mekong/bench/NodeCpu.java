package org.mekong.bench;

/**
 * The CPU time of the node a benchmark runs against, read from {@code /proc} (Linux), its process
 * id given as the system property {@code node.pid}.
 */
final class NodeCpu {

  private NodeCpu() {}

  /**
   * The CPU seconds of the node's JIT compiler threads and of its garbage collector's threads (from
   * {@code /proc/PID/task}); {@code {-1, -1}} when unknown.
   */
  static double[] compilerAndGcSeconds() {
    String pid = System.getProperty("node.pid");
    double[] out = {0, 0};
    if (pid == null) {
      return new double[] {-1, -1};
    }
    try (java.util.stream.Stream<java.nio.file.Path> tasks =
        java.nio.file.Files.list(java.nio.file.Path.of("/proc", pid, "task"))) {
      for (java.nio.file.Path task : tasks.toList()) {
        try {
          String name = java.nio.file.Files.readString(task.resolve("comm")).strip();
          String stat = java.nio.file.Files.readString(task.resolve("stat"));
          String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          double seconds = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
          if (name.contains("CompilerThre")) {
            out[0] += seconds;
          } else if (name.startsWith("GC Thread") || name.startsWith("G1 ")) {
            out[1] += seconds;
          }
        } catch (java.io.IOException | RuntimeException e) {
          // a thread that ended meanwhile
        }
      }
    } catch (java.io.IOException e) {
      return new double[] {-1, -1};
    }
    return out;
  }

  /** The CPU seconds (user + system) of the node's process so far; -1 when unknown. */
  static double seconds() {
    String pid = System.getProperty("node.pid");
    if (pid == null) {
      return -1;
    }
    try {
      String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", pid, "stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0; // USER_HZ
    } catch (java.io.IOException | RuntimeException e) {
      return -1;
    }
  }
}
