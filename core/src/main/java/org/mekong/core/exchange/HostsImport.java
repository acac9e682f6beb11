package org.mekong.core.exchange;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.mekong.core.input.FreeText;
import org.mekong.core.selector.Parsed;
import org.mekong.core.selector.SelectorType;
import org.mekong.core.selector.Selectors;

/**
 * The {@code hosts} format: {@code <address> <name> [<name>...]} lines ({@code 0.0.0.0
 * example.com}), or bare names, with {@code #} comments to the end of a line. Every name becomes a
 * {@code domain} selector (the file's selector type default does not apply); the local names a
 * hosts file always carries ({@code localhost}, {@code broadcasthost}, {@code ip6-*}, ...) are
 * skipped without a result.
 */
final class HostsImport extends ResultIterator {

  /** Names that hosts files map for the machine itself, never scam infrastructure. */
  static final Set<String> LOCAL_NAMES =
      Set.of(
          "localhost",
          "localhost.localdomain",
          "local",
          "broadcasthost",
          "localhost4",
          "localhost4.localdomain4",
          "localhost6",
          "localhost6.localdomain6",
          "0.0.0.0");

  private static final Splitter WORDS =
      Splitter.on(CharMatcher.whitespace()).omitEmptyStrings().trimResults();

  private final RecordReader reader;
  private final ImportDefaults defaults;

  HostsImport(Reader in, ImportDefaults defaults) {
    this.reader = new RecordReader(in, false);
    this.defaults = defaults;
  }

  @Override
  boolean readMore(ArrayDeque<ImportResult> into) throws IOException {
    RecordReader.Raw raw = reader.next();
    if (raw == null) {
      return false;
    }
    if (raw.overLong()) {
      into.add(ListImport.overLong(raw.line()));
      return true;
    }
    String text = raw.text();
    String bad = FreeText.problem(text);
    if (bad != null) {
      into.add(new ImportResult.Rejected(raw.line(), "the line " + bad));
      return true;
    }
    int hash = text.indexOf('#');
    String content = (hash < 0 ? text : text.substring(0, hash)).strip();
    if (content.isEmpty()) {
      return true;
    }
    List<String> tokens = WORDS.splitToList(content);
    if (tokens.isEmpty()) {
      return true;
    }
    int first = 0;
    if (isAddress(tokens.get(0))) {
      if (tokens.size() == 1) {
        into.add(Drafts.rejected(raw.line(), tokens.get(0), "an address without host names"));
        return true;
      }
      first = 1;
    }
    for (String name : tokens.subList(first, tokens.size())) {
      if (!isLocal(name)) {
        into.add(Drafts.build(raw.line(), LineFields.value(SelectorType.DOMAIN, name), defaults));
      }
    }
    return true;
  }

  static boolean isLocal(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return LOCAL_NAMES.contains(lower) || lower.startsWith("ip6-");
  }

  private static boolean isAddress(String token) {
    return Selectors.parse(token, SelectorType.IP, null) instanceof Parsed.Valid;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
