package org.mekong.server.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mekong.core.agency.AgencyId;

/** The pieces of a pull without a network: page URLs, envelopes, back-off and partners. */
class PullPartsTest {

  @Test
  void pageUrlsAskForEveryVersionAfterTheCursorOrFollowNext() {
    URI base = URI.create("http://cn.example:8080/");
    assertThat(TaxiiPuller.pageUrl(base, null, null).toString())
        .isEqualTo(
            "http://cn.example:8080/taxii2/mekong/collections/"
                + TaxiiPuller.INDICATORS
                + "/objects/?match%5Bversion%5D=all&limit=1000");
    assertThat(
            TaxiiPuller.pageUrl(base, Instant.parse("2026-11-29T03:00:00.000001Z"), "a+b/c=")
                .toString())
        .endsWith("&added_after=2026-11-29T03:00:00.000001Z&next=a%2Bb%2Fc%3D");
  }

  @Test
  void anEnvelopeGivesObjectsMoreNextAndTheLastDateAdded() throws Exception {
    TaxiiPuller.Page page =
        TaxiiPuller.page(
            "{\"more\":true,\"next\":\"n1\",\"objects\":[{\"type\":\"indicator\"}]}",
            Optional.of("2026-11-29T03:00:00.123456Z"));
    assertThat(page.objects()).hasSize(1);
    assertThat(page.more()).isTrue();
    assertThat(page.next()).isEqualTo("n1");
    assertThat(page.addedLast()).isEqualTo(Instant.parse("2026-11-29T03:00:00.123456Z"));
    TaxiiPuller.Page empty = TaxiiPuller.page("{\"more\":false}", Optional.empty());
    assertThat(empty.objects()).isEmpty();
    assertThat(empty.addedLast()).isNull();
  }

  @Test
  void aBrokenEnvelopeIsAnInvalidResponse() {
    List<String> bodies =
        List.of("not json", "[]", "{\"objects\":{}}", "{\"more\":true,\"objects\":[]}");
    for (String body : bodies) {
      assertThatThrownBy(() -> TaxiiPuller.page(body, Optional.empty()))
          .as(body)
          .isInstanceOfSatisfying(
              TaxiiPuller.PullFailure.class,
              failure -> assertThat(failure.code()).isEqualTo("invalid-response"));
    }
    assertThatThrownBy(
            () -> TaxiiPuller.page("{\"objects\":[{\"type\":\"indicator\"}]}", Optional.empty()))
        .isInstanceOf(TaxiiPuller.PullFailure.class);
    assertThatThrownBy(() -> TaxiiPuller.page("{\"objects\":[]}", Optional.of("yesterday")))
        .isInstanceOf(TaxiiPuller.PullFailure.class);
  }

  @Test
  void theBackOffDoublesFromOneSecondUpToAMinuteAndASuccessResetsIt() {
    PartnerState state = new PartnerState();
    assertThat(state.snapshot().state()).isEqualTo("never-contacted");
    List<Long> waits = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      state.attempting(Instant.EPOCH);
      waits.add(
          state.failed(new PartnerState.Failure("unreachable", "no", Instant.EPOCH)).toSeconds());
    }
    assertThat(waits).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L);
    assertThat(state.snapshot().state()).isEqualTo("failing");
    assertThat(state.snapshot().consecutiveFailures()).isEqualTo(9);
    state.succeeded(Instant.EPOCH, Instant.EPOCH.plusSeconds(1));
    PartnerState.Snapshot up = state.snapshot();
    assertThat(up.state()).isEqualTo("up");
    assertThat(up.lastError()).isNull();
    assertThat(up.backoffSeconds()).isZero();
    assertThat(state.failed(new PartnerState.Failure("http-5xx", "x", Instant.EPOCH)))
        .isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void aPartnerNeedsANameAnAbsoluteHttpUrlAndASaneIntervalAndHidesItsKeys() {
    Map<AgencyId, String> keys = Map.of(new AgencyId("th-ccib"), "secret-key");
    Partner partner = new Partner("cn", URI.create("https://cn.example"), 5, keys);
    assertThat(partner.toString()).doesNotContain("secret-key");
    for (String url : List.of("ftp://x", "/relative", "http://x/?q=1", "http://u:p@x/", "http:x")) {
      assertThat(Partner.validUrl(URI.create(url))).as(url).isFalse();
    }
    assertThatThrownBy(() -> new Partner("CN", URI.create("http://x"), 5, keys))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Partner("cn", URI.create("http://x"), 0, keys))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Partner("cn", URI.create("http://x"), 3601, keys))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
