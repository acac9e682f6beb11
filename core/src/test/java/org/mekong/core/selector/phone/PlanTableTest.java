package org.mekong.core.selector.phone;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PlanTableTest {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  private static byte[] compiled = new byte[0];
  private static String version = "";

  @BeforeAll
  static void compileEveryCallingCode() {
    version =
        Objects.requireNonNull(
            PlanTable.libraryVersion(), "libphonenumber's version on the class path");
    compiled =
        PlanTable.compileAll(
            UTIL,
            DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource(),
            version);
  }

  @Test
  void theBundledTableIsWhatCompilingTheMetadataGives() throws IOException {
    byte[] bundled;
    try (InputStream in = PlanTable.class.getResourceAsStream(PlanTable.RESOURCE)) {
      assertThat(in).as("the build bundles " + PlanTable.RESOURCE).isNotNull();
      bundled = in.readAllBytes();
    }
    assertThat(Arrays.equals(bundled, compiled))
        .as("the bundled table equals a compile of libphonenumber " + version)
        .isTrue();
  }

  @Test
  void theFastPathTakesEveryCallingCodeFromTheTable() {
    assertThat(PhoneFastPath.instance().plansFromTable())
        .isEqualTo(UTIL.getSupportedCallingCodes().size());
  }

  @Test
  void aTableReadsBackToThePlansACompileGives() throws IOException {
    PlanTable table = Objects.requireNonNull(PlanTable.read(compiled, version), "the table");
    for (int callingCode : UTIL.getSupportedCallingCodes()) {
      assertThat(table.covers(callingCode)).as("calling code %d", callingCode).isTrue();
    }
    assertThat(table.covers(999)).isFalse();
    assertThat(table.covers(-1)).isFalse();
    for (int callingCode : new int[] {1, 44, 66, 86, 95, 855, 856, 886}) {
      CallingCodePlan read = Objects.requireNonNull(table.plan(callingCode), "a plan read");
      CallingCodePlan compile =
          Objects.requireNonNull(
              CallingCodePlan.compile(
                  callingCode,
                  UTIL,
                  DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource()),
              "a plan compiled");
      assertThat(bytes(read)).as("calling code %d", callingCode).isEqualTo(bytes(compile));
    }
  }

  private static byte[] bytes(CallingCodePlan plan) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DataOutputStream data = new DataOutputStream(out)) {
      plan.write(data);
    }
    return out.toByteArray();
  }

  @Test
  void aTableOfAnotherLibphonenumberVersionIsNotUsed() {
    assertThat(PlanTable.read(compiled, version + "-other")).isNull();
  }

  @Test
  void aDamagedOrTruncatedTableIsNotUsed() {
    Random random = new Random(20261206L);
    for (int i = 0; i < 200; i++) {
      byte[] damaged = compiled.clone();
      int at = random.nextInt(damaged.length);
      damaged[at] ^= (byte) (1 + random.nextInt(255));
      assertThat(PlanTable.read(damaged, version)).as("a byte changed at %d", at).isNull();
    }
    for (int length : new int[] {0, 3, 4, 100, compiled.length / 2, compiled.length - 1}) {
      assertThat(PlanTable.read(Arrays.copyOf(compiled, length), version))
          .as("the first %d bytes", length)
          .isNull();
    }
  }
}
