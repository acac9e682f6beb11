package org.mekong.core.screening.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mekong.core.selector.Parsed;
import org.mekong.core.selector.Selector;
import org.mekong.core.selector.Selectors;

/**
 * The byte reader of exports ({@link ExportBytes}) gives exactly the list Commons CSV gives ({@link
 * ListFiles#generic}): the same entries, skips with their line numbers, and hits, on seeded random
 * exports with quoted fields, CRLF, a BOM, missing and repeated columns, bad rows and odd bytes.
 */
class ExportBytesTest {

  private static final List<String> COLUMNS =
      List.of(
          "type",
          "value",
          "region",
          "categories",
          "confidence",
          "tlp",
          "valid_until",
          "description",
          "revoked",
          "originator",
          "indicator",
          "id");

  private static final List<String> VALUES =
      List.of(
          "+66812345678",
          "+66812345679",
          "081 234 5678",
          "+8613800138000",
          "+85512345678",
          "+999",
          "+6681234567",
          "+80012345678",
          "+12025550123",
          "+6681234567890123456",
          "scam-bank.com",
          "http://evil.example.com/login",
          "192.0.2.1",
          "490154203237518",
          "520031234567890",
          "mule@example.org",
          "",
          "not a thing");

  private static final List<String> ODD =
      List.of("\uFEFF", "é", "\u00a0", " ", "\"", ",", "\r", "\n", "\r\n", ";", "\t", "\u0000");

  @TempDir Path dir;

  @Test
  void theByteReaderGivesWhatCommonsCsvGives() throws Exception {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    int fast = 0;
    for (int file = 0; file < 400; file++) {
      byte[] export = export(random);
      Path path = dir.resolve("export-" + file + ".csv");
      Files.write(path, export);
      String what =
          "seed " + seed + ", file " + file + ":\n" + new String(export, StandardCharsets.UTF_8);

      ListLoad expected = ListFiles.generic(path);
      ListLoad actual = ListFiles.load(path);
      fast += ExportBytes.load(path) != null ? 1 : 0;

      if (expected instanceof ListLoad.Loaded want && actual instanceof ListLoad.Loaded got) {
        assertThat(got.entries()).as(what).isEqualTo(want.entries());
        assertThat(got.skipped()).as(what).isEqualTo(want.skipped());
        for (String value : VALUES) {
          for (Selector selector : selectors(value)) {
            assertThat(got.matcher().match(selector))
                .as(what)
                .isEqualTo(want.matcher().match(selector));
          }
        }
        assertThat(got.matcher().mayHitPhone(66812345678L))
            .as(what)
            .isEqualTo(want.matcher().mayHitPhone(66812345678L));
      } else {
        assertThat(actual).as(what).isEqualTo(expected);
      }
    }
    assertThat(fast).as("seed %d: files the byte reader read", seed).isGreaterThan(120);
  }

  @Test
  void aRowWithTheWrongNumberOfFieldsIsSkippedWithItsLineNumber() throws Exception {
    Path path = dir.resolve("export.csv");
    Files.writeString(
        path,
        "type,value,categories\r\nphone,+66812345678,fraud\r\n\r\nphone,+66812345679\r\n"
            + "phone,\"+66812345670\",\"fraud;\"\r\n");

    ListLoad.Loaded loaded = (ListLoad.Loaded) ListFiles.load(path);

    assertThat(ExportBytes.load(path)).isNotNull();
    assertThat(loaded.entries()).isEqualTo(2);
    assertThat(loaded.skipped())
        .containsExactly(
            java.util.Map.entry(
                "2 fields where the header has 3", new BulkSummary.Tally(1, List.of(3L))));
  }

  @Test
  void aFieldReadAgainWithTheSameBytesGivesTheSameTextAndOtherBytesTheirOwn() {
    String twenty = String.join(",", Collections.nCopies(20, "x"));
    byte[] file =
        ("amber,\"amber\",\"a\"\"b\",\"a\"\"b\"\n"
                + "amber,\"a\"\"b\",amber,\"a\"\"b\"\n"
                + "red,amber,\"\",\n"
                + twenty
                + "\n")
            .getBytes(StandardCharsets.UTF_8);
    ExportBytes.Record record = new ExportBytes.Record(file);
    List<List<String>> rows = new ArrayList<>();
    int from = 0;
    while (from < file.length) {
      int end = ExportBytes.lineEnd(file, from);
      assertThat(record.read(from, end)).isTrue();
      List<String> cells = new ArrayList<>();
      for (int i = 0; i < record.size(); i++) {
        cells.add(record.get(i));
      }
      // the second read of a field is remembered; it must give the same text
      assertThat(record.get(0)).isSameAs(cells.get(0));
      rows.add(cells);
      from = end + 1;
    }
    assertThat(rows)
        .containsExactly(
            List.of("amber", "amber", "a\"b", "a\"b"),
            List.of("amber", "a\"b", "amber", "a\"b"),
            List.of("red", "amber", "", ""),
            Collections.nCopies(20, "x"));
    assertThat(rows.get(1).get(0)).isSameAs(rows.get(0).get(0));
  }

  private static List<Selector> selectors(String value) {
    List<Selector> selectors = new ArrayList<>();
    for (String region : new String[] {"TH", "CN"}) {
      if (Selectors.parse(value, null, region) instanceof Parsed.Valid(Selector selector)) {
        selectors.add(selector);
      }
    }
    return selectors;
  }

  /** A random export: its header a random choice of columns, its rows mostly well formed. */
  private static byte[] export(Random random) {
    boolean odd = random.nextBoolean(); // else only what the byte reader reads itself
    List<String> header = new ArrayList<>(COLUMNS.subList(0, 2 + random.nextInt(5)));
    for (String optional : COLUMNS.subList(6, COLUMNS.size())) {
      if (random.nextInt(3) == 0) {
        header.add(optional);
      }
    }
    Collections.shuffle(header, random);
    if (random.nextInt(10) == 0) {
      header.add(header.get(random.nextInt(header.size())).toUpperCase(java.util.Locale.ROOT));
    }
    boolean crlf = random.nextBoolean();
    boolean withIds = random.nextInt(4) != 0;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (random.nextInt(8) == 0) {
      write(out, "\uFEFF");
    }
    write(out, line(random, header, crlf, odd));
    int rows = random.nextInt(40);
    for (int r = 0; r < rows; r++) {
      List<String> cells = new ArrayList<>();
      for (String column : header) {
        cells.add(cell(random, column, withIds, odd));
      }
      if (random.nextInt(15) == 0 && !cells.isEmpty()) {
        cells.removeLast();
      }
      if (random.nextInt(15) == 0) {
        cells.add("extra");
      }
      write(out, line(random, cells, crlf, odd));
      if (random.nextInt(12) == 0) {
        write(out, crlf ? "\r\n" : "\n");
      }
      if (random.nextInt(25) == 0) {
        out.write(new byte[] {(byte) 0xff, (byte) 0xc3, ','}, 0, 2 + random.nextInt(2));
      }
    }
    byte[] bytes = out.toByteArray();
    if (bytes.length > 0 && random.nextInt(5) == 0) {
      return java.util.Arrays.copyOf(bytes, bytes.length - 1 - random.nextInt(2));
    }
    return bytes;
  }

  private static String line(Random random, List<String> cells, boolean crlf, boolean odd) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      String cell = cells.get(i);
      int quoting = random.nextInt(12);
      if (quoting < 3 || cell.contains(",") || cell.contains("\"") || cell.contains("\n")) {
        line.append('"').append(cell.replace("\"", "\"\"")).append('"');
        if (odd && quoting == 0 && random.nextInt(4) == 0) {
          line.append(random.nextBoolean() ? " " : "x"); // after the closing quote
        }
      } else {
        line.append(cell);
      }
    }
    if (odd && random.nextInt(40) == 0) {
      line.append(random.nextBoolean() ? "\"unclosed" : " \"quoted\" later");
    }
    return line.append(crlf ? "\r\n" : "\n").toString();
  }

  private static String cell(Random random, String column, boolean withIds, boolean odd) {
    String cell =
        switch (column) {
          case "type" ->
              pick(
                  random, "phone", "phone", "domain", "url", "ip", "imei", "imsi", "email", "",
                  "bogus");
          case "value" -> pick(random, VALUES.toArray(String[]::new));
          case "region" -> pick(random, "", "", "TH", "CN", "ZZ", "th");
          case "categories" ->
              pick(
                  random,
                  "fraud",
                  "fraud.impersonation.authority",
                  "fraud; scam",
                  "",
                  "bogus",
                  "FRAUD");
          case "confidence" -> pick(random, "80", "0", "100", "", "101", "-1", "eighty", " 50 ");
          case "tlp" -> pick(random, "amber", "TLP:GREEN", "clear", "red", "", "bogus");
          case "valid_until" -> pick(random, "", "", "2999-01-01", "2000-01-01T00:00:00Z", "soon");
          case "revoked" -> pick(random, "", "", "false", "true", "YES", "1");
          case "originator" -> pick(random, "", "withheld", "th-ccib", "Not An Agency!");
          case "indicator", "id" -> {
            String fresh = "indicator--" + new UUID(random.nextLong(), random.nextLong());
            if (!withIds) {
              yield "";
            }
            yield odd
                ? pick(
                    random,
                    "indicator--" + UUID.nameUUIDFromBytes(new byte[] {(byte) random.nextInt(40)}),
                    fresh,
                    "indicator--not-a-uuid",
                    "")
                : pick(random, fresh, fresh, fresh, "indicator--not-a-uuid");
          }
          default ->
              pick(random, "a note", "with, comma", "with \"quotes\"", odd ? "two\nlines" : "", "");
        };
    if (odd && random.nextInt(30) == 0) {
      int at = random.nextInt(cell.length() + 1);
      cell = cell.substring(0, at) + ODD.get(random.nextInt(ODD.size())) + cell.substring(at);
    }
    return cell;
  }

  private static String pick(Random random, String... choices) {
    return choices[random.nextInt(choices.length)];
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}
