package org.mekong.server.legal;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.Agency;
import org.mekong.core.legal.ActionKind;
import org.mekong.core.legal.ActionStatus;
import org.springframework.stereotype.Service;

/**
 * What the console writes: a legal action, an expulsion order and an entry ban typed in its forms,
 * read into the same JSON and checked by the same {@link LegalInput} as {@code POST
 * /api/v1/legal-actions}, {@code /expulsions} and {@code /entry-bans}, then stored through {@link
 * LegalRecords}. Blank fields are absent; lists (names, links) are one entry a line.
 */
@Service
public class LegalForms {

  /** The person a record is about, as a form types them; one document at most. */
  private record PersonForm(
      @Nullable String names,
      @Nullable String birthDate,
      @Nullable String nationality,
      @Nullable String sex,
      @Nullable String documentState,
      @Nullable String documentNumber) {}

  /** A legal action typed in the console; {@code subjectKind} person or organisation. */
  public record NewAction(
      @Nullable String kind,
      @Nullable String subjectKind,
      @Nullable String names,
      @Nullable String birthDate,
      @Nullable String nationality,
      @Nullable String sex,
      @Nullable String documentState,
      @Nullable String documentNumber,
      @Nullable String country,
      @Nullable String registration,
      @Nullable String caseReference,
      @Nullable String authority,
      @Nullable String date,
      @Nullable String legalBasis,
      @Nullable String status,
      @Nullable String details,
      @Nullable String indicators,
      @Nullable String people,
      @Nullable String sites,
      @Nullable String actions,
      @Nullable String tlp) {}

  /** An expulsion order typed in the console; {@code exitAllowed}, {@code reEntryBarred} yes/no. */
  public record NewExpulsion(
      @Nullable String names,
      @Nullable String birthDate,
      @Nullable String nationality,
      @Nullable String sex,
      @Nullable String documentState,
      @Nullable String documentNumber,
      @Nullable String orderReference,
      @Nullable String issuingAuthority,
      @Nullable String legalBasis,
      @Nullable String orderDate,
      @Nullable String destination,
      @Nullable String receivingAuthority,
      @Nullable String carriedOut,
      @Nullable String exitAllowed,
      @Nullable String reEntryBarred,
      @Nullable String entryBan,
      @Nullable String note,
      @Nullable String tlp) {}

  /** An entry ban typed in the console. */
  public record NewBan(
      @Nullable String names,
      @Nullable String birthDate,
      @Nullable String nationality,
      @Nullable String sex,
      @Nullable String documentState,
      @Nullable String documentNumber,
      @Nullable String reason,
      @Nullable String issuingAuthority,
      @Nullable String decisionReference,
      @Nullable String offenceType,
      @Nullable String start,
      @Nullable String expiry,
      @Nullable String actionOnHit,
      @Nullable String status,
      @Nullable String proportionality,
      @Nullable String tlp) {}

  /** The statuses an entry ban may be created with. */
  public static final List<String> BAN_STATUSES = List.of("in-force", "under-appeal", "suspended");

  /** The actions to take on a hit, as codes. */
  public static final List<String> ACTIONS_ON_HIT =
      List.of("refuse-entry", "hold-and-inform", "inform-only");

  private final LegalRecords records;

  LegalForms(LegalRecords records) {
    this.records = records;
  }

  /** The kinds of legal action, as codes. */
  public static List<String> actionKinds() {
    return java.util.Arrays.stream(ActionKind.values()).map(ActionKind::code).toList();
  }

  /** The statuses of a legal action, as codes. */
  public static List<String> actionStatuses() {
    return java.util.Arrays.stream(ActionStatus.values()).map(ActionStatus::code).toList();
  }

  /** Records a legal action as {@code POST /api/v1/legal-actions} does. */
  public LegalActions.Item action(Agency issuer, NewAction f) {
    String subjectKind = given(f.subjectKind());
    boolean organisation = "organisation".equals(subjectKind);
    LegalJson.SubjectJson subject =
        new LegalJson.SubjectJson(
            subjectKind,
            lines(f.names()),
            organisation ? null : given(f.birthDate()),
            organisation ? null : given(f.nationality()),
            organisation ? null : given(f.sex()),
            organisation ? null : documents(f.documentState(), f.documentNumber()),
            organisation ? given(f.country()) : null,
            organisation ? given(f.registration()) : null);
    LegalJson.ActionJson json =
        new LegalJson.ActionJson(
            given(f.kind()),
            subject,
            given(f.caseReference()),
            given(f.authority()),
            given(f.date()),
            given(f.legalBasis()),
            given(f.status()),
            given(f.details()),
            new LegalJson.LinksJson(
                lines(f.indicators()), lines(f.people()), lines(f.sites()), lines(f.actions())));
    return create(issuer, f.tlp(), LegalInput.within("record", () -> decoded(json)));
  }

  /** Records an expulsion order as {@code POST /api/v1/expulsions} does. */
  public LegalActions.Item expulsion(Agency issuer, NewExpulsion f) {
    LegalJson.ExpulsionJson json =
        new LegalJson.ExpulsionJson(
            person(
                new PersonForm(
                    f.names(),
                    f.birthDate(),
                    f.nationality(),
                    f.sex(),
                    f.documentState(),
                    f.documentNumber())),
            given(f.orderReference()),
            given(f.issuingAuthority()),
            given(f.legalBasis()),
            given(f.orderDate()),
            given(f.destination()),
            given(f.receivingAuthority()),
            given(f.carriedOut()),
            !"no".equals(f.exitAllowed()),
            !"no".equals(f.reEntryBarred()),
            given(f.entryBan()),
            given(f.note()),
            null);
    return create(
        issuer,
        f.tlp(),
        LegalInput.within("record", () -> new Decoded.Order(LegalInput.expulsion(json))));
  }

  /** Records an entry ban as {@code POST /api/v1/entry-bans} does. */
  public LegalActions.Item ban(Agency issuer, NewBan f) {
    LegalJson.BanJson json =
        new LegalJson.BanJson(
            person(
                new PersonForm(
                    f.names(),
                    f.birthDate(),
                    f.nationality(),
                    f.sex(),
                    f.documentState(),
                    f.documentNumber())),
            given(f.reason()),
            given(f.issuingAuthority()),
            given(f.decisionReference()),
            given(f.offenceType()),
            given(f.start()),
            given(f.expiry()),
            given(f.actionOnHit()),
            given(f.status()),
            given(f.proportionality()),
            null,
            null);
    return create(
        issuer, f.tlp(), LegalInput.within("record", () -> new Decoded.Ban(LegalInput.ban(json))));
  }

  private static Decoded decoded(LegalJson.ActionJson json) {
    return new Decoded.Action(LegalInput.action(json));
  }

  private LegalActions.Item create(Agency issuer, @Nullable String tlp, Decoded record) {
    String code = given(tlp);
    var marking =
        MarkingInput.marking(
            new LegalJson.MarkingJson(code == null ? "amber" : code, null, null, null, null));
    return LegalActions.item(records.create(issuer, marking, Set.of(), record));
  }

  private static LegalJson.@Nullable PersonJson person(PersonForm f) {
    List<String> names = lines(f.names());
    if (names == null) {
      return null;
    }
    return new LegalJson.PersonJson(
        names,
        given(f.birthDate()),
        given(f.nationality()),
        given(f.sex()),
        documents(f.documentState(), f.documentNumber()));
  }

  private static @Nullable List<LegalJson.Document> documents(
      @Nullable String state, @Nullable String number) {
    String s = given(state);
    String n = given(number);
    return s == null && n == null ? null : List.of(new LegalJson.Document(s, n));
  }

  /** The non-blank lines of a text, stripped; null when there is none. */
  private static @Nullable List<String> lines(@Nullable String text) {
    if (text == null) {
      return null;
    }
    List<String> lines = text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    return lines.isEmpty() ? null : lines;
  }

  private static @Nullable String given(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
