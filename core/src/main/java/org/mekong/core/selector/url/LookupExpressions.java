package org.mekong.core.selector.url;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SequencedSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Safe Browsing suffix/prefix expressions: each of at most 5 host suffixes joined with each of at
 * most 6 path prefixes.
 */
final class LookupExpressions {

  private static final int MAX_HOST_COMPONENTS = 5;
  private static final int MAX_PATH_COMPONENTS = 4;
  private static final Pattern DOTTED_QUAD =
      Pattern.compile("(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.|$)){4}");

  private LookupExpressions() {}

  static List<String> of(CanonicalUrl url) {
    List<String> expressions = new ArrayList<>();
    for (String host : hosts(url.host())) {
      for (String path : paths(url.path(), url.query())) {
        expressions.add(host + path);
      }
    }
    return List.copyOf(expressions);
  }

  /**
   * The exact host, then (unless it is an IP address) the hostnames formed from its last five
   * components by removing leading components one by one, never the top-level domain alone.
   */
  static List<String> hosts(String host) {
    List<String> hosts = new ArrayList<>(MAX_HOST_COMPONENTS);
    hosts.add(host);
    if (isIpAddress(host)) {
      return hosts;
    }
    String[] components = host.split("\\.", -1);
    int n = components.length;
    for (int i = Math.max(1, n - MAX_HOST_COMPONENTS); i < n - 1; i++) {
      hosts.add(String.join(".", List.of(components).subList(i, n)));
    }
    return hosts;
  }

  /**
   * The exact path with the query (when the query is not empty), the exact path, then the root and
   * up to three more prefixes formed by appending path components, each with a trailing slash.
   */
  static SequencedSet<String> paths(String path, @Nullable String query) {
    SequencedSet<String> paths = new LinkedHashSet<>();
    if (query != null && !query.isEmpty()) {
      paths.add(path + "?" + query);
    }
    paths.add(path);
    paths.add("/");
    StringBuilder prefix = new StringBuilder("/");
    int added = 1;
    int start = 1;
    for (int i = 1; i < path.length() && added < MAX_PATH_COMPONENTS; i++) {
      if (path.charAt(i) == '/') {
        prefix.append(path, start, i + 1);
        paths.add(prefix.toString());
        start = i + 1;
        added++;
      }
    }
    return paths;
  }

  private static boolean isIpAddress(String host) {
    return host.startsWith("[") || DOTTED_QUAD.matcher(host).matches();
  }
}
