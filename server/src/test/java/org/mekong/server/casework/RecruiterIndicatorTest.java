package org.mekong.server.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;

/**
 * A recruiter's handle, phone or account in a case's recruitment record becomes an indicator in one
 * call, by the indicator API's rules, and the case lists it; a contact that reads as no selector is
 * refused with the reason and the recorded contact it concerns.
 */
class RecruiterIndicatorTest {

  private static SeededNode node;
  private static Http http;

  @BeforeAll
  static void start() {
    node = TestNodes.shared();
    http = node.http();
  }

  private static Http.Response post(String agency, String path, String body) {
    return http.post(path, node.keyOf(agency), body);
  }

  /** A rescued person of Myanmar's police who told of four recruiter contacts; the case's id. */
  private static String caseWithRecruiters(String handle) {
    Http.Response person =
        post(
            "mm-police",
            "/api/v1/casework/persons",
            """
            {"names": ["陈小明", "Chen Xiaoming"], "nationalities": ["CHN"],
             "exploitation": {"recruitmentChannels": ["telegram", "phone-call"],
               "recruiters": [
                 {"channel": "telegram", "value": "@%s"},
                 {"channel": "phone-call", "type": "phone", "value": "081 234 %s", "region": "TH"},
                 {"channel": "telegram", "value": "ab"},
                 {"channel": "phone-call", "type": "phone", "value": "12345", "region": "TH"}]}}
            """
                .formatted(
                    handle, handle.substring(handle.length() - 4).replaceAll("[^0-9]", "7")));
    assertThat(person.status()).as(person.body()).isEqualTo(201);
    assertThat(person.json().get("person").get("exploitation").get("recruiters")).hasSize(4);
    Http.Response opened =
        post(
            "mm-police",
            "/api/v1/casework/cases",
            "{\"person\": \""
                + person.json().get("id").asString()
                + "\", \"event\": "
                + CaseworkFixtures.event("rescued", "")
                + "}");
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    return opened.json().get("id").asString();
  }

  @Test
  void aRecruitersHandleBecomesAnIndicatorLinkedToTheCaseInOneCall() {
    String handle = "kkhr" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    String caseId = caseWithRecruiters(handle);
    String path = "/api/v1/casework/cases/" + caseId + "/recruiter-indicators";

    Http.Response telegram = post("mm-police", path, "{\"recruiter\": 0, \"tlp\": \"amber\"}");
    assertThat(telegram.status()).as(telegram.body()).isEqualTo(201);
    assertThat(telegram.json().get("outcome").asString()).isEqualTo("created");
    String indicatorId = telegram.json().get("indicatorId").asString();
    assertThat(indicatorId).startsWith("indicator--");
    assertThat(telegram.json().get("caseId").asString()).isEqualTo(caseId);

    Http.Response indicator =
        http.get("/api/v1/indicators/" + indicatorId, node.keyOf("mm-police"));
    assertThat(indicator.status()).as(indicator.body()).isEqualTo(200);
    assertThat(indicator.json().get("selector").get("canonical").asString())
        .isEqualTo("telegram:" + handle);
    assertThat(indicator.json().get("categories").get(0).asString()).isEqualTo("recruitment-lure");
    assertThat(indicator.json().get("tlp").asString()).isEqualTo("amber");

    Http.Response phone =
        post("mm-police", path, "{\"recruiter\": 1, \"categories\": [\"recruitment-lure\"]}");
    assertThat(phone.status()).as(phone.body()).isEqualTo(201);
    assertThat(phone.json().get("indicator").get("selector").get("canonical").asString())
        .startsWith("+668123");

    Http.Response again = post("mm-police", path, "{\"recruiter\": 0, \"tlp\": \"amber\"}");
    assertThat(again.status()).as(again.body()).isEqualTo(200);
    assertThat(again.json().get("indicatorId").asString()).isEqualTo(indicatorId);

    Http.Response read = http.get("/api/v1/casework/cases/" + caseId, node.keyOf("mm-police"));
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().get("recruiterIndicators")).hasSize(2);
    assertThat(read.json().get("recruiterIndicators").get(0).get("indicatorId").asString())
        .isEqualTo(indicatorId);
    assertThat(read.json().get("recruiterIndicators").get(0).get("recruiter").asInt()).isZero();
  }

  @Test
  void aContactThatReadsAsNoSelectorIsRefusedWithTheReasonAndNothingIsPublished() {
    String caseId =
        caseWithRecruiters("kkbad" + UUID.randomUUID().toString().replace("-", "").substring(0, 9));
    String path = "/api/v1/casework/cases/" + caseId + "/recruiter-indicators";
    String[][] refusals = {
      {"{\"recruiter\": 2}", "exploitation.recruiters[2].value", "'ab'"},
      {"{\"recruiter\": 3}", "exploitation.recruiters[3].value", "'12345'"},
      {"{\"recruiter\": 9}", "'recruiter'", "0 to 3"},
      {"{}", "'recruiter'", "required"},
      {"{\"recruiter\": 0, \"tlp\": \"purple\"}", "'tlp'", "amber"},
      {"{\"recruiter\": 0, \"categories\": [\"nope\"]}", "'categories'", "nope"},
      {"{\"recruiter\": 0, \"colour\": \"red\"}", "colour", ""},
    };
    for (String[] refusal : refusals) {
      Http.Response response = post("mm-police", path, refusal[0]);
      assertThat(response.status()).as(refusal[0] + " " + response.body()).isEqualTo(400);
      assertThat(response.contentType()).startsWith("application/problem+json");
      assertThat(response.json().get("detail").asString())
          .as(refusal[0])
          .contains(refusal[1], refusal[2]);
    }
    Http.Response read = http.get("/api/v1/casework/cases/" + caseId, node.keyOf("mm-police"));
    assertThat(read.json().get("recruiterIndicators")).isEmpty();

    Http.Response stranger = post("th-ccib", path, "{\"recruiter\": 0}");
    assertThat(stranger.status()).as("no consent: th-ccib sees no case").isEqualTo(404);
    Http.Response noCase =
        post(
            "mm-police",
            "/api/v1/casework/cases/" + UUID.randomUUID() + "/recruiter-indicators",
            "{\"recruiter\": 0}");
    assertThat(noCase.status()).isEqualTo(404);
  }

  @Test
  void aRecruiterContactIsCheckedWhenThePersonIsRecorded() {
    String[][] cases = {
      {"{\"channel\": \"myspace\", \"value\": \"x\"}", "exploitation.recruiters[0].channel"},
      {"{\"channel\": \"telegram\"}", "exploitation.recruiters[0].value"},
      {"{\"channel\": \"telegram\", \"type\": \"fax\", \"value\": \"x\"}", "recruiters[0].type"},
      {"{\"channel\": \"line\", \"value\": \"x\", \"region\": \"XX\"}", "recruiters[0].region"},
      {"null", "exploitation.recruiters[0]"},
    };
    for (String[] c : cases) {
      Http.Response response =
          post(
              "mm-police",
              "/api/v1/casework/persons",
              "{\"names\": [\"Somchai\"], \"exploitation\": {\"recruiters\": [" + c[0] + "]}}");
      assertThat(response.status()).as(c[0] + " " + response.body()).isEqualTo(400);
      assertThat(response.json().get("detail").asString()).as(c[0]).contains(c[1]);
    }
  }
}
