package org.mekong.core.selector.phone;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.metadata.source.MetadataSource;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.zip.CRC32C;
import org.jspecify.annotations.Nullable;

/**
 * The {@link CallingCodePlan}s of every calling code, compiled at build time from the
 * libphonenumber the build uses and bundled as a resource, so that a run reads its automata instead
 * of compiling them: compiling them all takes a few hundred milliseconds of CPU and as much again
 * of the JIT's, which a short batch run such as {@code mekong screen} feels. The table names the
 * libphonenumber version it was compiled from; under any other version, or when it is missing or
 * damaged (its last four bytes are a CRC-32C of the rest), {@link #bundled} gives null and plans
 * are compiled at first use as before.
 */
final class PlanTable {

  /** The bundled table, next to this class. */
  static final String RESOURCE = "calling-code-plans.bin";

  private static final int MAGIC = 0x4d4b5050; // "MKPP"
  private static final int FORMAT = 1;
  private static final int CALLING_CODES = 1000;
  private static final String LIBRARY_PROPERTIES =
      "/META-INF/maven/com.googlecode.libphonenumber/libphonenumber/pom.properties";

  private final boolean[] covered;
  private final @Nullable CallingCodePlan[] plans;

  private PlanTable(boolean[] covered, @Nullable CallingCodePlan[] plans) {
    this.covered = covered;
    this.plans = plans;
  }

  /** Whether the table holds the answer for {@code callingCode} (a plan, or that it has none). */
  boolean covers(int callingCode) {
    return callingCode >= 0 && callingCode < CALLING_CODES && covered[callingCode];
  }

  /** The plan of a covered calling code; null when its metadata does not compile to automata. */
  @Nullable CallingCodePlan plan(int callingCode) {
    return plans[callingCode];
  }

  /**
   * The bundled table, or null when there is none, it was compiled from another libphonenumber
   * version than the one on the class path, or it is damaged.
   */
  static @Nullable PlanTable bundled() {
    String version = libraryVersion();
    if (version == null) {
      return null;
    }
    try (InputStream in = PlanTable.class.getResourceAsStream(RESOURCE)) {
      return in == null ? null : read(in.readAllBytes(), version);
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * The table in {@code bytes} if it was compiled from libphonenumber {@code version}, else null.
   */
  static @Nullable PlanTable read(byte[] bytes, String version) {
    if (bytes.length < Integer.BYTES
        || checksum(bytes, bytes.length - Integer.BYTES) != tail(bytes)) {
      return null;
    }
    try {
      ByteBuffer in = ByteBuffer.wrap(bytes, 0, bytes.length - Integer.BYTES);
      if (in.getInt() != MAGIC || in.getInt() != FORMAT || !readString(in).equals(version)) {
        return null;
      }
      boolean[] covered = new boolean[CALLING_CODES];
      @Nullable CallingCodePlan[] plans = new CallingCodePlan[CALLING_CODES];
      int count = readCount(in);
      for (int i = 0; i < count; i++) {
        int callingCode = in.getInt();
        if (callingCode <= 0 || callingCode >= CALLING_CODES || covered[callingCode]) {
          return null;
        }
        covered[callingCode] = true;
        plans[callingCode] = in.get() != 0 ? CallingCodePlan.read(in) : null;
      }
      return in.hasRemaining() ? null : new PlanTable(covered, plans);
    } catch (RuntimeException e) {
      // BufferUnderflowException, IllegalArgumentException: a damaged table is no table
      return null;
    }
  }

  /** Compiles the plan of every calling code libphonenumber supports, as the table's bytes. */
  static byte[] compileAll(PhoneNumberUtil util, MetadataSource source, String version) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 21);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(MAGIC);
      out.writeInt(FORMAT);
      out.writeUTF(version);
      var callingCodes = util.getSupportedCallingCodes().stream().sorted().toList();
      out.writeInt(callingCodes.size());
      for (int callingCode : callingCodes) {
        out.writeInt(callingCode);
        CallingCodePlan plan = CallingCodePlan.compile(callingCode, util, source);
        writeFlag(out, plan != null);
        if (plan != null) {
          plan.write(out);
        }
      }
      out.flush();
      out.writeInt(checksum(bytes.toByteArray(), bytes.size()));
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory failed", e);
    }
    return bytes.toByteArray();
  }

  /** The CRC-32C of {@code bytes[0, length)}: the table's last four bytes, so damage is seen. */
  private static int checksum(byte[] bytes, int length) {
    CRC32C crc = new CRC32C();
    crc.update(bytes, 0, length);
    return (int) crc.getValue();
  }

  private static int tail(byte[] bytes) {
    return ByteBuffer.wrap(bytes, bytes.length - Integer.BYTES, Integer.BYTES).getInt();
  }

  /** The version of the libphonenumber on the class path, from its Maven properties; or null. */
  static @Nullable String libraryVersion() {
    try (InputStream in = PhoneNumberUtil.class.getResourceAsStream(LIBRARY_PROPERTIES)) {
      if (in == null) {
        return null;
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      return null;
    }
  }

  static void writeFlag(DataOutputStream out, boolean flag) throws IOException {
    out.writeBoolean(flag);
  }

  static void writeInts(DataOutputStream out, int[] values) throws IOException {
    out.writeInt(values.length);
    for (int value : values) {
      out.writeInt(value);
    }
  }

  static void writeOptional(DataOutputStream out, @Nullable DigitDfa dfa) throws IOException {
    writeFlag(out, dfa != null);
    if (dfa != null) {
      dfa.write(out);
    }
  }

  static @Nullable DigitDfa readOptional(ByteBuffer in) {
    return in.get() != 0 ? DigitDfa.read(in) : null;
  }

  /** A count written before as many items of at least a byte each. */
  static int readCount(ByteBuffer in) {
    int count = in.getInt();
    if (count < 0 || count > in.remaining()) {
      throw new IllegalArgumentException("a count of " + count);
    }
    return count;
  }

  static int[] readInts(ByteBuffer in) {
    int count = in.getInt();
    if (count < 0 || count > in.remaining() / Integer.BYTES) {
      throw new IllegalArgumentException("an array of " + count + " ints");
    }
    int[] values = new int[count];
    in.asIntBuffer().get(values);
    in.position(in.position() + count * Integer.BYTES);
    return values;
  }

  /** A string as {@link DataOutputStream#writeUTF} wrote it (the table's strings are ASCII). */
  static String readString(ByteBuffer in) {
    int length = Short.toUnsignedInt(in.getShort());
    byte[] bytes = new byte[length];
    in.get(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
