package org.mekong.server.indicator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mekong.core.selector.Parsed;
import org.mekong.core.selector.Selector;
import org.mekong.core.selector.SelectorType;
import org.mekong.core.selector.Selectors;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Lists of known-benign selectors that would hit everyone if published as scam infrastructure:
 * emergency and official numbers, major platforms' domains, public DNS resolvers. They are the text
 * files under {@code warninglists/} in the server's resources, one entry a line as {@code TYPE
 * VALUE [REGION]} with {@code #} comments; a file's first comment names the list.
 */
@Component
class WarningLists {

  private final Map<String, List<String>> listsByKey = new HashMap<>();

  WarningLists() {
    try {
      Resource[] files =
          new PathMatchingResourcePatternResolver().getResources("classpath*:warninglists/*.txt");
      for (Resource file : files) {
        load(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the warning lists", e);
    }
  }

  /** The names of the lists this selector is on, with the entry's comment; empty when none. */
  List<String> matches(Selector selector) {
    return listsByKey.getOrDefault(key(selector), List.of());
  }

  /** How many entries all lists hold. */
  int size() {
    return listsByKey.size();
  }

  private void load(Resource file) throws IOException {
    String name = String.valueOf(file.getFilename()).replaceFirst("\\.txt$", "");
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
      int lineNumber = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNumber++;
        String comment = line.contains("#") ? line.substring(line.indexOf('#') + 1).strip() : "";
        String entry = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
        String[] fields = entry.strip().split("\\s+");
        if (fields.length < 2) {
          continue;
        }
        SelectorType type =
            SelectorType.fromCode(fields[0])
                .orElseThrow(() -> new IllegalStateException(name + " line: unknown type"));
        String region = fields.length > 2 ? fields[2].toUpperCase(Locale.ROOT) : null;
        Parsed parsed = Selectors.parse(fields[1], type, region);
        if (!(parsed instanceof Parsed.Valid valid)) {
          throw new IllegalStateException(
              "warning list " + name + " line " + lineNumber + " is not a valid " + type.code());
        }
        String label = comment.isEmpty() ? name : name + " (" + comment + ")";
        listsByKey.computeIfAbsent(key(valid.selector()), k -> new ArrayList<>()).add(label);
      }
    }
  }

  private static String key(Selector selector) {
    return selector.type().code() + ":" + selector.canonical();
  }
}
