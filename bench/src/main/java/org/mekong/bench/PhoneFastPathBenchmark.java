package org.mekong.bench;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.mekong.core.selector.phone.PhoneFastPath;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The phone fast path against libphonenumber on the same one-million-number call-record sample.
 * Before measuring, the setup checks that both give identical output on every number of the sample
 * and fails loudly otherwise.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PhoneFastPathBenchmark {

  /** Numbers in the sample. */
  public static final int SAMPLE_SIZE = 1_000_000;

  /** The sample's seed, fixed so that every run measures the same numbers. */
  public static final long SEED = 20261128L;

  private String[] sample = new String[0];
  private final PhoneFastPath fastPath = PhoneFastPath.instance();
  private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();

  /** Builds the sample; before the fast path is measured, proves both sides agree on all of it. */
  @Setup
  public void setUp(BenchmarkParams params) {
    sample = CallRecords.sample(SEED, SAMPLE_SIZE);
    if (params.getBenchmark().endsWith(".fastPath")) {
      checkIdenticalOutput();
    }
  }

  private void checkIdenticalOutput() {
    int valid = 0;
    for (String input : sample) {
      String expected = libphonenumber(input);
      String actual = fastPath.e164(input);
      if (!Objects.equals(expected, actual)) {
        throw new IllegalStateException(
            "fast path and libphonenumber differ on " + input + ": " + actual + " vs " + expected);
      }
      long digits = fastPath.e164Digits(input);
      if (expected == null ? digits != PhoneFastPath.INVALID : !expected.equals("+" + digits)) {
        throw new IllegalStateException("e164Digits differs on " + input + ": " + digits);
      }
      if (expected != null) {
        valid++;
      }
    }
    System.out.printf(
        "%nsample: %,d call-record numbers, %,d valid; fast path and libphonenumber agree on all%n",
        sample.length, valid);
  }

  /** The fast path's primitive API: E.164 digits as a long. */
  @Benchmark
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  @OperationsPerInvocation(SAMPLE_SIZE)
  public long fastPath() {
    long sum = 0;
    for (String input : sample) {
      sum += fastPath.e164Digits(input);
    }
    return sum;
  }

  /** libphonenumber: parse, isValidNumber, format(E164): the answer the fast path reproduces. */
  @Benchmark
  @Warmup(iterations = 1, time = 1)
  @Measurement(iterations = 3, time = 1)
  @OperationsPerInvocation(SAMPLE_SIZE)
  public long libphonenumber() {
    long sum = 0;
    for (String input : sample) {
      String e164 = libphonenumber(input);
      sum += e164 == null ? -1 : e164.length();
    }
    return sum;
  }

  /** libphonenumber without the validity check: parse and format(E164) only, a lower bound. */
  @Benchmark
  @Warmup(iterations = 1, time = 1)
  @Measurement(iterations = 3, time = 1)
  @OperationsPerInvocation(SAMPLE_SIZE)
  public long libphonenumberParseFormatOnly() {
    long sum = 0;
    for (String input : sample) {
      try {
        sum += util.format(util.parse(international(input), "ZZ"), PhoneNumberFormat.E164).length();
      } catch (NumberParseException e) {
        sum--;
      }
    }
    return sum;
  }

  private @Nullable String libphonenumber(String input) {
    try {
      PhoneNumber number = util.parse(international(input), "ZZ");
      return util.isValidNumber(number) ? util.format(number, PhoneNumberFormat.E164) : null;
    } catch (NumberParseException e) {
      return null;
    }
  }

  private static String international(String input) {
    if (input.startsWith("+")) {
      return input;
    }
    return "+" + (input.startsWith("00") ? input.substring(2) : input);
  }
}
