package org.mekong.core.exchange;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.mekong.core.input.JsonErrors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code misp} format: one event JSON ({@code {"Event": {...}}}) read whole, or a feed
 * directory whose {@code manifest.json} lists the events (without a manifest, every {@code
 * <uuid>.json} file), read one event at a time. Results of an event are numbered by attribute; a
 * problem with a whole event (missing, not JSON, no event) is a rejection at line 0.
 */
final class MispImport extends ResultIterator {

  /** The largest event document read, in characters (256 MiB). */
  static final long MAX_EVENT = 256L << 20;

  private static final Pattern EVENT_FILE = Pattern.compile("[0-9a-fA-F-]{36}\\.json");

  static final JsonMapper JSON =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder().maxDocumentLength(MAX_EVENT).build())
                  .build())
          .build();

  /** Where the next event comes from: a file of the feed, or the single stream given. */
  private interface Source {
    String name();

    JsonNode read() throws IOException;
  }

  private final Iterator<Source> sources;
  private final ImportDefaults defaults;
  private @Nullable MispEvent current;
  private int next;
  private @Nullable Closeable single;
  private final List<ImportResult> initial = new ArrayList<>();

  private MispImport(Iterator<Source> sources, ImportDefaults defaults) {
    this.sources = sources;
    this.defaults = defaults;
  }

  static MispImport event(InputStream in, ImportDefaults defaults) {
    return single(in, () -> JSON.readTree(in), defaults);
  }

  static MispImport event(Reader in, ImportDefaults defaults) {
    return single(in, () -> JSON.readTree(in), defaults);
  }

  private static MispImport single(Closeable in, EventRead read, ImportDefaults defaults) {
    Source source =
        new Source() {
          @Override
          public String name() {
            return "event";
          }

          @Override
          public JsonNode read() throws IOException {
            return read.read();
          }
        };
    MispImport reader = new MispImport(List.of(source).iterator(), defaults);
    reader.single = in;
    return reader;
  }

  private interface EventRead {
    JsonNode read() throws IOException;
  }

  static MispImport feed(Path directory, ImportDefaults defaults) throws IOException {
    List<ImportResult> problems = new ArrayList<>();
    MispImport reader = new MispImport(feedSources(directory, problems).iterator(), defaults);
    reader.initial.addAll(problems);
    return reader;
  }

  @Override
  boolean readMore(ArrayDeque<ImportResult> into) throws IOException {
    if (!initial.isEmpty()) {
      into.addAll(initial);
      initial.clear();
      return true;
    }
    MispEvent event = current;
    if (event != null && next <= event.attributeCount()) {
      List<ImportResult> results = new ArrayList<>();
      event.results(next++, defaults, results);
      into.addAll(results);
      return true;
    }
    current = null;
    if (!sources.hasNext()) {
      return false;
    }
    Source source = sources.next();
    try {
      MispEvent read = new MispEvent(source.read());
      if (read.isEvent()) {
        current = read;
        next = 1;
      } else {
        into.add(new ImportResult.Rejected(0, source.name() + ": not a MISP event"));
      }
    } catch (NoSuchFileException e) {
      into.add(new ImportResult.Rejected(0, source.name() + ": the file is missing"));
    } catch (JacksonException e) {
      into.add(
          new ImportResult.Rejected(0, source.name() + ": not JSON: " + JsonErrors.describe(e)));
    }
    return true;
  }

  /**
   * The event files a feed directory lists, in the order of their uuids; a manifest that does not
   * read, or names a file that cannot be an event, adds a rejection at line 0.
   */
  private static List<Source> feedSources(Path directory, List<ImportResult> problems)
      throws IOException {
    TreeSet<String> uuids = new TreeSet<>();
    Path manifest = directory.resolve("manifest.json");
    if (Files.exists(manifest)) {
      try (InputStream in = Files.newInputStream(manifest)) {
        JSON.readTree(in).propertyNames().forEach(uuids::add);
      } catch (JacksonException e) {
        problems.add(
            new ImportResult.Rejected(0, "manifest.json: not JSON: " + JsonErrors.describe(e)));
      }
    } else {
      try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
        for (Path file : files) {
          String name = file.getFileName().toString();
          if (EVENT_FILE.matcher(name).matches()) {
            uuids.add(name.substring(0, name.length() - ".json".length()));
          }
        }
      }
    }
    List<Source> sources = new ArrayList<>();
    for (String uuid : uuids) {
      if (!EVENT_FILE.matcher(uuid + ".json").matches()) {
        problems.add(
            new ImportResult.Rejected(
                0, "manifest.json: '" + Drafts.quote(uuid) + "' is not an event uuid"));
        continue;
      }
      Path file = directory.resolve(uuid + ".json");
      sources.add(
          new Source() {
            @Override
            public String name() {
              return "event " + uuid;
            }

            @Override
            public JsonNode read() throws IOException {
              try (InputStream in = Files.newInputStream(file)) {
                return JSON.readTree(in);
              }
            }
          });
    }
    return sources;
  }

  @Override
  public void close() throws IOException {
    Closeable in = single;
    if (in != null) {
      in.close();
    }
  }

  /**
   * Why a text is not JSON, in words for the sender: where it broke, never the parser's message.
   */
}
