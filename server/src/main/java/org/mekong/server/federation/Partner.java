package org.mekong.server.federation;

import java.net.URI;
import java.util.Map;
import java.util.TreeMap;
import org.mekong.core.agency.AgencyId;
import org.mekong.server.agency.AgencyDirectory;

/**
 * A partner node this node pulls from: its name, base URL, how often to poll, and the key each of
 * this node's agencies holds there.
 *
 * @param credentials local agency → the API key it holds at the partner
 */
record Partner(String name, URI url, int pollSeconds, Map<AgencyId, String> credentials) {

  /** The longest poll interval, in seconds. */
  static final int MAX_POLL_SECONDS = 3_600;

  Partner {
    if (!AgencyDirectory.isNodeName(name)) {
      throw new IllegalArgumentException("not a partner name: " + name);
    }
    if (!validUrl(url)) {
      throw new IllegalArgumentException("not an absolute http(s) URL: " + url);
    }
    if (pollSeconds < 1 || pollSeconds > MAX_POLL_SECONDS) {
      throw new IllegalArgumentException("poll every 1-3600 s, was " + pollSeconds);
    }
    TreeMap<AgencyId, String> sorted = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
    sorted.putAll(credentials);
    credentials = java.util.Collections.unmodifiableMap(sorted);
  }

  /** Whether a URL is an absolute http(s) URL with a host, and nothing after the path. */
  static boolean validUrl(URI url) {
    String scheme = url.getScheme();
    return url.isAbsolute()
        && ("http".equals(scheme) || "https".equals(scheme))
        && url.getHost() != null
        && url.getRawQuery() == null
        && url.getRawFragment() == null
        && url.getRawUserInfo() == null;
  }

  /** The partner without its secrets, for logs. */
  @Override
  public String toString() {
    return "Partner[" + name + " at " + url + ", every " + pollSeconds + " s]";
  }
}
