package org.mekong.core.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A notice is published only once someone other than its drafter approves it. */
class NoticeReviewTest {

  private static final Clock NOW =
      Clock.fixed(Instant.parse("2026-11-15T03:00:00Z"), ZoneOffset.UTC);

  private static Notice wanted(String expires) {
    return Notice.draft(
        NoticeColour.WANTED,
        Fixtures.person(),
        "Wanted: compound boss",
        "Runs a scam compound; arrest and inform the issuer",
        "Arrest warrant 2026-117 of the Beijing Municipal Court",
        LocalDate.parse(expires),
        "Li Wei",
        Links.NONE);
  }

  @Test
  void theDrafterCannotApproveAndAnotherReviewerPublishes() {
    Notice draft = wanted("2027-11-15");
    assertThat(draft.standing(NOW)).isEqualTo(NoticeStanding.DRAFTED);
    assertThat(draft.approve("  li  wei ", "", NOW))
        .isEqualTo(
            new Change.Refused<Notice>("the reviewer must be someone other than the drafter"));
    Notice published = ((Change.Done<Notice>) draft.approve("Zhang Min", "checked", NOW)).record();
    assertThat(published.standing(NOW)).isEqualTo(NoticeStanding.PUBLISHED);
    assertThat(published.review())
        .isEqualTo(
            new Review.Published(
                new Review.Approval(
                    "Zhang Min", Instant.parse("2026-11-15T03:00:00Z"), "checked")));
    assertThat(published.approve("Chen Jie", "", NOW)).isInstanceOf(Change.Refused.class);
  }

  @Test
  void aNoticeExpiresAndCannotBeApprovedOnceExpired() {
    Notice draft = wanted("2026-11-14");
    assertThat(draft.standing(NOW)).isEqualTo(NoticeStanding.EXPIRED);
    assertThat(draft.approve("Zhang Min", "", NOW)).isInstanceOf(Change.Refused.class);
  }

  @Test
  void aCancelledNoticeKeepsItsApprovalAndIsNotCancelledTwice() {
    Notice published =
        ((Change.Done<Notice>) wanted("2027-11-15").approve("Zhang Min", "", NOW)).record();
    Notice cancelled =
        ((Change.Done<Notice>) published.cancel("Zhang Min", "arrested in Bangkok", NOW)).record();
    assertThat(cancelled.standing(NOW)).isEqualTo(NoticeStanding.CANCELLED);
    assertThat(((Review.Cancelled) cancelled.review()).approval()).isNotNull();
    assertThat(cancelled.cancel("Zhang Min", "again", NOW)).isInstanceOf(Change.Refused.class);
  }

  @Test
  void aNoticeWithoutLegalBasisOrAPersonWhereOneIsNeededIsRefused() {
    assertThatThrownBy(
            () ->
                Notice.draft(
                    NoticeColour.WANTED, Fixtures.person(), "t", "s", " ", null, "d", Links.NONE))
        .hasMessage("legalBasis is required");
    assertThatThrownBy(
            () -> Notice.draft(NoticeColour.MISSING, null, "t", "s", "b", null, "d", Links.NONE))
        .hasMessage("person is required in a missing notice");
    assertThat(
            Notice.draft(
                    NoticeColour.MODUS_OPERANDI,
                    null,
                    "SIM boxes in rented rooms",
                    "GSM gateways with 32 SIMs",
                    "MPS notice rules art. 4",
                    null,
                    "d",
                    Links.NONE)
                .person())
        .isNull();
  }
}
