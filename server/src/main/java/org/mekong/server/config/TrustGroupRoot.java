package org.mekong.server.config;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mekong.core.agency.AgencyId;

/**
 * A TAXII API root for one trust group, from {@code taxii.roots.<name>.title} and {@code
 * taxii.roots.<name>.agencies}: only its member agencies may use it, and its indicators are those
 * its members originated.
 *
 * @param name the root's path segment under {@code /taxii2/}
 * @param title a human title
 * @param agencies the member agencies, at least one, each once, in the order configured
 */
public record TrustGroupRoot(String name, String title, List<AgencyId> agencies) {

  /** The root every agency may use; no trust group may take its name. */
  public static final String DEFAULT_ROOT = "mekong";

  public TrustGroupRoot {
    String prefix = ConfigKeys.TAXII_ROOTS + name;
    if (!name.matches("[a-z0-9][a-z0-9-]{0,62}")) {
      throw new InvalidConfigurationException(
          prefix, "a root name is 1-63 lower-case letters, digits or '-', not starting with '-'");
    }
    if (name.equals(DEFAULT_ROOT)) {
      throw new InvalidConfigurationException(
          prefix, "'" + DEFAULT_ROOT + "' is the default root of every agency");
    }
    if (title.isBlank() || title.length() > 200) {
      throw new InvalidConfigurationException(prefix + ".title", "must be 1-200 characters");
    }
    Set<AgencyId> distinct = new LinkedHashSet<>(agencies);
    if (distinct.isEmpty()) {
      throw new InvalidConfigurationException(
          prefix + ".agencies", "must name at least one agency id");
    }
    agencies = List.copyOf(distinct);
  }

  /** Whether {@code agency} belongs to the trust group. */
  public boolean admits(AgencyId agency) {
    return agencies.contains(agency);
  }
}
