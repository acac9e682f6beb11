package org.mekong.server.agency;

import java.io.PrintStream;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives a node without an admin key its first one at start-up and prints it once, so that the
 * operator can create agencies and issue their keys.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "mekong.bootstrap-admin-key", havingValue = "true")
class AdminKeyBootstrap implements ApplicationRunner {

  private final AgencyDirectory directory;
  private final PrintStream out;

  AdminKeyBootstrap(AgencyDirectory directory) {
    this.directory = directory;
    this.out = System.out;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!directory.hasAdminKey()) {
      IssuedKey key = directory.issueAdminKey("bootstrap");
      out.println("Admin API key (shown once, keep it safe): " + key.secret().value());
    }
  }
}
