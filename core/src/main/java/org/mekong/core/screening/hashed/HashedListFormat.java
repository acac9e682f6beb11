package org.mekong.core.screening.hashed;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The {@code MKHL} file format of {@link HashedList}, byte by byte in docs/screening-privacy.md.
 */
final class HashedListFormat {

  static final byte[] MAGIC = {'M', 'K', 'H', 'L'};
  static final int FORMAT_VERSION = 1;
  static final int HEADER_BYTES = 28;
  static final int BLOOM_PARAMETER_BYTES = 16;
  static final int CHECKSUM_BYTES = 32;
  static final long MAX_HASHES = Integer.MAX_VALUE - 8;
  private static final int CHUNK = 1 << 16;

  private HashedListFormat() {}

  static void write(HashedList list, OutputStream out) throws IOException {
    MessageDigest sha256 = sha256();
    DigestOutputStream digesting = new DigestOutputStream(out, sha256);
    DataOutputStream data = new DataOutputStream(new BufferedOutputStream(digesting, CHUNK));
    data.write(MAGIC);
    data.writeShort(FORMAT_VERSION);
    data.writeByte(kindCode(list.kind()));
    data.writeByte(0);
    data.writeInt(list.keyVersion());
    data.writeLong(list.created().toEpochMilli());
    data.writeLong(list.size());
    switch (list.kind()) {
      case SORTED_HASHES -> {
        for (long hash : list.sorted()) {
          data.writeLong(hash);
        }
      }
      case BLOOM -> {
        BloomFilter filter = list.bloomFilter();
        data.writeDouble(filter.falsePositiveRate());
        data.writeInt(filter.hashCount());
        data.writeInt(filter.words().length);
        for (long word : filter.words()) {
          data.writeLong(word);
        }
      }
    }
    data.flush();
    digesting.on(false);
    out.write(sha256.digest());
    out.flush();
  }

  static HashedList read(InputStream in) throws IOException {
    byte[] header = new byte[HEADER_BYTES];
    int got = in.readNBytes(header, 0, HEADER_BYTES);
    if (!HashedList.isHashedList(Arrays.copyOf(header, got))) {
      throw new HashedListException(
          got < MAGIC.length
              ? "not a hashed list: the file has only " + got + " bytes"
              : "not a hashed list: the file does not start with the magic bytes MKHL");
    }
    if (got < HEADER_BYTES) {
      throw new HashedListException(
          "truncated: the header is " + HEADER_BYTES + " bytes, the file ends after " + got);
    }
    ByteBuffer h = ByteBuffer.wrap(header);
    h.position(MAGIC.length);
    int formatVersion = Short.toUnsignedInt(h.getShort());
    if (formatVersion != FORMAT_VERSION) {
      throw new HashedListException(
          "unknown format version "
              + formatVersion
              + ": this reader knows version "
              + FORMAT_VERSION);
    }
    int kindCode = Byte.toUnsignedInt(h.get());
    HashedList.Kind kind = kind(kindCode);
    int reserved = Byte.toUnsignedInt(h.get());
    if (reserved != 0) {
      throw new HashedListException("the reserved byte at offset 7 is " + reserved + ", not 0");
    }
    int keyVersion = h.getInt();
    if (keyVersion < 1) {
      throw new HashedListException("the key version is " + keyVersion + ", not 1 or more");
    }
    Instant created = Instant.ofEpochMilli(h.getLong());
    long count = h.getLong();
    if (count < 0 || count > MAX_HASHES) {
      throw new HashedListException(
          "the entry count " + count + " is not between 0 and " + MAX_HASHES);
    }
    return switch (kind) {
      case SORTED_HASHES -> readSorted(in, header, keyVersion, created, (int) count);
      case BLOOM -> readBloom(in, header, keyVersion, created, count);
    };
  }

  private static HashedList readSorted(
      InputStream in, byte[] header, int keyVersion, Instant created, int count)
      throws IOException {
    long expected = (long) count * Long.BYTES + CHECKSUM_BYTES;
    Rest rest = Rest.read(in, expected);
    if (rest.total() != expected) {
      long held = rest.total() - CHECKSUM_BYTES;
      if (held >= 0
          && held % Long.BYTES == 0
          && rest.complete()
          && checksumMatches(header, rest.words(), (int) (held / Long.BYTES))) {
        throw new HashedListException(
            "count mismatch: the header says "
                + count
                + " hashes, the file holds "
                + held / Long.BYTES);
      }
      throw sizeMismatch(HEADER_BYTES + expected, HEADER_BYTES + rest.total());
    }
    long[] hashes = Arrays.copyOf(rest.words(), count);
    checkChecksum(header, rest.words(), count);
    for (int i = 1; i < count; i++) {
      int order = Long.compareUnsigned(hashes[i - 1], hashes[i]);
      if (order == 0) {
        throw new HashedListException(
            "duplicate hash "
                + KeyedHash.toHex(hashes[i])
                + " at entry "
                + i
                + " repeats entry "
                + (i - 1)
                + " (entries are unique)");
      }
      if (order > 0) {
        throw new HashedListException(
            "hashes not sorted: "
                + KeyedHash.toHex(hashes[i])
                + " at entry "
                + i
                + " follows "
                + KeyedHash.toHex(hashes[i - 1])
                + " (entries ascend as unsigned 64-bit numbers)");
      }
    }
    return new HashedList(HashedList.Kind.SORTED_HASHES, keyVersion, created, count, hashes, null);
  }

  private static HashedList readBloom(
      InputStream in, byte[] header, int keyVersion, Instant created, long count)
      throws IOException {
    byte[] parameters = new byte[BLOOM_PARAMETER_BYTES];
    int got = in.readNBytes(parameters, 0, BLOOM_PARAMETER_BYTES);
    if (got < BLOOM_PARAMETER_BYTES) {
      throw sizeMismatch(HEADER_BYTES + BLOOM_PARAMETER_BYTES, HEADER_BYTES + got);
    }
    ByteBuffer p = ByteBuffer.wrap(parameters);
    double fpr = p.getDouble();
    int hashes = p.getInt();
    int wordCount = p.getInt();
    if (!(fpr >= BloomFilter.MIN_FPR && fpr <= BloomFilter.MAX_FPR)) {
      throw new HashedListException(
          "the Bloom false-positive rate " + fpr + " is out of range (1e-9 to 0.5)");
    }
    if (hashes < 1 || hashes > BloomFilter.MAX_HASHES) {
      throw new HashedListException(
          "the Bloom filter has " + hashes + " hash positions, not 1 to " + BloomFilter.MAX_HASHES);
    }
    if (wordCount < 1 || wordCount > BloomFilter.MAX_WORDS) {
      throw new HashedListException(
          "the Bloom filter has " + wordCount + " words, not 1 to " + BloomFilter.MAX_WORDS);
    }
    long expected = (long) wordCount * Long.BYTES + CHECKSUM_BYTES;
    Rest rest = Rest.read(in, expected);
    if (rest.total() != expected) {
      throw sizeMismatch(
          HEADER_BYTES + BLOOM_PARAMETER_BYTES + expected,
          HEADER_BYTES + BLOOM_PARAMETER_BYTES + rest.total());
    }
    byte[] content = Arrays.copyOf(header, HEADER_BYTES + BLOOM_PARAMETER_BYTES);
    System.arraycopy(parameters, 0, content, HEADER_BYTES, BLOOM_PARAMETER_BYTES);
    checkChecksum(content, rest.words(), wordCount);
    long[] words = Arrays.copyOf(rest.words(), wordCount);
    BloomFilter filter = new BloomFilter(words, hashes, fpr);
    return new HashedList(HashedList.Kind.BLOOM, keyVersion, created, count, null, filter);
  }

  /** Whether the 4 words after the first {@code body} are the SHA-256 of prefix and body. */
  private static boolean checksumMatches(byte[] prefix, long[] words, int body) {
    return MessageDigest.isEqual(digest(prefix, words, body), storedChecksum(words, body));
  }

  private static void checkChecksum(byte[] prefix, long[] words, int body)
      throws HashedListException {
    byte[] computed = digest(prefix, words, body);
    byte[] stored = storedChecksum(words, body);
    if (!MessageDigest.isEqual(computed, stored)) {
      throw new HashedListException(
          "bad checksum: the file was altered or damaged (SHA-256 of its content begins "
              + HexFormat.of().formatHex(computed, 0, 8)
              + ", the file says "
              + HexFormat.of().formatHex(stored, 0, 8)
              + ")");
    }
  }

  private static byte[] digest(byte[] prefix, long[] words, int body) {
    MessageDigest sha256 = sha256();
    sha256.update(prefix);
    ByteBuffer chunk = ByteBuffer.allocate(CHUNK);
    for (int i = 0; i < body; i++) {
      if (!chunk.hasRemaining()) {
        sha256.update(chunk.array(), 0, chunk.position());
        chunk.clear();
      }
      chunk.putLong(words[i]);
    }
    sha256.update(chunk.array(), 0, chunk.position());
    return sha256.digest();
  }

  private static byte[] storedChecksum(long[] words, int body) {
    ByteBuffer stored = ByteBuffer.allocate(CHECKSUM_BYTES);
    for (int i = body; i < body + CHECKSUM_BYTES / Long.BYTES; i++) {
      stored.putLong(words[i]);
    }
    return stored.array();
  }

  private static HashedListException sizeMismatch(long expected, long actual) {
    return actual < expected
        ? new HashedListException(
            "truncated: a list with this header is "
                + expected
                + " bytes long, the file ends after "
                + actual)
        : new HashedListException(
            (actual - expected)
                + " unexpected bytes after the checksum (a list with this header is "
                + expected
                + " bytes long)");
  }

  static int kindCode(HashedList.Kind kind) {
    return switch (kind) {
      case SORTED_HASHES -> 1;
      case BLOOM -> 2;
    };
  }

  private static HashedList.Kind kind(int code) throws HashedListException {
    return switch (code) {
      case 1 -> HashedList.Kind.SORTED_HASHES;
      case 2 -> HashedList.Kind.BLOOM;
      default ->
          throw new HashedListException(
              "unknown list kind " + code + " at offset 6: 1 is sorted hashes, 2 a Bloom filter");
    };
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK provides SHA-256", e);
    }
  }
}
