package org.mekong.core.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.mekong.core.agency.AgencyKind;

/**
 * Recipients × paths × fields × consent, enumerated against a table written out by hand: a change
 * of the policy must change this table too.
 */
class DisclosurePolicyTest {

  private static final String PERSON =
      "birth-date contact documents exploitation languages names nationalities needs sex";
  private static final String SEARCH = "birth-date names nationalities sex";
  private static final String MANIFEST =
      "birth-date documents languages names nationalities needs sex";

  /** recipient → path → the fields it sees with consent or an override. */
  private static final Map<Recipient, Map<DisclosurePath, String>> WITH_CONSENT =
      Map.of(
          Recipient.CREATOR,
          Map.of(
              DisclosurePath.PERSON_READ, PERSON,
              DisclosurePath.PERSON_SEARCH, SEARCH,
              DisclosurePath.CASE_READ, "cases names",
              DisclosurePath.DETERMINATIONS, "determinations names",
              DisclosurePath.MANIFEST_READ, MANIFEST),
          Recipient.CONSUL_OF_NATIONALITY,
          Map.of(
              DisclosurePath.PERSON_READ,
                  "birth-date contact documents languages names nationalities needs sex",
              DisclosurePath.PERSON_SEARCH, SEARCH,
              DisclosurePath.CASE_READ, "cases names",
              DisclosurePath.DETERMINATIONS, "determinations names",
              DisclosurePath.MANIFEST_READ, MANIFEST),
          Recipient.RECEIVER,
          Map.of(
              DisclosurePath.PERSON_READ, MANIFEST,
              DisclosurePath.PERSON_SEARCH, SEARCH,
              DisclosurePath.CASE_READ, "cases names",
              DisclosurePath.DETERMINATIONS, "determinations names",
              DisclosurePath.MANIFEST_READ, MANIFEST),
          Recipient.LAW_ENFORCEMENT,
          Map.of(
              DisclosurePath.PERSON_READ,
                  "birth-date documents exploitation names nationalities sex",
              DisclosurePath.PERSON_SEARCH, SEARCH,
              DisclosurePath.CASE_READ, "cases names",
              DisclosurePath.DETERMINATIONS, "determinations names",
              DisclosurePath.MANIFEST_READ, "birth-date documents names nationalities sex"),
          Recipient.IMMIGRATION,
          Map.of(
              DisclosurePath.PERSON_READ, "birth-date documents names nationalities sex",
              DisclosurePath.PERSON_SEARCH, SEARCH,
              DisclosurePath.CASE_READ, "cases names",
              DisclosurePath.DETERMINATIONS, "names",
              DisclosurePath.MANIFEST_READ, "birth-date documents names nationalities sex"));

  @Test
  void everyRecipientSeesOnEveryPathExactlyItsRowOfTheTable() {
    List<String> failures = new ArrayList<>();
    for (Recipient recipient : Recipient.values()) {
      for (DisclosurePath path : DisclosurePath.values()) {
        for (boolean consent : new boolean[] {true, false}) {
          Set<String> expected = new TreeSet<>();
          if (consent || recipient == Recipient.CREATOR) {
            String row = WITH_CONSENT.getOrDefault(recipient, Map.of()).getOrDefault(path, "");
            expected.addAll(List.of(row.isEmpty() ? new String[0] : row.split(" ")));
          }
          Set<String> actual = new TreeSet<>();
          DisclosurePolicy.visible(recipient, consent, path).forEach(f -> actual.add(Codes.of(f)));
          for (PersonField field : PersonField.values()) {
            String code = Codes.of(field);
            if (expected.contains(code) != actual.contains(code)) {
              failures.add(
                  recipient
                      + " × "
                      + path
                      + " × "
                      + code
                      + " × consent "
                      + consent
                      + ": expected "
                      + (expected.contains(code) ? "visible" : "withheld"));
            }
          }
        }
      }
    }
    assertThat(failures).isEmpty();
  }

  /** relation → the fields a partner node's agency receives with consent or an override. */
  private static final Map<Recipient, String> ACROSS_NODES =
      Map.of(
          Recipient.CONSUL_OF_NATIONALITY,
          "birth-date contact determinations documents languages names nationalities needs sex",
          Recipient.RECEIVER,
          "birth-date cases determinations documents languages names nationalities needs sex");

  @Test
  void aPartnerNodesAgencyReceivesOnlyAsReceiverOrConsulAndOnlyWithConsent() {
    List<String> failures = new ArrayList<>();
    for (Recipient relation : Recipient.values()) {
      for (boolean consent : new boolean[] {true, false}) {
        Set<String> expected = new TreeSet<>();
        String row = consent ? ACROSS_NODES.getOrDefault(relation, "") : "";
        expected.addAll(List.of(row.isEmpty() ? new String[0] : row.split(" ")));
        Set<String> actual = new TreeSet<>();
        DisclosurePolicy.acrossNodes(relation, consent).forEach(f -> actual.add(Codes.of(f)));
        if (!expected.equals(actual)) {
          failures.add(relation + " × consent " + consent + ": " + actual + " not " + expected);
        }
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void screeningClientsSeeNothingWhateverTheirRelationToTheRecord() {
    for (boolean consul : new boolean[] {true, false}) {
      for (boolean receiver : new boolean[] {true, false}) {
        Recipient recipient =
            Recipient.of(AgencyKind.SCREENING_CLIENT, false, false, consul, receiver);
        for (DisclosurePath path : DisclosurePath.values()) {
          assertThat(DisclosurePolicy.visible(recipient, true, path)).isEmpty();
        }
      }
    }
  }

  @Test
  void theClosestRelationDecidesTheRecipient() {
    assertThat(Recipient.of(AgencyKind.LAW_ENFORCEMENT, false, true, false, true))
        .isEqualTo(Recipient.CREATOR);
    assertThat(Recipient.of(AgencyKind.CONSULAR, false, false, true, true))
        .isEqualTo(Recipient.CONSUL_OF_NATIONALITY);
    assertThat(Recipient.of(AgencyKind.CONSULAR, false, false, false, false))
        .isEqualTo(Recipient.OTHER_CONSUL);
    assertThat(Recipient.of(AgencyKind.IMMIGRATION, false, false, false, true))
        .isEqualTo(Recipient.RECEIVER);
    assertThat(Recipient.of(AgencyKind.LAW_ENFORCEMENT, true, true, false, false))
        .isEqualTo(Recipient.PARTNER);
  }
}
