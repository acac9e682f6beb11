package org.mekong.core.selector.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mekong.core.SharedData;
import org.mekong.core.selector.SelectorType;

/**
 * Every OFAC-listed wallet address of the shared test data, written into a Burmese or Chinese chat
 * line, is found exactly once at its offsets. Skipped when {@code shared/} is absent.
 */
class OfacWalletsInTextTest {

  @ParameterizedTest
  @ValueSource(strings = {"TRX", "USDT", "XBT", "ETH"})
  void everyListedAddressIsFoundInAChatLine(String asset) throws IOException {
    Path file = SharedData.require("data/ofac/sanctioned_addresses_" + asset + ".txt");
    List<String> addresses = Files.readAllLines(file).stream().map(String::strip).toList();
    for (String address : addresses) {
      if (address.isEmpty()) {
        continue;
      }
      String line =
          "[09:14] Ko Aung: "
              + asset
              + " ကို ဒီလိပ်စာ "
              + address
              + " သို့ ပို့ပါ။ 转账到"
              + address
              + "，谢谢";
      Extraction extraction = SelectorExtractor.extract(line, "MM");
      assertThat(extraction).isInstanceOf(Extraction.Found.class);
      List<Match> matches = ((Extraction.Found) extraction).matches();
      assertThat(matches).as(line).hasSize(2);
      int first = line.indexOf(address);
      int second = line.indexOf(address, first + 1);
      assertThat(matches.get(0).start()).isEqualTo(first);
      assertThat(matches.get(0).end()).isEqualTo(first + address.length());
      assertThat(matches.get(1).start()).isEqualTo(second);
      assertThat(matches.get(1).text()).isEqualTo(address);
      assertThat(matches.get(0).selector().type()).isEqualTo(SelectorType.WALLET);
      assertThat(matches.get(1).selector()).isEqualTo(matches.get(0).selector());
    }
  }
}
