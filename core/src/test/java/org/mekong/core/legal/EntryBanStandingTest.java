package org.mekong.core.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Where a ban stands on a day: its status and its dates, on an injected clock. */
class EntryBanStandingTest {

  private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

  private static EntryBan ban(BanStatus status, @Nullable String expiry) {
    return new EntryBan(
        Fixtures.person(),
        "returned from a scam compound in Myawaddy; worked for it",
        "Immigration Bureau, Thailand",
        "IB 77/2569",
        "fraud",
        LocalDate.parse("2026-11-01"),
        expiry == null ? null : LocalDate.parse(expiry),
        ActionOnHit.REFUSE_ENTRY,
        status,
        "five years weighed against his role as a recruiter",
        "",
        Links.NONE);
  }

  private static Clock at(String instant) {
    return Clock.fixed(Instant.parse(instant), BANGKOK);
  }

  @Test
  void aBanAppliesFromItsStartThroughItsExpiryInTheClocksZone() {
    EntryBan ban = ban(BanStatus.IN_FORCE, "2031-10-31");
    assertThat(ban.standing(at("2026-10-31T16:59:59Z"))).isEqualTo(BanStanding.NOT_YET);
    assertThat(ban.standing(at("2026-10-31T17:00:00Z"))).isEqualTo(BanStanding.ACTIVE);
    assertThat(ban.standing(at("2031-10-31T16:59:59Z"))).isEqualTo(BanStanding.ACTIVE);
    assertThat(ban.standing(at("2031-10-31T17:00:00Z"))).isEqualTo(BanStanding.EXPIRED);
    assertThat(ban(BanStatus.IN_FORCE, null).standing(at("2090-01-01T00:00:00Z")))
        .isEqualTo(BanStanding.ACTIVE);
  }

  @Test
  void suspendedAndLiftedBansDoNotApplyButOneUnderAppealDoes() {
    Clock now = at("2027-01-01T00:00:00Z");
    assertThat(ban(BanStatus.SUSPENDED, null).standing(now).applies()).isFalse();
    assertThat(ban(BanStatus.LIFTED, null).standing(now)).isEqualTo(BanStanding.LIFTED);
    assertThat(ban(BanStatus.UNDER_APPEAL, null).standing(now))
        .isEqualTo(BanStanding.ACTIVE_UNDER_APPEAL);
    assertThat(BanStanding.ACTIVE_UNDER_APPEAL.applies()).isTrue();
    assertThat(ban(BanStatus.UNDER_APPEAL, "2026-12-01").standing(now))
        .isEqualTo(BanStanding.EXPIRED);
  }

  @Test
  void liftingIsFinalAndAChangeSaysWhy() {
    EntryBan ban = ban(BanStatus.IN_FORCE, null);
    EntryBan suspended =
        ((Change.Done<EntryBan>) ban.change(BanStatus.SUSPENDED, "court order 12/2570")).record();
    assertThat(suspended.statusNote()).isEqualTo("court order 12/2570");
    assertThat(suspended.change(BanStatus.SUSPENDED, "again"))
        .isEqualTo(new Change.Refused<EntryBan>("the ban is already suspended"));
    EntryBan lifted =
        ((Change.Done<EntryBan>) suspended.change(BanStatus.LIFTED, "appeal granted")).record();
    assertThat(lifted.change(BanStatus.IN_FORCE, "x")).isInstanceOf(Change.Refused.class);
    assertThatThrownBy(() -> ban.change(BanStatus.LIFTED, " ")).hasMessage("note is required");
  }

  @Test
  void anExpiryBeforeTheStartIsRefused() {
    assertThatThrownBy(() -> ban(BanStatus.IN_FORCE, "2026-10-31"))
        .hasMessage("expiry must not be before start");
  }
}
