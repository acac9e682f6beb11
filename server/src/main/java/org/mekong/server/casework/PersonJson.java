package org.mekong.server.casework;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.mekong.core.casework.Codes;
import org.mekong.core.casework.ControlMethod;
import org.mekong.core.casework.DocumentType;
import org.mekong.core.casework.Exploitation;
import org.mekong.core.casework.ExploitationType;
import org.mekong.core.casework.IdentityDocument;
import org.mekong.core.casework.Language;
import org.mekong.core.casework.Nationality;
import org.mekong.core.casework.Need;
import org.mekong.core.casework.Person;
import org.mekong.core.casework.PersonField;
import org.mekong.core.casework.PersonId;
import org.mekong.core.casework.PersonName;
import org.mekong.core.casework.RecruiterContact;
import org.mekong.core.casework.RecruitmentChannel;
import org.mekong.core.casework.RecruitmentMethod;
import org.mekong.core.casework.Sex;
import org.mekong.core.input.InvalidInputException;
import org.mekong.core.input.PartialDate;

/**
 * A person as the API takes and shows it, and as it is stored: one property per {@link PersonField}
 * (the HTCDS fields grouped under {@code exploitation}); a withheld field is absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record PersonJson(
    @Nullable List<String> names,
    @Nullable String birthDate,
    @Nullable String sex,
    @Nullable List<String> nationalities,
    @Nullable List<DocumentJson> documents,
    @Nullable List<String> languages,
    @Nullable String contact,
    @Nullable List<String> needs,
    @Nullable ExploitationJson exploitation) {

  /** An identity document. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record DocumentJson(
      @Nullable String type,
      @Nullable String number,
      @Nullable String issuingState,
      @Nullable String expiry) {}

  /** The Human Trafficking Case Data Standard's fields. */
  record ExploitationJson(
      @Nullable List<String> recruitmentMethods,
      @Nullable List<String> recruitmentChannels,
      @Nullable List<String> controlMethods,
      @Nullable List<String> types,
      @Nullable List<RecruiterJson> recruiters) {}

  /** A recruiter's handle, phone or account as told, and the channel it was used on. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record RecruiterJson(
      @Nullable String channel,
      @Nullable String type,
      @Nullable String value,
      @Nullable String region) {}

  /**
   * The core person this describes, every field checked.
   *
   * @throws InvalidInputException naming the first field at fault
   */
  Person toPerson(PersonId id, LocalDate today) {
    List<PersonName> parsedNames = each("names", names, PersonName::parse);
    if (parsedNames.isEmpty()) {
      throw new InvalidInputException("names", "must hold at least one name");
    }
    List<IdentityDocument> docs = new ArrayList<>();
    List<DocumentJson> given = limited("documents", documents);
    for (int i = 0; i < given.size(); i++) {
      docs.add(document("documents[" + i + "]", given.get(i)));
    }
    ExploitationJson e =
        exploitation == null ? new ExploitationJson(null, null, null, null, null) : exploitation;
    if (contact != null && contact.length() > Person.MAX_CONTACT) {
      throw new InvalidInputException("contact", "is longer than " + Person.MAX_CONTACT);
    }
    return new Person(
        id,
        parsedNames,
        birthDate == null ? null : PartialDate.parseBirthDate("birthDate", birthDate, today),
        sex == null ? Sex.UNKNOWN : Codes.parse(Sex.class, "sex", sex),
        each("nationalities", nationalities, Nationality::parse),
        docs,
        each("languages", languages, Language::parse),
        contact == null || contact.isBlank() ? null : contact.strip(),
        Set.copyOf(codes("needs", needs, Need.class)),
        new Exploitation(
            Set.copyOf(
                codes(
                    "exploitation.recruitmentMethods",
                    e.recruitmentMethods(),
                    RecruitmentMethod.class)),
            Set.copyOf(
                codes(
                    "exploitation.recruitmentChannels",
                    e.recruitmentChannels(),
                    RecruitmentChannel.class)),
            Set.copyOf(
                codes("exploitation.controlMethods", e.controlMethods(), ControlMethod.class)),
            Set.copyOf(codes("exploitation.types", e.types(), ExploitationType.class)),
            recruiters(e.recruiters())));
  }

  private static List<RecruiterContact> recruiters(@Nullable List<RecruiterJson> given) {
    List<RecruiterContact> out = new ArrayList<>();
    if (given == null) {
      return out;
    }
    if (given.size() > Exploitation.MAX_RECRUITERS) {
      throw new InvalidInputException(
          "exploitation.recruiters", "holds more than " + Exploitation.MAX_RECRUITERS + " items");
    }
    for (int i = 0; i < given.size(); i++) {
      String field = "exploitation.recruiters[" + i + "]";
      RecruiterJson r = given.get(i);
      if (r == null) {
        throw new InvalidInputException(field, "is null");
      }
      out.add(RecruiterContact.parse(field, r.channel(), r.type(), r.value(), r.region()));
    }
    return out;
  }

  /** The JSON of a core person, every field present. */
  static PersonJson of(Person p) {
    return new PersonJson(
        p.names().stream().map(PersonName::value).toList(),
        p.birthDate() == null ? null : p.birthDate().toString(),
        Codes.of(p.sex()),
        p.nationalities().stream().map(Nationality::code).toList(),
        p.documents().stream()
            .map(
                d ->
                    new DocumentJson(
                        Codes.of(d.type()),
                        d.number(),
                        d.issuingState().code(),
                        d.expiry() == null ? null : d.expiry().toString()))
            .toList(),
        p.languages().stream().map(Language::code).toList(),
        p.contact(),
        sorted(p.needs()),
        new ExploitationJson(
            sorted(p.exploitation().recruitmentMethods()),
            sorted(p.exploitation().recruitmentChannels()),
            sorted(p.exploitation().controlMethods()),
            sorted(p.exploitation().types()),
            p.exploitation().recruiters().stream()
                .map(
                    r ->
                        new RecruiterJson(
                            Codes.of(r.channel()),
                            r.type() == null ? null : r.type().code(),
                            r.value(),
                            r.region() == null ? null : r.region().value()))
                .toList()));
  }

  /** This JSON with only {@code fields} present. */
  PersonJson only(Set<PersonField> fields) {
    return new PersonJson(
        fields.contains(PersonField.NAMES) ? names : null,
        fields.contains(PersonField.BIRTH_DATE) ? birthDate : null,
        fields.contains(PersonField.SEX) ? sex : null,
        fields.contains(PersonField.NATIONALITIES) ? nationalities : null,
        fields.contains(PersonField.DOCUMENTS) ? documents : null,
        fields.contains(PersonField.LANGUAGES) ? languages : null,
        fields.contains(PersonField.CONTACT) ? contact : null,
        fields.contains(PersonField.NEEDS) ? needs : null,
        fields.contains(PersonField.EXPLOITATION) ? exploitation : null);
  }

  static IdentityDocument document(String field, @Nullable DocumentJson d) {
    if (d == null) {
      throw new InvalidInputException(field, "is null");
    }
    if (d.number() == null) {
      throw new InvalidInputException(field + ".number", "is required");
    }
    if (d.issuingState() == null) {
      throw new InvalidInputException(field + ".issuingState", "is required");
    }
    LocalDate expiry = null;
    if (d.expiry() != null) {
      try {
        expiry = LocalDate.parse(d.expiry());
      } catch (DateTimeParseException e) {
        throw new InvalidInputException(
            field + ".expiry", "is not a date of the calendar YYYY-MM-DD");
      }
    }
    return new IdentityDocument(
        d.type() == null
            ? DocumentType.PASSPORT
            : Codes.parse(DocumentType.class, field + ".type", d.type()),
        IdentityDocument.number(field + ".number", d.number()),
        Nationality.parse(field + ".issuingState", d.issuingState()),
        expiry);
  }

  private static <T> List<T> each(
      String field, @Nullable List<String> values, BiFunction<String, String, T> parse) {
    List<T> out = new ArrayList<>();
    List<String> given = limited(field, values);
    for (int i = 0; i < given.size(); i++) {
      String value = given.get(i);
      if (value == null) {
        throw new InvalidInputException(field + "[" + i + "]", "is null");
      }
      out.add(parse.apply(field + "[" + i + "]", value));
    }
    return out;
  }

  private static <E extends Enum<E>> List<E> codes(
      String field, @Nullable List<String> values, Class<E> type) {
    return each(field, values, (f, v) -> Codes.parse(type, f, v));
  }

  private static <T> List<T> limited(String field, @Nullable List<T> values) {
    if (values == null) {
      return List.of();
    }
    if (values.size() > Person.MAX_ITEMS) {
      throw new InvalidInputException(field, "holds more than " + Person.MAX_ITEMS + " items");
    }
    return values;
  }

  private static List<String> sorted(Set<? extends Enum<?>> values) {
    return values.stream().map(Codes::of).sorted().toList();
  }
}
