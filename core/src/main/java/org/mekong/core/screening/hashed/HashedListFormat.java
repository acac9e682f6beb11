package org.mekong.core.screening.hashed;

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
  private static final int MAX_EXAMINED = 1 << 26;

  private HashedListFormat() {}

  static void write(HashedList list, OutputStream out) throws IOException {
    MessageDigest sha256 = sha256();
    DigestOutputStream digesting = new DigestOutputStream(out, sha256);
    DataOutputStream data =
        new DataOutputStream(new java.io.BufferedOutputStream(digesting, CHUNK));
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
    MessageDigest sha256 = sha256();
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
    sha256.update(header);
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
      case SORTED_HASHES -> readSorted(in, sha256, header, keyVersion, created, (int) count);
      case BLOOM -> readBloom(in, sha256, keyVersion, created, count);
    };
  }

  private static HashedList readSorted(
      InputStream in,
      MessageDigest sha256,
      byte[] header,
      int keyVersion,
      Instant created,
      int count)
      throws IOException {
    long[] hashes = new long[Math.min(count, 1 << 20)];
    byte[] chunk = new byte[CHUNK];
    long expected = (long) count * Long.BYTES;
    long read = 0;
    int filled = 0;
    while (read < expected) {
      int want = (int) Math.min(CHUNK, expected - read);
      int n = in.readNBytes(chunk, 0, want);
      sha256.update(chunk, 0, n);
      read += n;
      if (n < want) {
        byte[] body = bodyBytes(hashes, filled, chunk, n);
        if (body.length >= CHECKSUM_BYTES
            && (body.length - CHECKSUM_BYTES) % Long.BYTES == 0
            && endsWithChecksum(header, body)) {
          throw countMismatch(count, (body.length - CHECKSUM_BYTES) / Long.BYTES);
        }
        throw truncated(HEADER_BYTES + expected, HEADER_BYTES + read);
      }
      ByteBuffer words = ByteBuffer.wrap(chunk, 0, n);
      while (words.hasRemaining()) {
        if (filled == hashes.length) {
          hashes = Arrays.copyOf(hashes, (int) Math.min(count, (long) filled * 2));
        }
        hashes[filled++] = words.getLong();
      }
    }
    checkTrailer(in, sha256, HEADER_BYTES + expected, count);
    for (int i = 1; i < count; i++) {
      int order = Long.compareUnsigned(hashes[i - 1], hashes[i]);
      if (order >= 0) {
        throw new HashedListException(
            (order == 0 ? "duplicate hash " : "hashes not sorted: ")
                + KeyedHash.toHex(hashes[i])
                + " at entry "
                + i
                + (order == 0
                    ? " repeats entry " + (i - 1)
                    : " follows " + KeyedHash.toHex(hashes[i - 1]))
                + " (entries are unique and ascending as unsigned numbers)");
      }
    }
    return new HashedList(HashedList.Kind.SORTED_HASHES, keyVersion, created, count, hashes, null);
  }

  private static HashedList readBloom(
      InputStream in, MessageDigest sha256, int keyVersion, Instant created, long count)
      throws IOException {
    byte[] parameters = new byte[BLOOM_PARAMETER_BYTES];
    int got = in.readNBytes(parameters, 0, BLOOM_PARAMETER_BYTES);
    if (got < BLOOM_PARAMETER_BYTES) {
      throw truncated(HEADER_BYTES + BLOOM_PARAMETER_BYTES, HEADER_BYTES + got);
    }
    sha256.update(parameters);
    ByteBuffer p = ByteBuffer.wrap(parameters);
    double fpr = p.getDouble();
    int hashes = p.getInt();
    int wordCount = p.getInt();
    if (!(fpr >= BloomFilter.MIN_FPR && fpr <= BloomFilter.MAX_FPR)) {
      throw new HashedListException("the Bloom false-positive rate " + fpr + " is out of range");
    }
    if (hashes < 1 || hashes > BloomFilter.MAX_HASHES) {
      throw new HashedListException(
          "the Bloom filter has " + hashes + " hash positions, not 1 to " + BloomFilter.MAX_HASHES);
    }
    if (wordCount < 1 || wordCount > BloomFilter.MAX_WORDS) {
      throw new HashedListException(
          "the Bloom filter has " + wordCount + " words, not 1 to " + BloomFilter.MAX_WORDS);
    }
    long start = HEADER_BYTES + BLOOM_PARAMETER_BYTES;
    long expected = (long) wordCount * Long.BYTES;
    long[] words = new long[Math.min(wordCount, 1 << 20)];
    byte[] chunk = new byte[CHUNK];
    long read = 0;
    int filled = 0;
    while (read < expected) {
      int want = (int) Math.min(CHUNK, expected - read);
      int n = in.readNBytes(chunk, 0, want);
      sha256.update(chunk, 0, n);
      read += n;
      if (n < want) {
        throw truncated(start + expected, start + read);
      }
      ByteBuffer b = ByteBuffer.wrap(chunk, 0, n);
      while (b.hasRemaining()) {
        if (filled == words.length) {
          words = Arrays.copyOf(words, (int) Math.min(wordCount, (long) filled * 2));
        }
        words[filled++] = b.getLong();
      }
    }
    checkTrailer(in, sha256, start + expected, -1);
    BloomFilter filter = new BloomFilter(words, hashes, fpr);
    return new HashedList(HashedList.Kind.BLOOM, keyVersion, created, count, null, filter);
  }

  /**
   * Reads the checksum after {@code contentBytes} bytes of content, refuses bytes after it and
   * compares it. For sorted hashes ({@code count >= 0}), surplus bytes that are whole hashes ending
   * in a valid checksum are reported as a count mismatch.
   */
  private static void checkTrailer(
      InputStream in, MessageDigest sha256, long contentBytes, long count) throws IOException {
    byte[] stored = new byte[CHECKSUM_BYTES];
    int got = in.readNBytes(stored, 0, CHECKSUM_BYTES);
    if (got < CHECKSUM_BYTES) {
      throw new HashedListException(
          "truncated: the SHA-256 checksum is "
              + CHECKSUM_BYTES
              + " bytes after byte "
              + contentBytes
              + ", the file ends "
              + got
              + " bytes into it");
    }
    byte[] surplus = in.readNBytes(MAX_EXAMINED);
    long extra = surplus.length + in.transferTo(OutputStream.nullOutputStream());
    if (extra > 0) {
      if (count >= 0 && extra == surplus.length && extra % Long.BYTES == 0) {
        MessageDigest longer = cloneOf(sha256);
        longer.update(stored);
        longer.update(surplus, 0, surplus.length - CHECKSUM_BYTES);
        byte[] tail = Arrays.copyOfRange(surplus, surplus.length - CHECKSUM_BYTES, surplus.length);
        if (MessageDigest.isEqual(longer.digest(), tail)) {
          throw countMismatch(count, count + extra / Long.BYTES);
        }
      }
      throw new HashedListException(extra + " unexpected bytes after the checksum");
    }
    byte[] computed = sha256.digest();
    if (!MessageDigest.isEqual(stored, computed)) {
      throw new HashedListException(
          "bad checksum: the file was altered or damaged (SHA-256 of its content is "
              + HexFormat.of().formatHex(computed, 0, 8)
              + "..., the file says "
              + HexFormat.of().formatHex(stored, 0, 8)
              + "...)");
    }
  }

  /** The body bytes read so far: the decoded hashes, then the last, short chunk. */
  private static byte[] bodyBytes(long[] hashes, int filled, byte[] chunk, int n) {
    long length = (long) filled * Long.BYTES + n;
    if (length > MAX_EXAMINED) {
      return new byte[0];
    }
    ByteBuffer body = ByteBuffer.allocate((int) length);
    for (int i = 0; i < filled; i++) {
      body.putLong(hashes[i]);
    }
    body.put(chunk, 0, n);
    return body.array();
  }

  /** Whether the body's last 32 bytes are the SHA-256 of the header and the rest of the body. */
  private static boolean endsWithChecksum(byte[] header, byte[] body) {
    MessageDigest digest = sha256();
    digest.update(header);
    digest.update(body, 0, body.length - CHECKSUM_BYTES);
    return MessageDigest.isEqual(
        digest.digest(), Arrays.copyOfRange(body, body.length - CHECKSUM_BYTES, body.length));
  }

  private static HashedListException countMismatch(long header, long actual) {
    return new HashedListException(
        "count mismatch: the header says " + header + " hashes, the file holds " + actual);
  }

  private static MessageDigest cloneOf(MessageDigest digest) {
    try {
      return (MessageDigest) digest.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("the JDK's SHA-256 is cloneable", e);
    }
  }

  private static HashedListException truncated(long expected, long actual) {
    return new HashedListException(
        "truncated: the content is "
            + expected
            + " bytes before the checksum, the file ends after "
            + actual);
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
