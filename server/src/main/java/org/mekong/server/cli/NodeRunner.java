package org.mekong.server.cli;

import java.util.Map;
import org.mekong.server.MekongNode;
import org.mekong.server.config.NodeConfig;

/** Starts a node for a command and turns the usual start-up failures into plain messages. */
final class NodeRunner {

  private NodeRunner() {}

  /**
   * Starts the node for {@code command} (e.g. {@code demo}), which prints in one line what start-up
   * repaired after a crash.
   */
  static MekongNode start(String command, NodeConfig config, Map<String, Object> properties) {
    try {
      return MekongNode.start(
          config, properties, notice -> System.out.println(command + ": " + notice));
    } catch (RuntimeException e) {
      throw new CommandFailedException("the node did not start: " + rootMessage(e), e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    if (message != null && message.contains("Address already in use")) {
      return "the port is already in use (choose another with --port)";
    }
    return message != null ? message : root.getClass().getSimpleName();
  }
}
