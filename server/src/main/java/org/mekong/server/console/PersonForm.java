package org.mekong.server.console;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mekong.core.casework.Codes;
import org.mekong.core.casework.ControlMethod;
import org.mekong.core.casework.DocumentType;
import org.mekong.core.casework.ExploitationType;
import org.mekong.core.casework.Need;
import org.mekong.core.casework.RecruitmentChannel;
import org.mekong.core.casework.RecruitmentMethod;
import org.mekong.core.casework.Sex;
import org.mekong.server.casework.PersonActions;
import org.springframework.util.MultiValueMap;

/**
 * The new-person form as typed: names one per line, nationalities and languages separated by commas
 * or spaces, up to {@link #DOCUMENT_ROWS} documents, the closed sets as ticked boxes.
 */
record PersonForm(
    String names,
    String birthDate,
    String sex,
    String nationalities,
    List<PersonActions.NewDocument> documents,
    String languages,
    String contact,
    List<String> needs,
    List<String> recruitmentMethods,
    List<String> recruitmentChannels,
    List<String> controlMethods,
    List<String> types) {

  /** How many document rows the form shows. */
  static final int DOCUMENT_ROWS = 2;

  /** The closed sets the form offers, by the name of their field. */
  static final Map<String, List<String>> CHOICES =
      Map.of(
          "sex", codes(Sex.class),
          "documentTypes", codes(DocumentType.class),
          "needs", codes(Need.class),
          "recruitmentMethods", codes(RecruitmentMethod.class),
          "recruitmentChannels", codes(RecruitmentChannel.class),
          "controlMethods", codes(ControlMethod.class),
          "types", codes(ExploitationType.class));

  static PersonForm empty() {
    List<PersonActions.NewDocument> documents = new ArrayList<>();
    for (int i = 0; i < DOCUMENT_ROWS; i++) {
      documents.add(new PersonActions.NewDocument("passport", "", "", ""));
    }
    return new PersonForm(
        "", "", "unknown", "", documents, "", "", List.of(), List.of(), List.of(), List.of(),
        List.of());
  }

  static PersonForm of(MultiValueMap<String, String> params) {
    List<PersonActions.NewDocument> documents = new ArrayList<>();
    for (int i = 0; i < DOCUMENT_ROWS; i++) {
      documents.add(
          new PersonActions.NewDocument(
              one(params, "doc" + i + "-type"),
              one(params, "doc" + i + "-number"),
              one(params, "doc" + i + "-issuingState"),
              one(params, "doc" + i + "-expiry")));
    }
    return new PersonForm(
        one(params, "names"),
        one(params, "birthDate"),
        one(params, "sex"),
        one(params, "nationalities"),
        documents,
        one(params, "languages"),
        one(params, "contact"),
        all(params, "needs"),
        all(params, "recruitmentMethods"),
        all(params, "recruitmentChannels"),
        all(params, "controlMethods"),
        all(params, "types"));
  }

  /** The person the API is asked to create. */
  PersonActions.NewPerson typed() {
    return new PersonActions.NewPerson(
        names.lines().map(String::strip).filter(l -> !l.isEmpty()).toList(),
        birthDate,
        sex,
        split(nationalities),
        documents,
        split(languages),
        contact,
        needs,
        recruitmentMethods,
        recruitmentChannels,
        controlMethods,
        types);
  }

  /**
   * The form's field for a field the API names: {@code documents[1].number} is the number of the
   * second document row that was filled in; indices of other lists dropped.
   */
  String field(String api) {
    if (api.startsWith("documents[")) {
      int close = api.indexOf(']');
      int index = Integer.parseInt(api.substring("documents[".length(), close));
      int row = -1;
      for (int i = 0, filled = -1; i < documents.size(); i++) {
        if (!documents.get(i).blank()) {
          filled++;
        }
        if (filled == index) {
          row = i;
          break;
        }
      }
      String part = api.substring(close + 1);
      return row < 0
          ? "documents"
          : "doc" + row + (part.isEmpty() ? "" : "-" + Refusals.last(part));
    }
    return Refusals.last(api);
  }

  private static List<String> split(String text) {
    return Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
  }

  private static String one(MultiValueMap<String, String> params, String name) {
    @Nullable String value = params.getFirst(name);
    return value == null ? "" : value;
  }

  private static List<String> all(MultiValueMap<String, String> params, String name) {
    List<String> values = params.get(name);
    return values == null ? List.of() : List.copyOf(values);
  }

  private static List<String> codes(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Codes::of).toList();
  }
}
