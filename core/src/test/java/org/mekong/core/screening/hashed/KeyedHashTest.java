package org.mekong.core.screening.hashed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.mekong.core.selector.Parsed;
import org.mekong.core.selector.Selector;
import org.mekong.core.selector.SelectorType;
import org.mekong.core.selector.Selectors;

class KeyedHashTest {

  /** The bytes 0x00 to 0x1f: the key of the known answers below. */
  static final ScreeningKey KEY = new ScreeningKey(1, counting());

  static byte[] counting() {
    byte[] secret = new byte[32];
    for (int i = 0; i < 32; i++) {
      secret[i] = (byte) i;
    }
    return secret;
  }

  @Test
  void rfc4231TestCase2TruncatesToItsFirstEightBytes() throws Exception {
    // RFC 4231 §4.3: key "Jefe", data "what do ya want for nothing?", HMAC-SHA-256 =
    // 5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843; its first 8 bytes,
    // big-endian, are the truncated hash 5bdcc146bf60754e.
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec("Jefe".getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
    byte[] full = mac.doFinal("what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII));
    assertThat(HexFormat.of().formatHex(full))
        .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    assertThat(KeyedHash.toHex(java.nio.ByteBuffer.wrap(full).getLong()))
        .isEqualTo("5bdcc146bf60754e");
  }

  @Test
  void knownAnswersUnderA32ByteKey() {
    // printf '%s' 'phone:+66812345678' | openssl dgst -sha256 -mac HMAC \
    //   -macopt hexkey:000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f
    // = 5732996a67b0c6493b4f4f901daa9449c74800f8a2375a2896c72ad0a0156283
    assertThat(KeyedHash.toHex(KeyedHash.of(KEY, SelectorType.PHONE, "+66812345678")))
        .isEqualTo("5732996a67b0c649");
    // 'domain:fun88.asia' = 3f61ebe0588fce0fbc6a...
    assertThat(KeyedHash.of(KEY, SelectorType.DOMAIN, "fun88.asia")).isEqualTo(0x3f61ebe0588fce0fL);
    // 'wallet:tron:TXYZ' = 08ac15d6fbce6fb4367941... (the string only; no wallet validation here)
    assertThat(KeyedHash.of(KEY, SelectorType.WALLET, "tron:TXYZ")).isEqualTo(0x08ac15d6fbce6fb4L);
    // 'email:ไทย@example.com' in UTF-8 = e8a57bfe029d2c388435... (a negative long)
    assertThat(KeyedHash.toHex(KeyedHash.of(KEY, SelectorType.EMAIL, "ไทย@example.com")))
        .isEqualTo("e8a57bfe029d2c38");
  }

  @Test
  void aSelectorHashesAsItsTypeCodeAndCanonicalKey() {
    Selector phone = parse(SelectorType.PHONE, "+66 81 234 5678");
    assertThat(phone.canonical()).isEqualTo("+66812345678");
    assertThat(KeyedHash.of(KEY, phone)).isEqualTo(0x5732996a67b0c649L);
  }

  @Test
  void otherKeysAndTypesGiveOtherHashes() {
    ScreeningKey other = new ScreeningKey(2, counting());
    ScreeningKey rotated = ScreeningKey.generate(2, new java.security.SecureRandom());
    long phone = KeyedHash.of(KEY, SelectorType.PHONE, "+66812345678");
    // The version is not hashed: the same secret under another version gives the same hash.
    assertThat(KeyedHash.of(other, SelectorType.PHONE, "+66812345678")).isEqualTo(phone);
    assertThat(KeyedHash.of(rotated, SelectorType.PHONE, "+66812345678")).isNotEqualTo(phone);
    assertThat(KeyedHash.of(KEY, SelectorType.IMSI, "+66812345678")).isNotEqualTo(phone);
    // Switching keys back and forth on one thread re-initialises the Mac each time.
    assertThat(KeyedHash.of(KEY, SelectorType.PHONE, "+66812345678")).isEqualTo(phone);
  }

  @Test
  void threadsHashIndependently() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      java.util.List<Future<Boolean>> results = new java.util.ArrayList<>();
      for (int t = 0; t < 4; t++) {
        ScreeningKey mine = t % 2 == 0 ? KEY : new ScreeningKey(7, new byte[32]);
        long expected = KeyedHash.of(mine, SelectorType.PHONE, "+66812345678");
        results.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 20_000; i++) {
                    if (KeyedHash.of(mine, SelectorType.PHONE, "+66812345678") != expected) {
                      return false;
                    }
                  }
                  return true;
                }));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void hexRoundTripsEveryValueWithLeadingZeros() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    assertThat(KeyedHash.toHex(0)).isEqualTo("0000000000000000");
    assertThat(KeyedHash.toHex(-1)).isEqualTo("ffffffffffffffff");
    assertThat(KeyedHash.toHex(0x0f1e2d3c4b5a6978L)).isEqualTo("0f1e2d3c4b5a6978");
    for (int i = 0; i < 10_000; i++) {
      long hash = random.nextLong() >>> random.nextInt(64);
      assertThat(KeyedHash.parseHex(KeyedHash.toHex(hash)))
          .as("seed %d, hash %d", seed, hash)
          .isEqualTo(new ParsedHash.Valid(hash));
    }
  }

  @Test
  void hexParserSaysWhatIsWrong() {
    assertThat(reason("0f1e2d3c4b5a697")).contains("16 lowercase hex digits").contains("15");
    assertThat(reason("0f1e2d3c4b5a69780")).contains("17 characters");
    assertThat(reason("")).contains("0 characters");
    assertThat(reason("0F1E2D3C4B5A6978")).contains("upper-case 'F' at position 2");
    assertThat(reason("0f1e2d3c4b5a697g")).contains("'g' at position 16");
    assertThat(reason("0x1e2d3c4b5a6978")).contains("'x' at position 2");
    assertThat(reason(" f1e2d3c4b5a6978")).contains("' ' at position 1");
    assertThat(reason("-f1e2d3c4b5a6978")).contains("'-' at position 1");
    assertThat(reason("0f1e2d3c4b5a697\n")).contains("'\\u000a' at position 16");
    assertThat(reason("x".repeat(100))).contains("the value has 100 characters");
  }

  @Test
  void anEmptyCanonicalKeyIsABug() {
    assertThatThrownBy(() -> KeyedHash.of(KEY, SelectorType.PHONE, ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("never empty");
  }

  private static String reason(String text) {
    ParsedHash parsed = KeyedHash.parseHex(text);
    assertThat(parsed).isInstanceOf(ParsedHash.Invalid.class);
    return ((ParsedHash.Invalid) parsed).reason();
  }

  static Selector parse(SelectorType type, String raw) {
    Parsed parsed = Selectors.parse(raw, type, null);
    if (parsed instanceof Parsed.Valid valid) {
      return valid.selector();
    }
    throw new IllegalArgumentException("bad fixture " + type + " '" + raw + "': " + parsed);
  }
}
