package org.mekong.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.indicator.Indicator;
import org.mekong.core.selector.SelectorType;
import tools.jackson.databind.JsonNode;

class MispExportTest {

  private static final AgencyId MPS = new AgencyId("cn-mps");

  @Test
  void writesOneEventPerAgencyAndAManifest(@TempDir Path feed) throws IOException {
    RandomIndicators make = new RandomIndicators(new Random(7));
    List<Indicator> indicators =
        List.of(
            make.indicator(make.selector(SelectorType.PHONE), Imported.CCIB),
            make.indicator(make.selector(SelectorType.IMEI), Imported.CCIB),
            make.indicator(make.selector(SelectorType.DOMAIN), MPS));
    try (IndicatorWriter writer = IndicatorExport.mispFeed(feed)) {
      writer.writeAll(indicators);
    }

    JsonNode manifest = MispImport.JSON.readTree(feed.resolve("manifest.json").toFile());
    assertThat(manifest.propertyNames()).hasSize(2);
    String ccibEvent = MispExport.uuid("misp-event:th-ccib").toString();
    assertThat(manifest.path(ccibEvent).path("Orgc").path("name").asString()).isEqualTo("th-ccib");
    assertThat(manifest.path(ccibEvent).path("info").asString())
        .isEqualTo("Mekong indicators of th-ccib");

    JsonNode event =
        MispImport.JSON.readTree(feed.resolve(ccibEvent + ".json").toFile()).path("Event");
    assertThat(event.path("uuid").asString()).isEqualTo(ccibEvent);
    JsonNode phone = event.path("Attribute").get(0);
    assertThat(phone.path("type").asString()).isEqualTo("phone-number");
    assertThat(phone.path("value").asString()).isEqualTo(indicators.get(0).selector().canonical());
    assertThat(phone.path("Tag").get(0).path("name").asString())
        .isEqualTo("tlp:" + indicators.get(0).marking().tlp().code());
    JsonNode imei = event.path("Attribute").get(1);
    assertThat(imei.path("type").asString()).isEqualTo("text");
    assertThat(imei.path("Tag").values())
        .extracting(tag -> tag.path("name").asString())
        .contains("mekong:selector-type=\"imei\"");
    try (Stream<Path> files = Files.list(feed)) {
      assertThat(files).hasSize(3);
    }
  }
}
