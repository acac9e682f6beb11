package org.mekong.server.legal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.Agency;
import org.mekong.core.legal.BanStatus;
import org.mekong.core.legal.EntryBan;
import org.mekong.core.legal.NoticeColour;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the console does with legal records, by the API's rules: lists and reads each kind as the
 * API shows them, drafts a notice, approves or cancels one, suspends or lifts an entry ban — all
 * through {@link LegalRecords}, which the API's controllers use.
 */
@Service
public class LegalActions {

  /** How many records of one kind the console lists at most. */
  public static final int LIST_LIMIT = 200;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** A legal record as the API shows it: its envelope and its fields by their JSON names. */
  public record Item(
      String id,
      String type,
      String originator,
      Instant created,
      Instant modified,
      String tlp,
      String standing,
      Map<String, Object> record) {}

  /** A notice typed in the console; blank fields are absent, names one per line. */
  public record NewNotice(
      @Nullable String colour,
      @Nullable String title,
      @Nullable String summary,
      @Nullable String legalBasis,
      @Nullable String expires,
      @Nullable String names,
      @Nullable String birthDate,
      @Nullable String nationality,
      @Nullable String sex,
      @Nullable String tlp) {}

  private final LegalRecords records;

  LegalActions(LegalRecords records) {
    this.records = records;
  }

  /** The colours of notices, as codes. */
  public static List<String> colours() {
    return Arrays.stream(NoticeColour.values()).map(NoticeColour::code).toList();
  }

  /** The records of a kind ({@code notice}, {@code entry-ban}, ...) the viewer may see. */
  public List<Item> list(Agency viewer, String kind) {
    return records.list(viewer, kindOf(kind), LIST_LIMIT).stream().map(LegalActions::item).toList();
  }

  /** One record of a kind if the viewer may see it, else a 404. */
  public Item get(Agency viewer, String kind, String id) {
    return item(records.get(viewer, kindOf(kind), LegalRecordController.id(id)));
  }

  /** How many of the agency's notices are drafted and wait for a reviewer. */
  public int awaitingReview(Agency agency) {
    return (int)
        records.list(agency, LegalKind.NOTICE, LegalRecords.MAX_PAGE).stream()
            .filter(r -> r.originator().equals(agency.id().value()))
            .filter(r -> r.standing().equals("drafted"))
            .count();
  }

  /** Drafts a notice by {@code drafter} as {@code POST /api/v1/notices} does. */
  public Item draft(Agency issuer, NewNotice form, String drafter) {
    List<String> names =
        form.names() == null
            ? List.of()
            : form.names().lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    LegalJson.PersonJson person =
        names.isEmpty()
            ? null
            : new LegalJson.PersonJson(
                names, given(form.birthDate()), given(form.nationality()), given(form.sex()), null);
    LegalJson.NoticeJson json =
        new LegalJson.NoticeJson(
            given(form.colour()),
            person,
            given(form.title()),
            given(form.summary()),
            given(form.legalBasis()),
            given(form.expires()),
            drafter,
            null,
            null);
    Decoded record = LegalInput.within("record", () -> new Decoded.Note(LegalInput.notice(json)));
    String tlp = given(form.tlp());
    var marking =
        MarkingInput.marking(
            new LegalJson.MarkingJson(tlp == null ? "amber" : tlp, null, null, null, null));
    return item(records.create(issuer, marking, java.util.Set.of(), record));
  }

  /** Approves (publishes) a drafted notice, as {@code POST /notices/{id}/approval} does. */
  public Item approve(Agency issuer, String id, String reviewer, @Nullable String note) {
    String text = note == null ? "" : note;
    return changeNotice(issuer, id, n -> n.approve(reviewer, text, records.clock()));
  }

  /** Cancels a notice, as {@code POST /notices/{id}/cancellation} does. */
  public Item cancel(Agency issuer, String id, String by, @Nullable String reason) {
    String text = reason == null ? "" : reason;
    return changeNotice(issuer, id, n -> n.cancel(by, text, records.clock()));
  }

  /**
   * Suspends an entry ban, puts it back in force or lifts it, as {@code POST
   * /entry-bans/{id}/suspend|reinstate|lift} do.
   */
  public Item changeBan(Agency issuer, String id, BanStatus to, @Nullable String note) {
    UUID uuid = LegalRecordController.id(id);
    String text = note == null ? "" : note;
    return item(
        records.change(
            issuer,
            LegalKind.ENTRY_BAN,
            uuid,
            record -> {
              EntryBan ban = ((Decoded.Ban) record).record();
              return new Decoded.Ban(LegalChangeController.applied(ban.change(to, text)));
            }));
  }

  private Item changeNotice(
      Agency issuer,
      String id,
      java.util.function.Function<
              org.mekong.core.legal.Notice,
              org.mekong.core.legal.Change<org.mekong.core.legal.Notice>>
          change) {
    UUID uuid = LegalRecordController.id(id);
    return item(
        records.change(
            issuer,
            LegalKind.NOTICE,
            uuid,
            record ->
                new Decoded.Note(
                    LegalChangeController.applied(
                        change.apply(((Decoded.Note) record).record())))));
  }

  private static LegalKind kindOf(String code) {
    return LegalKind.fromCode(code)
        .orElseThrow(() -> new IllegalArgumentException("no legal record kind " + code));
  }

  /** A stored record as the console shows it. */
  @SuppressWarnings("unchecked")
  static Item item(RecordView view) {
    return new Item(
        view.id(),
        view.type(),
        view.originator(),
        view.created(),
        view.modified(),
        String.valueOf(view.marking().tlp()),
        view.standing(),
        JSON.convertValue(view.record(), Map.class));
  }

  private static @Nullable String given(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
