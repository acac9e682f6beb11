package org.mekong.core.selector.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import com.google.i18n.phonenumbers.metadata.source.MetadataSource;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * The E.164 form of phone numbers written as international digits, as call records carry them
 * ({@code 8613800138000}, {@code +66812345678}, {@code 0066812345678}), with exactly
 * libphonenumber's answer and at a fraction of its cost.
 *
 * <p>The answer is defined by {@link #reference(CharSequence)}: strip one leading {@code +} or
 * {@code 00}, parse {@code "+" + rest} with libphonenumber (region {@code ZZ}), keep it when {@code
 * isValidNumber}, and format it as E.164. The fast path compiles libphonenumber's own metadata (per
 * calling code: region order, leading digits, number-type patterns and possible lengths,
 * national-prefix-for-parsing) into digit automata, and runs them over the input as bytes: without
 * allocating for {@link #e164Digits(byte[], int, int)}, after copying the characters into a small
 * array for the {@code CharSequence} methods. Where libphonenumber would strip a national prefix
 * after the calling code, the fast path does the same when that prefix is a plain digit string. It
 * defers to libphonenumber whenever it cannot decide: input other than plain ASCII digits after the
 * prefix, national numbers under 3 digits, results over 18 digits, national prefixes given as
 * patterns with groups or transform rules, and metadata patterns outside the supported syntax.
 *
 * <p>The automata of every calling code are compiled when the code is built and read from the
 * bundled {@link PlanTable}; a calling code the table does not cover (another libphonenumber
 * version, or no table) is compiled on its first use.
 *
 * <p>Thread-safe; use {@link #instance()}.
 */
public final class PhoneFastPath {

  /** Returned by {@link #e164Digits(CharSequence)} when libphonenumber rejects the input. */
  public static final long INVALID = -1L;

  /** The plan of a calling code whose metadata does not compile (set before {@link #INSTANCE}). */
  private static final Object UNSUPPORTED = new Object();

  private static final PhoneFastPath INSTANCE = new PhoneFastPath();
  private static final int MIN_NSN = 3;
  private static final int MAX_NSN = 17;
  private static final int MAX_INPUT = 200;

  private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
  private final MetadataSource source =
      DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource();
  private final boolean[] knownCallingCode = new boolean[1000];
  private final AtomicReferenceArray<Object> plans = new AtomicReferenceArray<>(1000);

  /** How many calling codes' plans came from the bundled {@link PlanTable}. */
  private final int plansFromTable;

  private PhoneFastPath() {
    PlanTable table = PlanTable.bundled();
    int fromTable = 0;
    for (int callingCode : util.getSupportedCallingCodes()) {
      knownCallingCode[callingCode] = true;
      if (table != null && table.covers(callingCode)) {
        CallingCodePlan plan = table.plan(callingCode);
        plans.set(callingCode, plan == null ? UNSUPPORTED : plan);
        fromTable++;
      }
    }
    plansFromTable = fromTable;
  }

  /** How many calling codes' plans came from the bundled table rather than a compile. */
  int plansFromTable() {
    return plansFromTable;
  }

  /** The shared instance. */
  public static PhoneFastPath instance() {
    return INSTANCE;
  }

  /**
   * The E.164 digits (without {@code +}) as a long, e.g. {@code 66812345678L}, or {@link #INVALID}
   * when libphonenumber rejects the input.
   */
  public long e164Digits(CharSequence input) {
    byte[] ascii = ascii(input);
    long fast = ascii == null ? UNDECIDED : fast(ascii, 0, ascii.length);
    return fast != UNDECIDED ? fast : slow(input);
  }

  /**
   * {@link #e164Digits(CharSequence)} of {@code data[from, to)} read as UTF-8, without copying it:
   * the form bulk screening reads, through the same automata code as every other caller.
   */
  public long e164Digits(byte[] data, int from, int to) {
    long fast = fast(data, from, to);
    return fast != UNDECIDED
        ? fast
        : slow(new String(data, from, to - from, java.nio.charset.StandardCharsets.UTF_8));
  }

  private long slow(CharSequence input) {
    String e164 = reference(input);
    if (e164 == null) {
      return INVALID;
    }
    if (e164.length() > 19) {
      throw new IllegalStateException("a valid number of more than 18 digits: " + e164);
    }
    return Long.parseLong(e164, 1, e164.length(), 10);
  }

  /**
   * The chars of {@code input} as bytes when all are ASCII, else null (the automata read digits
   * only). Every input reaches the automata as bytes, so their compiled code serves every caller.
   */
  private static byte @Nullable [] ascii(CharSequence input) {
    int length = input.length();
    if (length > MAX_INPUT + 2) {
      return null;
    }
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      char c = input.charAt(i);
      if (c >= 0x80) {
        return null;
      }
      bytes[i] = (byte) c;
    }
    return bytes;
  }

  /** The E.164 form ({@code +66812345678}), or {@code null} when libphonenumber rejects it. */
  public @Nullable String e164(CharSequence input) {
    byte[] ascii = ascii(input);
    long fast = ascii == null ? UNDECIDED : fast(ascii, 0, ascii.length);
    if (fast == UNDECIDED) {
      return reference(input);
    }
    return fast == INVALID ? null : format(fast);
  }

  /**
   * Whether {@code s} is a {@code +} and 3 to 18 ASCII digits, nothing else: a number already
   * written in E.164, as exports write them.
   */
  public static boolean isPlusDigits(CharSequence s) {
    int length = s.length();
    if (length < 4 || length > 19 || s.charAt(0) != '+') {
      return false;
    }
    for (int i = 1; i < length; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** {@link #isPlusDigits(CharSequence)} of {@code s[from, to)} read as ASCII. */
  public static boolean isPlusDigits(byte[] s, int from, int to) {
    int length = to - from;
    if (length < 4 || length > 19 || s[from] != '+') {
      return false;
    }
    for (int i = from + 1; i < to; i++) {
      if (s[i] < '0' || s[i] > '9') {
        return false;
      }
    }
    return true;
  }

  /** {@code +} followed by the digits of a value returned by {@link #e164Digits}. */
  public static String format(long e164Digits) {
    if (e164Digits <= 0) {
      throw new IllegalArgumentException("not E.164 digits: " + e164Digits);
    }
    return "+" + e164Digits;
  }

  /**
   * A valid number the automata decided, as libphonenumber would parse it: its E.164 digits, the
   * region {@code getRegionCodeForNumber} gives ({@code 001} for non-geographic numbers) and its
   * {@code getNumberType}.
   */
  public record Described(long e164Digits, String region, PhoneNumberType type) {}

  /**
   * What libphonenumber says of the valid number {@code input} (international digits as for {@link
   * #e164Digits}), or {@code null} when the number is invalid or only libphonenumber can tell.
   */
  public @Nullable Described describe(CharSequence input) {
    byte[] s = ascii(input);
    if (s == null) {
      return null;
    }
    long digits = fast(s, 0, s.length);
    if (digits == UNDECIDED || digits == INVALID) {
      return null;
    }
    int length = s.length;
    int start = s[0] == '+' ? 1 : s[0] == '0' ? 2 : 0;
    int callingCode = 0;
    int nsnStart = start;
    while (nsnStart - start < 3) {
      callingCode = callingCode * 10 + (s[nsnStart++] - '0');
      if (knownCallingCode[callingCode]) {
        break;
      }
    }
    CallingCodePlan plan = plan(callingCode);
    if (plan == null) {
      return null;
    }
    int national = plan.nationalNumberStart(s, nsnStart, length);
    CallingCodePlan.Described described = national < 0 ? null : plan.describe(s, national, length);
    return described == null ? null : new Described(digits, described.region(), described.type());
  }

  /** libphonenumber's answer, the definition the fast path reproduces (see the class comment). */
  public @Nullable String reference(CharSequence input) {
    String s = input.toString();
    if (s.startsWith("+")) {
      s = s.substring(1);
    } else if (s.startsWith("00")) {
      s = s.substring(2);
    }
    try {
      PhoneNumber number = util.parse("+" + s, "ZZ");
      return util.isValidNumber(number) ? util.format(number, PhoneNumberFormat.E164) : null;
    } catch (NumberParseException e) {
      return null;
    }
  }

  private static final long UNDECIDED = -2L;

  /** Whether the metadata of {@code callingCode} compiles to automata (else it is deferred). */
  boolean compiles(int callingCode) {
    return plan(callingCode) != null;
  }

  /** Whether the automata decide {@code input} without asking libphonenumber. */
  boolean decides(CharSequence input) {
    byte[] ascii = ascii(input);
    return ascii != null && fast(ascii, 0, ascii.length) != UNDECIDED;
  }

  /**
   * The automata's answer for {@code s[from, length)}; positions below are absolute in {@code s}.
   */
  private long fast(byte[] s, int from, int length) {
    int start = from;
    if (length > from && s[from] == '+') {
      start = from + 1;
    } else if (length > from + 1 && s[from] == '0' && s[from + 1] == '0') {
      start = from + 2;
    }
    int digits = length - start;
    if (digits < 3 || digits > MAX_INPUT) {
      return UNDECIDED;
    }
    long packed = 0;
    int callingCode = 0;
    int nsnStart = -1;
    for (int i = start; i < length; i++) {
      int d = s[i] - '0';
      if (d < 0 || d > 9) {
        return UNDECIDED;
      }
      if (nsnStart < 0 && i - start < 3) {
        callingCode = callingCode * 10 + d;
        if (knownCallingCode[callingCode]) {
          nsnStart = i + 1;
        }
      }
      packed = packed * 10 + d;
    }
    if (s[start] == '0' || nsnStart < 0) {
      // "+0..." or no calling code in the first three digits: INVALID_COUNTRY_CODE
      return INVALID;
    }
    int nsnLength = length - nsnStart;
    if (nsnLength < MIN_NSN) {
      return UNDECIDED;
    }
    CallingCodePlan plan = plan(callingCode);
    if (plan == null) {
      return UNDECIDED;
    }
    int national = plan.nationalNumberStart(s, nsnStart, length);
    if (national < 0) {
      return UNDECIDED;
    }
    if (national != nsnStart) {
      nsnLength = length - national;
      if (nsnLength < MIN_NSN) {
        return UNDECIDED;
      }
      packed = callingCode;
      for (int i = national; i < length && i - national < 19; i++) {
        packed = packed * 10 + (s[i] - '0');
      }
    }
    if (nsnLength > MAX_NSN) {
      return INVALID; // TOO_LONG
    }
    if (nsnStart - start + nsnLength > 18) {
      return UNDECIDED; // would not fit a long; no valid number is this long
    }
    return plan.isValid(s, national, length) ? packed : INVALID;
  }

  private @Nullable CallingCodePlan plan(int callingCode) {
    Object plan = plans.get(callingCode);
    if (plan == null) {
      CallingCodePlan compiled = CallingCodePlan.compile(callingCode, util, source);
      plan = compiled == null ? UNSUPPORTED : compiled;
      plans.compareAndSet(callingCode, null, plan);
    }
    return plan instanceof CallingCodePlan compiled ? compiled : null;
  }
}
