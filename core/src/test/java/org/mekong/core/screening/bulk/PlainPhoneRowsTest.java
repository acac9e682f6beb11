package org.mekong.core.screening.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The plain rows of a phone export are read from their bytes, giving the digits {@link
 * ExportRows#indexRow} gives; every other row is left to it.
 */
class PlainPhoneRowsTest {

  private static final String HEADER =
      "type,value,region,categories,confidence,tlp,handling,valid_until,description";

  @Test
  void plainRowsGiveTheirDigitsAndOthersAreLeftToTheGeneralRule() {
    List<String> rows =
        List.of(
            "phone,+66812345678,,fraud.impersonation.authority,80,amber,,,",
            "phone,+66812345679,,fraud.impersonation.authority,80,amber,,,a note",
            "phone,\"+8613800138000\",,\"fraud.impersonation.authority\",,TLP:GREEN,,,",
            "phone,+66812345670,,fraud;gambling,100,,,,",
            "phone,+66812345671,,bogus,80,amber,,,",
            "phone,+66812345672,,,80,amber,,,",
            "phone,+66812345673,,fraud,101,amber,,,",
            "phone,+66812345674,,fraud,80,bogus,,,",
            "phone,+66812345675,TH,fraud,80,amber,,,",
            "phone,+66812345676,,fraud,80,amber,,2999-01-01,",
            "phone, +66812345677,,fraud,80,amber,,,",
            "phone,+999123456789,,fraud,80,amber,,,",
            "phone,0812345678,,fraud,80,amber,,,",
            "domain,scam-bank.com,,fraud,80,amber,,,",
            "phone,+66812345678,,fraud,80,amber,,",
            "phone,+66812345678,,fraud,08,\"am\"\"ber\",,,");
    byte[] file = (HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
    ExportRows exportRows = new ExportRows(List.of(HEADER.split(",")));
    PlainPhoneRows plain = new PlainPhoneRows(exportRows, file);
    ExportBytes.Record record = new ExportBytes.Record(file);

    List<Long> digits = new ArrayList<>();
    int from = ExportBytes.lineEnd(file, 0) + 1;
    for (int line = 2; from < file.length; line++) {
      int end = ExportBytes.lineEnd(file, from);
      assertThat(record.read(from, end)).isTrue();
      long phone = plain.digits(record);
      if (phone > 0) {
        assertThat(exportRows.indexRow(record, line).listed())
            .as("line %d", line)
            .isNotNull()
            .extracting(ExportRows.Listed::phone)
            .isEqualTo(phone);
      }
      digits.add(phone);
      from = end + 1;
    }

    assertThat(digits)
        .containsExactly(
            66812345678L,
            66812345679L,
            8613800138000L,
            66812345670L,
            0L,
            0L,
            0L,
            0L,
            0L,
            0L,
            0L,
            0L,
            0L,
            0L,
            0L,
            0L);
  }
}
