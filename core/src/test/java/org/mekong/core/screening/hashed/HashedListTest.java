package org.mekong.core.screening.hashed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HashedListTest {

  private static final Instant CREATED = Instant.parse("2026-11-29T01:02:03.456789Z");

  @Test
  void sortedHashesRoundTrip() throws IOException {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    long[] hashes = new long[100_000];
    for (int i = 0; i < hashes.length; i++) {
      hashes[i] = random.nextLong();
    }
    hashes[1] = hashes[0];
    hashes[2] = -1;
    hashes[3] = 0;
    HashedList list = HashedList.sortedHashes(3, CREATED, hashes);
    assertThat(list.size()).isEqualTo(99_999);
    HashedList read = roundTrip(list);
    assertThat(read.kind()).isEqualTo(HashedList.Kind.SORTED_HASHES);
    assertThat(read.keyVersion()).isEqualTo(3);
    assertThat(read.created()).isEqualTo(Instant.parse("2026-11-29T01:02:03.456Z"));
    assertThat(read.size()).isEqualTo(99_999);
    assertThat(read.sorted()).isEqualTo(list.sorted());
    assertThat(read.falsePositiveRate()).isZero();
    for (long hash : hashes) {
      assertThat(read.mightContain(hash)).as("seed %d", seed).isTrue();
    }
    Set<Long> members = new HashSet<>();
    Arrays.stream(hashes).forEach(members::add);
    for (int i = 0; i < 100_000; i++) {
      long probe = random.nextLong();
      assertThat(read.mightContain(probe)).as("seed %d", seed).isEqualTo(members.contains(probe));
    }
  }

  @Test
  void sortedHashesAreInUnsignedOrder() {
    HashedList list = HashedList.sortedHashes(1, CREATED, new long[] {-1, 5, Long.MIN_VALUE, 0});
    assertThat(list.sorted()).containsExactly(0, 5, Long.MIN_VALUE, -1);
    assertThat(HashedList.sortedHashes(1, CREATED, new long[0]).mightContain(0)).isFalse();
  }

  @Test
  void bloomRoundTrip() throws IOException {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    long[] hashes = random.longs(20_000).toArray();
    HashedList list = HashedList.bloom(7, CREATED, hashes, 0.001);
    HashedList read = roundTrip(list);
    assertThat(read.kind()).isEqualTo(HashedList.Kind.BLOOM);
    assertThat(read.keyVersion()).isEqualTo(7);
    assertThat(read.size()).isEqualTo(20_000);
    assertThat(read.falsePositiveRate()).isEqualTo(0.001);
    assertThat(read.bloomFilter().bitCount()).isEqualTo(list.bloomFilter().bitCount());
    assertThat(read.bloomFilter().hashCount()).isEqualTo(list.bloomFilter().hashCount());
    assertThat(read.bloomFilter().words()).isEqualTo(list.bloomFilter().words());
    for (long hash : hashes) {
      assertThat(read.mightContain(hash)).as("seed %d", seed).isTrue();
    }
  }

  @Test
  void theHeaderIsLaidOutAsDocumented() throws IOException {
    byte[] bytes = bytes(HashedList.sortedHashes(3, CREATED, new long[] {0x0f1e2d3c4b5a6978L}));
    assertThat(bytes).hasSize(28 + 8 + 32);
    assertThat(Arrays.copyOf(bytes, 28))
        .isEqualTo(
            java.util.HexFormat.of()
                .parseHex(
                    "4d4b484c"
                        + "0001"
                        + "01"
                        + "00"
                        + "00000003"
                        + "000001a224d2c8c0"
                        + "0000000000000001"));
    assertThat(Arrays.copyOfRange(bytes, 28, 36))
        .isEqualTo(java.util.HexFormat.of().parseHex("0f1e2d3c4b5a6978"));
    assertThat(Arrays.copyOfRange(bytes, 36, 68)).isEqualTo(sha256(bytes, 36));
    assertThat(HashedList.isHashedList(bytes)).isTrue();
    assertThat(HashedList.isHashedList("MKH".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
        .isFalse();
    assertThat(
            HashedList.isHashedList("PK\3\4...".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .isFalse();
  }

  @Test
  void refusesWrongMagic() throws IOException {
    byte[] bytes = bytes(sample());
    bytes[0] = 'P';
    assertRefused(bytes, "does not start with the magic bytes MKHL");
    assertRefused(new byte[] {'M', 'K'}, "the file has only 2 bytes");
    assertRefused(new byte[0], "the file has only 0 bytes");
  }

  @Test
  void refusesUnknownVersionAndKind() throws IOException {
    byte[] bytes = bytes(sample());
    bytes[5] = 2;
    assertRefused(bytes, "unknown format version 2");
    bytes = bytes(sample());
    bytes[6] = 9;
    assertRefused(bytes, "unknown list kind 9");
    bytes = bytes(sample());
    bytes[7] = 1;
    assertRefused(bytes, "reserved byte");
    bytes = bytes(sample());
    bytes[8] = (byte) 0x80;
    assertRefused(bytes, "key version is -2147483647");
    bytes = bytes(sample());
    bytes[20] = (byte) 0x80;
    assertRefused(bytes, "entry count -9223372036854775805 is not between");
  }

  @Test
  void refusesTruncatedFilesAtEveryLength() throws IOException {
    byte[] sorted = bytes(sample());
    byte[] bloom = bytes(HashedList.bloom(1, CREATED, new long[] {1, 2, 3}, 0.01));
    for (byte[] whole : new byte[][] {sorted, bloom}) {
      for (int length = 4; length < whole.length; length++) {
        byte[] cut = Arrays.copyOf(whole, length);
        assertThatThrownBy(() -> read(cut))
            .as("length %d of %d", cut.length, whole.length)
            .isInstanceOf(HashedListException.class)
            .hasMessageContaining("truncated");
      }
    }
  }

  @Test
  void refusesACountThatDisagreesWithTheBody() throws IOException {
    // A header that says 2 hashes over a body of 3, and one that says 4, each with a valid
    // checksum.
    byte[] three = bytes(sample());
    assertRefused(
        withCount(three, 2), "count mismatch: the header says 2 hashes, the file holds 3");
    assertRefused(
        withCount(three, 4), "count mismatch: the header says 4 hashes, the file holds 3");
    assertRefused(
        withCount(three, 9), "count mismatch: the header says 9 hashes, the file holds 3");
  }

  @Test
  void refusesUnsortedAndDuplicateHashes() throws IOException {
    assertRefused(
        rewrite(bytes(sample()), 28, 25L),
        "hashes not sorted: 0000000000000014 at entry 1 follows 0000000000000019");
    assertRefused(rewrite(bytes(sample()), 36, 10L), "duplicate hash 000000000000000a at entry 1");
  }

  @Test
  void refusesAlteredBytesAndTrailingBytes() throws IOException {
    byte[] bytes = bytes(sample());
    bytes[30] ^= 1;
    assertRefused(bytes, "bad checksum: the file was altered or damaged");
    byte[] bloom = bytes(HashedList.bloom(1, CREATED, new long[] {1, 2, 3}, 0.01));
    bloom[50] ^= 0x10;
    assertRefused(bloom, "bad checksum");
    byte[] longer = Arrays.copyOf(bytes(sample()), bytes(sample()).length + 3);
    assertRefused(longer, "3 unexpected bytes after the checksum");
    byte[] eightMore = Arrays.copyOf(bytes(sample()), bytes(sample()).length + 8);
    assertRefused(eightMore, "8 unexpected bytes after the checksum");
  }

  @Test
  void refusesBloomParametersOutOfRange() throws IOException {
    HashedList bloom =
        HashedList.bloom(1, CREATED, java.util.stream.LongStream.range(0, 100).toArray(), 0.01);
    assertThat(bloom.bloomFilter().words()).hasSize(15);
    assertRefused(rewriteInt(bytes(bloom), 36, 0), "0 hash positions");
    assertRefused(rewriteInt(bytes(bloom), 36, 65), "65 hash positions, not 1 to 64");
    assertRefused(rewriteInt(bytes(bloom), 40, 0), "0 words");
    assertRefused(rewriteInt(bytes(bloom), 40, 14), "8 unexpected bytes after the checksum");
    assertRefused(rewriteInt(bytes(bloom), 40, 16), "truncated");
    assertRefused(
        rewrite(bytes(bloom), 28, Double.doubleToLongBits(0.9)), "rate 0.9 is out of range");
  }

  private static HashedList sample() {
    return HashedList.sortedHashes(1, CREATED, new long[] {30, 10, 20});
  }

  /** The file with its count field set to {@code count} and its checksum recomputed. */
  private static byte[] withCount(byte[] file, long count) {
    ByteBuffer.wrap(file).putLong(20, count);
    return resealed(file);
  }

  private static byte[] rewrite(byte[] file, int offset, long value) {
    ByteBuffer.wrap(file).putLong(offset, value);
    return resealed(file);
  }

  private static byte[] rewriteInt(byte[] file, int offset, int value) {
    ByteBuffer.wrap(file).putInt(offset, value);
    return resealed(file);
  }

  private static byte[] resealed(byte[] file) {
    int content = file.length - 32;
    System.arraycopy(sha256(file, content), 0, file, content, 32);
    return file;
  }

  private static byte[] sha256(byte[] bytes, int length) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(bytes, 0, length);
      return digest.digest();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void assertRefused(byte[] bytes, String message) {
    assertThatThrownBy(() -> read(bytes))
        .isInstanceOf(HashedListException.class)
        .hasMessageContaining(message);
  }

  private static HashedList roundTrip(HashedList list) throws IOException {
    return read(bytes(list));
  }

  private static HashedList read(byte[] bytes) throws IOException {
    return HashedList.read(new ByteArrayInputStream(bytes));
  }

  private static byte[] bytes(HashedList list) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    list.writeTo(out);
    return out.toByteArray();
  }
}
