package org.mekong.core.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mekong.core.input.InvalidInputException;
import org.mekong.core.selector.IpAddress;
import org.mekong.core.selector.Parsed;
import org.mekong.core.selector.Selector;
import org.mekong.core.selector.SelectorType;
import org.mekong.core.selector.Selectors;

class RequestPayloadTest {

  @Test
  void aFreezeTakesAccountsAndWalletsOnlyAndNamesTheItemThatIsNot() {
    Selector account = selector("TH:KASITHBK:1234567890", SelectorType.BANK_ACCOUNT);
    Selector phone = selector("+66812345678", SelectorType.PHONE);
    assertThat(new RequestPayload.Freeze(List.of(account)).targets())
        .extracting(Target::key)
        .containsExactly("bank-account:TH:KASITHBK:1234567890");
    assertThatThrownBy(() -> new RequestPayload.Freeze(List.of(account, phone)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("payload.accounts[1]")
        .hasMessageContaining("bank-account, wallet");
    assertThatThrownBy(() -> new RequestPayload.Freeze(List.of()))
        .hasMessageContaining("payload.accounts must list at least one item");
    assertThatThrownBy(() -> new RequestPayload.Freeze(List.of(account, account)))
        .hasMessageContaining("lists an item twice");
  }

  @Test
  void aCutServiceListsWhatServesTheAreaAndEachIsATarget() {
    CellSite cell = CellSite.parse(" 414-09-01201-300451 ").orElseThrow();
    assertThat(cell.canonical()).isEqualTo("414-09-1201-300451");
    IpAddress range = (IpAddress) selector("103.77.48.0/22", SelectorType.IP);
    SatelliteTerminal terminal = SatelliteTerminal.parse("Starlink:kit304125478").orElseThrow();
    var cut =
        new RequestPayload.CutService(
            "KK Park, Myawaddy",
            Set.of(Service.INTERNET, Service.POWER),
            List.of(cell),
            List.of(range),
            List.of(terminal));
    assertThat(cut.kind()).isEqualTo(RequestKind.CUT_SERVICE);
    assertThat(cut.targets())
        .extracting(Target::key)
        .containsExactly(
            "cell-site:414-09-1201-300451",
            "ip:103.77.48.0/22",
            "satellite-terminal:starlink:KIT304125478");
    assertThatThrownBy(
            () ->
                new RequestPayload.CutService(
                    "KK Park", Set.of(Service.POWER), List.of(), List.of(), List.of()))
        .hasMessageContaining("payload.cellSites");
    assertThat(CellSite.parse("414-09-16777216-1")).isEmpty();
    assertThat(CellSite.parse("114-09-1-1")).isEmpty();
    assertThat(SatelliteTerminal.parse("KIT304125478")).isEmpty();
  }

  @Test
  void anExecutionNamesWhatTheRequestDidNotAskFor() {
    Selector account = selector("TH:KASITHBK:1234567890", SelectorType.BANK_ACCOUNT);
    Selector other = selector("TH:KASITHBK:9999999999", SelectorType.BANK_ACCOUNT);
    var freeze = new RequestPayload.Freeze(List.of(account));
    var fine = new Execution(List.of(new Target.OfSelector(account)), List.of(), "frozen");
    assertThat(fine.unrequested(freeze)).isNull();
    var stray = new Execution(List.of(), List.of(new Target.OfSelector(other)), "");
    assertThat(stray.unrequested(freeze)).isEqualTo(new Target.OfSelector(other));
    assertThatThrownBy(() -> new Execution(List.of(), List.of(), ""))
        .hasMessageContaining("executed");
  }

  @Test
  void aReplyNeedsSomethingAndTextIsChecked() {
    assertThatThrownBy(() -> new Reply(" ", List.of(), List.of(), List.of(), List.of()))
        .hasMessageContaining("text is required");
    assertThatThrownBy(() -> new RequestAction.Refuse(""))
        .hasMessageContaining("reason is required");
    assertThatThrownBy(() -> new Document("report", null, null)).hasMessageContaining("text");
    assertThatThrownBy(
            () -> new Document("report", null, java.net.URI.create("file:///etc/passwd")))
        .hasMessageContaining("url");
    assertThatThrownBy(() -> new RequestPayload.Information("what\u0000", List.of()))
        .hasMessageContaining("payload.question")
        .hasMessageContaining("NUL");
  }

  private static Selector selector(String value, SelectorType type) {
    return switch (Selectors.parse(value, type, null)) {
      case Parsed.Valid v -> v.selector();
      case Parsed.Invalid i -> throw new AssertionError(i.reason());
      case Parsed.Ambiguous a -> throw new AssertionError(a.reason());
    };
  }
}
