package org.mekong.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.mekong.server.demo.Credentials;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * The console in Debian's Chromium, headless, against a real node: a supervisor logs in with a TOTP
 * code, searches, publishes (first with mistakes the form explains), revokes, imports a file and
 * reads its rejected lines; a bank's fraud team reviews an alert; an analyst reads the federation
 * page and switches language. Nothing typed renders unescaped, the browser logs no error, and every
 * page is saved as a screenshot under {@code target/screenshots}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final String HOSTILE = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>";

  private static SeededNode seeded;
  private static WebDriver browser;
  private static Path profile;
  private static String base;

  /**
   * What Chrome answers when an element found a moment ago was replaced meanwhile (a reload, an
   * htmx swap): a stale element, or "Node with given id does not belong to the document". A wait
   * that reads an element ignores it and reads again.
   */
  private static final Class<org.openqa.selenium.WebDriverException> REPLACED =
      org.openqa.selenium.WebDriverException.class;

  private static String phone = "";
  private static String published = "";
  private static final List<String> browserErrors = new ArrayList<>();

  @BeforeAll
  static void start() throws IOException {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    assumeTrue(
        present || System.getenv("CI") != null,
        "Chromium is not installed: apt-get install chromium chromium-driver (.ci/run does)");
    seeded = TestNodes.startSeeded(TestNodes.newDataDir(), Map.of());
    base = seeded.node().baseUrl();
    Files.createDirectories(SCREENSHOTS);
    profile = Files.createTempDirectory("mekong-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,900",
        "--lang=en",
        "--user-data-dir=" + profile);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    seedAnAlert();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (seeded != null) {
      seeded.node().close();
      TestNodes.deleteRecursively(seeded.dataDir());
    }
    if (profile != null) {
      TestNodes.deleteRecursively(profile);
    }
  }

  @Test
  @Order(1)
  void aSupervisorLogsInWithTheCodeOfTheirAuthenticator() {
    open("/");
    assertThat(String.valueOf(browser.getCurrentUrl())).endsWith("/login");
    shot("01-login");
    accessible("login");
    Credentials.User supervisor = user("th-ccib.supervisor");
    type("username", supervisor.username());
    type("password", supervisor.password());
    click("login");
    assertThat(text("login-error")).contains("Wrong user name, password or code");
    shot("02-login-refused");
    type("username", supervisor.username());
    type("password", supervisor.password());
    type("code", Totp.code(String.valueOf(supervisor.totpSecret()), Instant.now()));
    click("login");
    assertThat(text("open-alerts")).isEqualTo("0");
    assertThat(browser.findElement(By.cssSelector(".person")).getText())
        .contains("th-ccib.supervisor")
        .contains("supervisor");
    assertThat(((JavascriptExecutor) browser).executeScript("return typeof htmx"))
        .as("htmx loaded from its WebJar")
        .isEqualTo("object");
    shot("03-home");
    accessible("home");
    noBrowserErrors();
  }

  @Test
  @Order(2)
  void theSearchBoxReadsANationalNumberAsTheApiDoes() {
    open("/console/search");
    String national = "0" + phone.substring(3);
    type("q", "+" + phone.substring(1));
    browser.findElement(By.id("q")).submit();
    WebElement result = waitFor(By.cssSelector("a.result"));
    assertThat(result.getText()).isEqualTo(phone);
    shot("04-search");
    accessible("search");
    type("q", national + "x");
    browser.findElement(By.id("q")).submit();
    assertThat(waitFor(By.id("search-problem")).getText()).contains("selector");
    noBrowserErrors();
  }

  @Test
  @Order(3)
  void thePublishFormExplainsEachMistakeNextToItsFieldThenPublishes() {
    open("/console/publish");
    select("type", "phone");
    type("value", "12");
    type("confidence", "lots");
    click("publish");
    assertThat(text("confidence-error")).contains("confidence");
    shot("05-publish-mistakes");
    accessible("publish with mistakes");
    type("confidence", "101");
    click("publish");
    assertThat(text("value-error")).contains("value");
    String fresh = randomThaiMobile();
    type("value", fresh);
    type("region", "TH");
    type("confidence", "70");
    select("tlp", "green");
    click("publish");
    assertThat(text("category-error")).contains("categor");
    select("category", "fraud.impersonation.authority");
    click("publish");
    assertThat(text("done")).contains("published");
    assertThat(text("selector")).isEqualTo(fresh);
    published =
        String.valueOf(browser.getCurrentUrl()).replaceAll(".*/console/indicators/([^?]+).*", "$1");
    shot("06-indicator");
    accessible("indicator");
    noBrowserErrors();
  }

  @Test
  @Order(4)
  void theOriginatorPublishesANewVersionThenRevokes() {
    open("/console/indicators/" + published);
    click("new-version");
    assertThat(browser.findElement(By.id("value")).getAttribute("value"))
        .as("the form starts from the indicator")
        .startsWith("+668");
    type("confidence", "90");
    type("description", "seen again in a fake police call");
    click("publish");
    assertThat(text("done")).contains("published");
    assertThat(browser.findElement(By.cssSelector(".timeline")).getText()).contains("Version 2");
    click("revoke");
    assertThat(text("revoked")).isEqualTo("revoked");
    assertThat(browser.findElements(By.id("revoke"))).isEmpty();
    shot("07-revoked");
    noBrowserErrors();
  }

  @Test
  @Order(5)
  void aBulkImportShowsItsProgressThenTheRejectedLines() throws IOException {
    open("/console/import");
    shot("08a-import");
    accessible("import");
    String run = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    Path file = Files.createTempFile(profile, "import-", ".csv");
    Files.writeString(
        file,
        """
        type,value,categories
        domain,a-%1$s.browser-import.net,fraud
        domain,not a domain,fraud
        domain,b-%1$s.browser-import.net,fraud
        """
            .formatted(run));
    browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
    select("format", "csv");
    select("tlp", "green");
    click("import");
    waitFor(By.cssSelector("#progress[data-state='done']"));
    assertThat(text("count-lines")).isEqualTo("3");
    assertThat(text("count-accepted")).isEqualTo("2");
    assertThat(text("count-rejected")).isEqualTo("1");
    assertThat(text("rejected")).contains("3").contains("not a domain");
    shot("08b-import-report");
    accessible("import report");
    noBrowserErrors();
  }

  @Test
  @Order(6)
  void nothingTypedIntoAnyFieldRendersUnescaped() {
    open("/console/publish");
    for (String field : List.of("value", "region", "confidence", "restriction", "evaluation")) {
      type(field, HOSTILE);
    }
    type("description", HOSTILE);
    click("publish");
    assertNothingInjected();
    shot("08-hostile-publish");
    open("/console/search");
    type("q", HOSTILE);
    browser.findElement(By.id("q")).submit();
    waitFor(By.id("search-problem"));
    assertNothingInjected();
    open("/console/indicators/" + published.replace("indicator", "x") + "%3Cscript%3E");
    assertNothingInjected();
    noBrowserErrors();
  }

  @Test
  @Order(7)
  void aBanksFraudTeamReviewsAnAlert() {
    signIn("th-chaophraya-mobile.screening-operator");
    assertThat(text("open-alerts")).isNotEqualTo("0");
    open("/console/alerts");
    shot("09-alerts");
    accessible("alerts");
    browser.findElements(By.cssSelector("a.alert-link")).getFirst().click();
    assertThat(text("alert-status")).isEqualTo("open");
    click("assign");
    assertThat(textOnceItIs("alert-status", "assigned")).isEqualTo("assigned");
    click("dismiss");
    assertThat(browser.findElements(By.id("problem")))
        .as("the browser asks for the required reason first")
        .isEmpty();
    type("reason", HOSTILE + " the caller was the bank's own hotline");
    click("confirm");
    assertThat(textOnceItIs("alert-status", "confirmed")).isEqualTo("confirmed");
    assertThat(browser.findElements(By.id("confirm"))).isEmpty();
    assertNothingInjected();
    shot("10-alert");
    accessible("alert");
    noBrowserErrors();
  }

  @Test
  @Order(8)
  void anAnalystReadsTheFederationPageAndSwitchesLanguage() {
    signIn("th-ccib.analyst");
    open("/console/federation");
    assertThat(text("partners")).contains("nowhere").contains("http://127.0.0.1:9");
    shot("11-federation");
    accessible("federation");
    String[][] languages = {
      {"zh", "搜索", "zh-CN"}, {"th", "ค้นหา", "th"}, {"my", "ရှာဖွေရန်", "my"}
    };
    for (String[] language : languages) {
      click("lang-" + language[0]);
      assertThat(browser.findElement(By.tagName("html")).getAttribute("lang"))
          .isEqualTo(language[2]);
      assertThat(browser.findElement(By.tagName("nav")).getText()).contains(language[1]);
      shot("12-federation-" + language[0]);
    }
    open("/");
    assertThat(browser.findElement(By.tagName("nav")).getText())
        .as("the choice is remembered")
        .contains("ရှာဖွေရန်");
    shot("13-home-my");
    accessible("home in Burmese");
    open("/console/search?q=" + phone);
    shot("14-search-my");
    click("lang-en");
    assertThat(browser.findElement(By.tagName("nav")).getText()).contains("Search");
    noBrowserErrors();
  }

  @Test
  @Order(9)
  void aBorderOfficerChecksAPassportZoneAndRecordsTheDecision() {
    org.mekong.server.legal.LegalFixtures.create(
        seeded,
        "th-immigration",
        "/api/v1/entry-bans",
        org.mekong.server.legal.LegalFixtures.ban(
            org.mekong.server.legal.LegalFixtures.person(
                "\"Kyaw Zin Thant\"", "1990-05-17", "MMR", "MA1234567"),
            "{\"tlp\": \"green\"}",
            "2036-01-01"));
    signIn("th-immigration.border-officer");
    waitFor(By.id("nav-border")).click();
    waitFor(By.id("mrz"));
    shot("15-border");
    accessible("border check");
    String zone =
        org.mekong.core.border.mrz.MrzComposer.compose(
            new org.mekong.core.border.mrz.MrzDocument(
                org.mekong.core.border.mrz.MrzFormat.TD3,
                "P",
                "MMR",
                "MA1234567",
                "MMR",
                java.time.LocalDate.parse("1990-05-17"),
                org.mekong.core.border.mrz.Sex.MALE,
                java.time.LocalDate.parse("2030-01-01"),
                "KYAW",
                "ZIN THANT",
                "",
                null,
                List.of()));
    type("mrz", zone.replace(" ", "\n"));
    click("border-check");
    assertThat(text("border-hits")).contains("certain").contains("refuse entry");
    assertThat(text("border-valid")).isEqualTo("valid");
    type("note", "Entry ban IB 77/2569 confirmed " + HOSTILE);
    click("decide-refused");
    assertThat(text("border-decision"))
        .contains("Refused")
        .contains("th-immigration.border-officer");
    assertThat(browser.findElements(By.id("decide-admitted"))).isEmpty();
    assertNothingInjected();
    shot("16-border-check");
    accessible("border check result");
    click("nav-requests");
    waitFor(By.id("box-all"));
    shot("17-requests");
    accessible("requests");
    noBrowserErrors();
  }

  @Test
  @Order(10)
  void theBorderOfficerAcceptsAManifestAndReadsCasesNoticesAndBans() {
    String manifest = seedAManifestAndANotice();
    open("/");
    assertThat(text("manifests-waiting")).isEqualTo("1");
    click("nav-manifests");
    waitFor(By.className("manifest-link")).click();
    waitFor(By.id("accept-0"));
    shot("18-manifest");
    accessible("manifest");
    click("accept-0");
    assertThat(textOnceItIs("manifest-counts", "0 pending, 1 accepted, 0 refused, 0 handed over"))
        .isEqualTo("0 pending, 1 accepted, 0 refused, 0 handed over");
    assertThat(String.valueOf(browser.getCurrentUrl())).endsWith("/console/manifests/" + manifest);
    click("nav-manifests");
    waitFor(By.id("manifests"));
    shot("19-manifests");
    accessible("manifests");
    click("nav-cases");
    waitFor(By.className("case-link")).click();
    waitFor(By.id("case-timeline"));
    shot("20-case");
    accessible("case");
    click("nav-cases");
    waitFor(By.id("cases"));
    shot("21-cases");
    accessible("cases");
    click("nav-legal");
    waitFor(By.className("legal-link")).click();
    waitFor(By.id("legal-standing"));
    shot("22-notice");
    accessible("notice");
    open("/console/entry-bans");
    waitFor(By.className("legal-link"));
    shot("23-entry-bans");
    accessible("entry bans");
    signIn("th-ccib.analyst");
    waitFor(By.id("nav-requests")).click();
    waitFor(By.id("new-request")).click();
    select("recipient", "th-chaophraya-mobile");
    select("kind", "suspension");
    type("subject", "Suspend this number " + HOSTILE);
    type("items", "not a selector");
    click("send-request");
    waitFor(By.id("items-error"));
    assertNothingInjected();
    shot("24-request-new");
    accessible("new request");
    type("items", randomThaiMobile());
    click("send-request");
    assertThat(text("request-countdown")).containsPattern("\\d+ (h|d) \\d+ (min|h) left");
    shot("25-request-sent");
    open("/console/notices/new");
    select("colour", "modus-operandi");
    type("title", "Modus operandi: fake police calls");
    type("summary", "Callers pose as police and demand a transfer");
    click("draft-notice");
    waitFor(By.id("legalBasis-error"));
    shot("26-notice-new");
    accessible("new notice");
    noBrowserErrors();
  }

  @Test
  @Order(20)
  void anOfficerCreatesAPersonOpensACaseAddsAnEventAndSendsAManifestThroughTheForms() {
    signIn("mm-police.analyst");
    waitFor(By.id("nav-new-person")).click();
    String name = "Htet Aung Lin " + ThreadLocalRandom.current().nextInt(1_000_000);
    type("names", name);
    type("birthDate", "2999-04");
    select("sex", "male");
    type("nationalities", "MMR");
    type("doc0-number", "MC" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999)));
    type("doc0-issuingState", "MMR");
    type("contact", "Shelter desk " + HOSTILE);
    click("needs-shelter");
    click("save-person");
    waitFor(By.id("birthDate-error"));
    assertNothingInjected();
    shot("31-person-new");
    accessible("new person");
    type("birthDate", "1997-04");
    click("save-person");
    if (!browser.findElements(By.id("duplicates")).isEmpty()) {
      click("save-person");
    }
    waitFor(By.id("open-case"));
    assertNothingInjected();
    shot("32-person");
    accessible("person");
    select("type", "rescued");
    at("2025-10-22T06:00");
    type("place", "Myawaddy");
    click("open-case");
    waitFor(By.id("record-event"));
    select("type", "identified");
    at("2025-10-23T06:00");
    type("place", "Mae Sot");
    ((JavascriptExecutor) browser).executeScript("window.stillThisPage = true");
    click("record-event");
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .ignoring(REPLACED)
        .until(d -> d.findElement(By.id("case-timeline")).getText().contains("Mae Sot"));
    assertThat(text("case-state")).isEqualTo("identity verified");
    assertThat(((JavascriptExecutor) browser).executeScript("return window.stillThisPage === true"))
        .as("the timeline updated in place by htmx, the page not reloaded")
        .isEqualTo(true);
    ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
    shot("33-case-event");
    accessible("case after an event");
    click("nav-manifests");
    waitFor(By.id("new-manifest")).click();
    type("person-search", name);
    waitFor(By.className("add-person")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .ignoring(REPLACED)
        .until(
            d ->
                !String.valueOf(d.findElement(By.id("persons")).getDomProperty("value")).isBlank());
    select("receiving", "th-immigration");
    select("mode", "flight");
    ((JavascriptExecutor) browser)
        .executeScript("document.getElementById('date').value = '2025-10-25'");
    type("reference", "FD 252");
    type("place", "Mae Sot airport");
    shot("34-manifest-new");
    accessible("new manifest");
    click("create-manifest");
    assertThat(textOnceItIs("manifest-counts", "1 pending, 0 accepted, 0 refused, 0 handed over"))
        .isEqualTo("1 pending, 0 accepted, 0 refused, 0 handed over");
    noBrowserErrors();
  }

  /** Sets the form's date and time picker, whose typing differs by locale. */
  private static void at(String localDateTime) {
    ((JavascriptExecutor) browser)
        .executeScript("document.getElementById('at').value = arguments[0]", localDateTime);
  }

  /** A manifest from mm-police to th-immigration of one consenting, identified person; its id. */
  private static String seedAManifestAndANotice() {
    Http http = seeded.http();
    assertThat(
            http.post(
                    "/api/v1/admin/agreements",
                    seeded.adminKey(),
                    "{\"from\": \"mm-police\", \"to\": \"th-immigration\","
                        + " \"categories\": [\"fraud\"]}")
                .status())
        .isIn(200, 201, 409);
    String police = seeded.keyOf("mm-police");
    Http.Response person =
        http.post(
            "/api/v1/casework/persons",
            police,
            "{\"names\": [\"Zhang Min\", \"张敏\"], \"birthDate\": \"1996\","
                + " \"nationalities\": [\"CHN\"]}");
    assertThat(person.status()).as(person.body()).isEqualTo(201);
    String id = person.json().get("id").asString();
    assertThat(
            http.post(
                    "/api/v1/casework/persons/" + id + "/consent",
                    police,
                    "{\"kind\": \"given\", \"recordedBy\": \"Pol. Maj. Aung\"}")
                .status())
        .isEqualTo(201);
    Http.Response opened =
        http.post(
            "/api/v1/casework/cases",
            police,
            "{\"person\": \""
                + id
                + "\", \"event\": {\"type\": \"rescued\", \"actingPerson\": \"Aung\","
                + " \"at\": \"2025-10-22T00:00:00Z\", \"place\": \"KK Park\"}}");
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    assertThat(
            http.post(
                    "/api/v1/casework/cases/" + opened.json().get("id").asString() + "/events",
                    police,
                    "{\"type\": \"identified\", \"actingPerson\": \"Aung\","
                        + " \"at\": \"2025-10-22T02:00:00Z\", \"place\": \"Myawaddy\"}")
                .status())
        .isEqualTo(201);
    Http.Response manifest =
        http.post(
            "/api/v1/casework/manifests",
            police,
            "{\"receiving\": \"th-immigration\", \"transport\": {\"mode\": \"on-foot\"},"
                + " \"date\": \"2025-10-23\", \"place\": \"Second Friendship Bridge\","
                + " \"actingPerson\": \"Aung\", \"persons\": [\""
                + id
                + "\"]}");
    assertThat(manifest.status()).as(manifest.body()).isEqualTo(201);
    org.mekong.server.legal.LegalFixtures.create(
        seeded,
        "th-immigration",
        "/api/v1/notices",
        org.mekong.server.legal.LegalFixtures.notice(
            "wanted",
            org.mekong.server.legal.LegalFixtures.person(
                "\"Kyaw Zin Thant\"", "1990-05-17", "MMR", "MA1234567"),
            "{\"tlp\": \"green\"}",
            ", \"legalBasis\": \"Arrest warrant 7/2569\""));
    return manifest.json().get("id").asString();
  }

  @Test
  @Order(11)
  void anOfficerSeesTheNetworkTheMapWithCountryOutlinesAndTheCharts() {
    Http.Response site =
        seeded
            .http()
            .post(
                "/api/v1/casework/sites",
                seeded.keyOf("th-ccib"),
                """
                {"name": "KK Park", "kind": "scam-compound", "country": "MM",
                 "coordinates": {"latitude": 16.6547, "longitude": 98.5097}}
                """);
    assertThat(site.status()).as(site.body()).isEqualTo(201);
    open("/console/indicators/" + published);
    click("network-link");
    WebElement graph = waitFor(By.cssSelector("#network-graph[data-rendered='true']"));
    assertThat(graph.getAttribute("data-nodes"))
        .as("the selector, the indicator and the agency that published it")
        .isEqualTo("3");
    assertThat(graph.findElements(By.tagName("canvas"))).isNotEmpty();
    shot("27-network");
    accessible("network");
    noBrowserErrors();

    click("nav-map");
    WebElement map = waitFor(By.cssSelector("#site-map[data-rendered='true']"));
    assertThat(Integer.parseInt(String.valueOf(map.getAttribute("data-countries"))))
        .as("country outlines drawn from the node's own copy")
        .isGreaterThan(150);
    assertThat(map.findElements(By.cssSelector(".leaflet-overlay-pane svg path")).size())
        .isGreaterThan(150);
    assertThat(Integer.parseInt(String.valueOf(map.getAttribute("data-sites")))).isPositive();
    shot("28-map");
    accessible("map");
    noBrowserErrors();

    click("nav-statistics");
    waitFor(By.cssSelector("#charts[data-rendered='true']"));
    for (String chart : List.of("chart-alerts", "chart-markings", "chart-categories")) {
      assertThat(browser.findElement(By.id(chart)).getAttribute("data-rendered"))
          .as(chart)
          .isEqualTo("true");
    }
    assertThat(browser.findElements(By.id("chart-cases"))).isNotEmpty();
    shot("29-statistics");
    accessible("statistics");
    click("lang-th");
    waitFor(By.cssSelector("#charts[data-rendered='true']"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("สถิติ");
    shot("30-statistics-th");
    click("lang-en");
    waitFor(By.cssSelector("#charts[data-rendered='true']"));
    noBrowserErrors();
  }

  @Test
  @Order(30)
  void anOfficerRecordsAnEntryBanAndAnAnalystAsksToCutServiceToACompound() {
    signIn("th-immigration.border-officer");
    open("/console/entry-bans");
    waitFor(By.id("new-record")).click();
    waitFor(By.id("proportionality"));
    type("names", "Min Thu");
    type("nationality", "MMR");
    type("reason", "Recruiter for a Myawaddy compound " + HOSTILE);
    type("issuingAuthority", "Immigration Bureau, Royal Thai Police");
    type("decisionReference", "IB 31/2569");
    type("offenceType", "fraud");
    type("start", "2026-11-01");
    click("save-record");
    waitFor(By.id("proportionality-error"));
    assertNothingInjected();
    shot("legal-form-entry-ban");
    accessible("new entry ban");
    type("proportionality", "Five years, weighed against his role as a recruiter");
    click("save-record");
    assertThat(text("legal-standing")).isEqualTo("in force");
    assertNothingInjected();
    shot("legal-form-entry-ban-saved");
    accessible("entry ban");
    logOut();

    signIn("th-ccib.analyst");
    open("/console/requests");
    waitFor(By.id("new-cut-service")).click();
    waitFor(By.id("cellSites"));
    select("recipient", "th-chaophraya-mobile");
    type("subject", "Cut service to KK Park " + HOSTILE);
    type("area", "KK Park, Myawaddy");
    type("cellSites", "414-09-1201-x");
    click("send-cut-service");
    waitFor(By.id("cellSites-error"));
    assertNothingInjected();
    shot("request-form-cut-service");
    accessible("new cut-service request");
    type("cellSites", "414-09-1201-300451\n414-09-1201-300452");
    type("ipRanges", "103.77.48.0/22");
    type("satelliteTerminals", "starlink:KIT304125478");
    click("send-cut-service");
    assertThat(text("request-countdown")).containsPattern("\\d+ h \\d+ min left");
    assertThat(text("request-payload"))
        .contains("internet, mobile")
        .contains("103.77.48.0/22")
        .contains("starlink:KIT304125478");
    assertNothingInjected();
    shot("request-form-cut-service-sent");
    accessible("cut-service request");
    noBrowserErrors();
  }

  /** Logs in as a demo user, first logging out whoever is logged in. */
  private static void signIn(String username) {
    open("/");
    if (!browser.findElements(By.id("logout")).isEmpty()) {
      logOut();
    }
    Credentials.User user = user(username);
    waitFor(By.id("username"));
    type("username", user.username());
    type("password", user.password());
    click("login");
    waitFor(By.id("logout"));
  }

  @Test
  @Order(40)
  void theCaseListPagesAndACaseOpensItsNetworkWithItsPerson() {
    Http http = seeded.http();
    String police = seeded.keyOf("mm-police");
    String person = "";
    String caseId = "";
    for (int i = 0; i < 2; i++) {
      Http.Response created =
          http.post(
              "/api/v1/casework/persons",
              police,
              "{\"names\": [\"Ma Thida Network\"], \"nationalities\": [\"MMR\"],"
                  + " \"exploitation\": {\"recruiters\": [{\"channel\": \"phone-call\","
                  + " \"type\": \"phone\", \"value\": \""
                  + randomThaiMobile()
                  + "\", \"region\": \"TH\"}]}}");
      assertThat(created.status()).as(created.body()).isEqualTo(201);
      person = created.json().get("id").asString();
      Http.Response opened =
          http.post(
              "/api/v1/casework/cases",
              police,
              "{\"person\": \""
                  + person
                  + "\", \"event\": {\"type\": \"rescued\", \"actingPerson\": \"Aung\","
                  + " \"at\": \"2025-10-2"
                  + (5 + i)
                  + "T00:00:00Z\", \"place\": \"Myawaddy\"}}");
      assertThat(opened.status()).as(opened.body()).isEqualTo(201);
      caseId = opened.json().get("id").asString();
    }
    Http.Response indicator =
        http.post(
            "/api/v1/casework/cases/" + caseId + "/recruiter-indicators",
            police,
            "{\"recruiter\": 0, \"tlp\": \"green\"}");
    assertThat(indicator.status()).as(indicator.body()).isEqualTo(201);
    signIn("mm-police.analyst");

    open("/console/cases?size=1");
    waitFor(By.id("cases-next")).click();
    waitFor(By.id("cases-first"));
    assertThat(String.valueOf(browser.getCurrentUrl())).contains("after=").contains("size=1");
    assertThat(browser.findElements(By.className("case-link"))).hasSize(1);
    shot("40-cases-older");
    accessible("cases-older");

    open("/console/cases/" + caseId);
    click("case-network");
    WebElement graph = waitFor(By.cssSelector("#network-graph[data-rendered='true']"));
    assertThat(Integer.parseInt(String.valueOf(graph.getAttribute("data-nodes"))))
        .as("the case, its person, the indicator, its selector and publishing agency")
        .isGreaterThanOrEqualTo(5);
    assertThat(text("network-persons")).contains("Ma Thida Network");
    assertThat(text("network-cases")).isNotBlank();
    shot("41-case-network");
    accessible("case-network");
    noBrowserErrors();
  }

  private static void seedAnAlert() {
    Http http = seeded.http();
    Http.Response agreement =
        http.post(
            "/api/v1/admin/agreements",
            seeded.adminKey(),
            "{\"from\":\"th-ccib\",\"to\":\"th-chaophraya-mobile\",\"categories\":[\"fraud\"]}");
    assertThat(agreement.status()).as(agreement.body()).isIn(200, 201);
    Http.Response partner =
        http.send(
            http.request("/api/v1/admin/federation/partners/nowhere", seeded.adminKey())
                .header("Content-Type", "application/json")
                .PUT(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"url\":\"http://127.0.0.1:9\",\"pollSeconds\":1}"))
                .build());
    assertThat(partner.status()).as(partner.body()).isIn(200, 201);
    phone = "+86138" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    Http.Response published =
        http.post(
            "/api/v1/indicators",
            seeded.keyOf("th-ccib"),
            "{\"type\":\"phone\",\"value\":\""
                + phone
                + "\",\"categories\":[\"fraud.impersonation.authority\"],\"confidence\":80,"
                + "\"tlp\":\"green\"}");
    assertThat(published.status()).as(published.body()).isEqualTo(201);
    String event =
        "{\"events\":[{\"kind\":\"call\",\"aNumber\":\""
            + phone
            + "\",\"bNumber\":\"66812345678\",\"start\":\"2026-11-28T08:15:02Z\","
            + "\"durationSeconds\":42}]}";
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (true) {
      Http.Response screened =
          http.post("/api/v1/screen/events", seeded.keyOf("th-chaophraya-mobile"), event);
      if (screened.status() == 200) {
        JsonNode result = screened.json().get("results").get(0);
        if (result.has("alert")) {
          return;
        }
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no alert within a minute: " + screened.body());
      }
      sleep();
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String randomThaiMobile() {
    return "+668" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
  }

  private static Credentials.User user(String username) {
    return seeded.credentials().users().stream()
        .filter(u -> u.username().equals(username))
        .findFirst()
        .orElseThrow();
  }

  private static void open(String path) {
    browser.get(base + path);
  }

  /** Logs out from a page of the console and waits for the login page. */
  private static void logOut() {
    open("/");
    waitFor(By.id("logout")).click();
    try {
      new WebDriverWait(browser, Duration.ofSeconds(20))
          .until(driver -> String.valueOf(driver.getCurrentUrl()).contains("/login"));
    } catch (org.openqa.selenium.TimeoutException e) {
      // the assertion shows where the browser is
    }
    assertThat(String.valueOf(browser.getCurrentUrl())).contains("/login");
  }

  private static void type(String id, String text) {
    WebElement field = browser.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  private static void select(String id, String value) {
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id(id))).selectByValue(value);
  }

  private static void click(String id) {
    browser.findElement(By.id(id)).click();
  }

  private static String text(String id) {
    return waitFor(By.id(id)).getText();
  }

  /**
   * The element's text once it reads {@code expected} (the page may still be reloading), or the
   * last read.
   */
  private static String textOnceItIs(String id, String expected) {
    try {
      new WebDriverWait(browser, Duration.ofSeconds(20))
          .ignoring(REPLACED)
          .until(driver -> expected.equals(driver.findElement(By.id(id)).getText()));
    } catch (org.openqa.selenium.TimeoutException e) {
      // the assertion shows what the page says
    }
    return text(id);
  }

  private static WebElement waitFor(By locator) {
    try {
      new WebDriverWait(browser, Duration.ofSeconds(20))
          .until(driver -> !driver.findElements(locator).isEmpty());
    } catch (org.openqa.selenium.TimeoutException e) {
      shot("failed-" + locator.toString().replaceAll("[^A-Za-z0-9-]", "_"));
      throw new AssertionError(
          "no " + locator + " on " + browser.getCurrentUrl() + ":\n" + browser.getPageSource(), e);
    }
    return browser.findElement(locator);
  }

  private static void assertNothingInjected() {
    assertThat(browser.findElements(By.cssSelector("main script, main img, main [onerror]")))
        .as("elements made of typed text")
        .isEmpty();
    try {
      browser.switchTo().alert();
      throw new AssertionError("a script typed into a field ran");
    } catch (NoAlertPresentException expected) {
      // nothing ran
    }
  }

  private static void noBrowserErrors() {
    for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
      String message = entry.getMessage();
      boolean deliberate =
          message.contains("Failed to load resource") && !message.matches(".*/(css|js|webjars)/.*");
      if (entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue() && !deliberate) {
        browserErrors.add(message);
      }
    }
    assertThat(browserErrors).as("errors in the browser's console").isEmpty();
  }

  /** Runs axe-core on the page: no serious or critical violation of WCAG 2 A/AA. */
  private static void accessible(String page) {
    com.deque.html.axecore.results.Results results =
        new com.deque.html.axecore.selenium.AxeBuilder()
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
            .analyze(browser);
    List<String> grave = new ArrayList<>();
    for (var rule : results.getViolations()) {
      if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
        grave.add(
            rule.getId()
                + " ("
                + rule.getImpact()
                + "): "
                + rule.getNodes().size()
                + " x "
                + rule.getNodes().getFirst().getHtml());
      }
    }
    assertThat(grave).as("serious or critical accessibility violations on " + page).isEmpty();
  }

  private static void shot(String name) {
    byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
    try {
      Files.write(SCREENSHOTS.resolve(name + ".png"), png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
