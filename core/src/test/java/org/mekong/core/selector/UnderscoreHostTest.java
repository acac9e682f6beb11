package org.mekong.core.selector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Host names with {@code _} in a label below the registrable domain, as phishing lists hold. */
class UnderscoreHostTest {

  private static Parsed domain(String raw) {
    return Selectors.parse(raw, SelectorType.DOMAIN, null);
  }

  @Test
  void aPhishingHostWithUnderscoresBelowTheRegistrableDomainIsADomain() {
    Parsed parsed = domain("bluewin_login_accountsmail.godaddysites.com");
    assertThat(parsed).isInstanceOf(Parsed.Valid.class);
    DomainName name = (DomainName) ((Parsed.Valid) parsed).selector();
    assertThat(name.name()).isEqualTo("bluewin_login_accountsmail.godaddysites.com");
    assertThat(name.registrable()).isEqualTo("godaddysites.com");
    assertThat(name.publicSuffix()).isEqualTo("com");

    DomainName deeper =
        (DomainName) ((Parsed.Valid) domain("Secure_Login.Online_Bank.example.co.th.")).selector();
    assertThat(deeper.name()).isEqualTo("secure_login.online_bank.example.co.th");
    assertThat(deeper.registrable()).isEqualTo("example.co.th");
    assertThat(Selectors.parse("login_page.example.com", null, null))
        .as("detected without a type hint")
        .isInstanceOf(Parsed.Valid.class);
  }

  @Test
  void underscoresStayOutOfTheRegistrableDomainAndTheSuffixAndOffLabelEdges() {
    for (String raw :
        List.of(
            "bad_name.com",
            "www.bad_name.com",
            "example.co_m",
            "www.example.co_th",
            "_dmarc.example.com",
            "a_.example.com",
            "a._.example.com")) {
      assertThat(domain(raw)).as(raw).isInstanceOf(Parsed.Invalid.class);
    }
    assertThat(((Parsed.Invalid) domain("www.bad_name.com")).reason())
        .isEqualTo("'_' may appear only in labels below the registrable domain: bad_name.com");
  }

  @Test
  void eMailAndUrlHostsKeepTheStrictRule() {
    assertThat(Selectors.parse("a@mail_box.example.com", SelectorType.EMAIL, null))
        .isInstanceOf(Parsed.Invalid.class);
  }

  @Test
  void anUnderscoreInsideAnyLabelBelowTheRegistrableDomainKeepsTheRestOfTheParse() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    RandomDomainNames names = new RandomDomainNames(random);
    int checked = 0;
    for (int i = 0; i < 50_000; i++) {
      if (!(domain(names.next()) instanceof Parsed.Valid(DomainName name))) {
        continue;
      }
      String below =
          name.name().substring(0, Math.max(0, name.name().length() - name.registrable().length()));
      String registrableLabel = name.registrable().substring(0, name.registrable().indexOf('.'));
      if (registrableLabel.length() >= 3) {
        String spoiled =
            below
                + underscoreInside(registrableLabel, random)
                + name.registrable().substring(registrableLabel.length());
        assertThat(domain(spoiled))
            .as("seed %d: %s", seed, spoiled)
            .isInstanceOf(Parsed.Invalid.class);
      }
      if (below.isEmpty()) {
        continue;
      }
      String[] labels = below.split("\\.");
      int which = random.nextInt(labels.length);
      if (labels[which].length() < 3) {
        continue;
      }
      labels[which] = underscoreInside(labels[which], random);
      String host = String.join(".", labels) + "." + name.registrable();
      Parsed parsed = domain(host);
      assertThat(parsed).as("seed %d: %s", seed, host).isInstanceOf(Parsed.Valid.class);
      DomainName withUnderscore = (DomainName) ((Parsed.Valid) parsed).selector();
      assertThat(withUnderscore.registrable())
          .as("seed %d: %s", seed, host)
          .isEqualTo(name.registrable());
      assertThat(withUnderscore.publicSuffix()).isEqualTo(name.publicSuffix());
      assertThat(domain(withUnderscore.name()))
          .as("seed %d: canonical form parses to itself", seed)
          .isEqualTo(parsed);
      checked++;
    }
    assertThat(checked).as("seed %d", seed).isGreaterThan(1_000);
  }

  /** The label (of 3 characters or more) with one inner character replaced by {@code _}. */
  private static String underscoreInside(String label, Random random) {
    int at = 1 + random.nextInt(label.length() - 2);
    return label.substring(0, at) + '_' + label.substring(at + 1);
  }
}
