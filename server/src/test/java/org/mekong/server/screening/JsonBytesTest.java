package org.mekong.server.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Strings written by {@link JsonBytes} read back as themselves through a real JSON parser. */
class JsonBytesTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void quotesBackslashesControlsAndAllOfUnicodeRoundTrip() throws IOException {
    long seed = 20261129L;
    SplittableRandom random = new SplittableRandom(seed);
    for (int round = 0; round < 2_000; round++) {
      StringBuilder value = new StringBuilder();
      int length = random.nextInt(40);
      for (int i = 0; i < length; i++) {
        switch (random.nextInt(5)) {
          case 0 -> value.append((char) random.nextInt(0x20));
          case 1 -> value.append(random.nextBoolean() ? '"' : '\\');
          case 2 -> value.append((char) (0x20 + random.nextInt(0x60)));
          case 3 -> value.append((char) (0xA0 + random.nextInt(0xD000)));
          default -> value.appendCodePoint(0x10000 + random.nextInt(0xFFFFF));
        }
      }
      String written = write(value.toString());
      assertThat(JSON.readTree(written).get("v").asString())
          .as("seed %d round %d", seed, round)
          .isEqualTo(value.toString());
    }
  }

  @Test
  void aLoneSurrogateBecomesTheReplacementCharacter() throws IOException {
    assertThat(JSON.readTree(write("a\uD800b")).get("v").asString()).isEqualTo("a\uFFFDb");
  }

  @Test
  void bufferBoundariesDoNotCorruptLongOutput() throws IOException {
    String value = "ร้านค้า".repeat(20_000);
    assertThat(JSON.readTree(write(value)).get("v").asString()).isEqualTo(value);
  }

  @Test
  void manyShortStringsAcrossBufferFlushesStayIntact() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonBytes json = new JsonBytes(out).raw("[");
    for (int i = 0; i < 20_000; i++) {
      json.raw(i == 0 ? "" : ",").string("+66812" + i + "\"é\u0001").raw(",").number(i % 1500);
    }
    json.raw("]").flush();
    var array = JSON.readTree(out.toString(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(array.size()).isEqualTo(40_000);
    assertThat(array.get(2 * 12_345).asString()).isEqualTo("+66812" + 12_345 + "\"é\u0001");
    assertThat(array.get(2 * 12_345 + 1).asInt()).isEqualTo(12_345 % 1500);
  }

  private static String write(String value) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JsonBytes(out).raw("{\"v\":").string(value).raw(",\"n\":").number(-42).raw("}").flush();
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }
}
