package org.mekong.core.selector;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.net.InternetDomainName;
import com.google.thirdparty.publicsuffix.PublicSuffixPatterns;
import java.net.IDN;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link DomainParser} and the {@link DomainName} invariants give what the former implementation
 * (IDN, split, regex and Guava's {@link InternetDomainName}, kept here as the reference) gave: the
 * same valid names and the same reasons for rejections.
 */
class DomainParserEquivalenceTest {

  private static final int NAMES = 250_000;

  @Test
  void seededRandomNamesParseAsTheReferenceDoes() {
    long seed = System.nanoTime();
    RandomDomainNames names = new RandomDomainNames(new Random(seed));
    Map<String, Integer> outcomes = new HashMap<>();
    for (int i = 0; i < NAMES; i++) {
      String raw = names.next();
      String expected = reference(raw);
      assertThat(outcome(DomainParser.parse(raw)))
          .as("seed %d: '%s'", seed, raw)
          .isEqualTo(expected);
      outcomes.merge(expected.replaceFirst(":.*", ""), 1, Integer::sum);
    }
    assertThat(outcomes)
        .as("seed %d: the corpus reaches every outcome", seed)
        .containsKeys(
            "valid",
            "empty domain name",
            "not a valid internationalised domain name",
            "a domain name has at most 253 characters",
            "a domain name needs at least two labels, e.g. example.com",
            "a label has letters, digits, hyphens and underscores only",
            "a label neither starts nor ends with a hyphen or underscore",
            "not a valid domain name");
    assertThat(outcomes.get("valid")).as("seed %d", seed).isGreaterThan(NAMES / 5);
  }

  @Test
  void everyListEntryAndItsChildrenParseAsTheReferenceDoes() {
    List<String> raws = new ArrayList<>();
    Stream.of(PublicSuffixPatterns.EXACT, PublicSuffixPatterns.UNDER, PublicSuffixPatterns.EXCLUDED)
        .flatMap(entries -> entries.keySet().stream())
        .forEach(
            entry -> {
              raws.add(entry);
              raws.add("x-1." + entry);
              raws.add("a.b." + entry.toUpperCase(Locale.ROOT) + ".");
            });
    raws.addAll(
        List.of(
            "www.ck",
            "a.www.ck",
            "bar.ck",
            "foo.bar.ck",
            "city.kawasaki.jp",
            "a.b.kawasaki.jp",
            "x.blogspot.com",
            "x.github.io",
            "github.io",
            "m.fun88.asia",
            "192.0.2.1",
            "1.com",
            "a.1com",
            "xn--fsqu00a.xn--fiqs8s",
            "xn--bcher-kva.example.co.th",
            "xn--.com",
            "xn--zz.com",
            "a--b.com",
            "a-.com",
            "-a.com",
            "a..com",
            ".com",
            "..",
            ".",
            " ",
            ""));
    for (String raw : raws) {
      assertThat(outcome(DomainParser.parse(raw))).as("'%s'", raw).isEqualTo(reference(raw));
    }
  }

  @Test
  void theRecordAcceptsAndRejectsAsTheReferenceDoes() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    RandomDomainNames names = new RandomDomainNames(random);
    for (int i = 0; i < NAMES / 5; i++) {
      String name = names.next().strip().toLowerCase(Locale.ROOT);
      List<String> ancestors = new ArrayList<>(List.of(name, "", "com", "x." + name));
      for (int dot = name.indexOf('.'); dot >= 0; dot = name.indexOf('.', dot + 1)) {
        ancestors.add(name.substring(dot + 1));
      }
      String registrable = ancestors.get(random.nextInt(ancestors.size()));
      String suffix = ancestors.get(random.nextInt(ancestors.size()));
      if (reference(name) instanceof String parsed && parsed.startsWith("valid: ")) {
        String[] parts = parsed.split(" ");
        registrable = random.nextInt(3) == 0 ? registrable : parts[2];
        suffix = random.nextInt(3) == 0 ? suffix : parts[3];
      }
      assertThat(construct(name, registrable, suffix))
          .as("seed %d: (%s, %s, %s)", seed, name, registrable, suffix)
          .isEqualTo(referenceRecord(name, registrable, suffix));
    }
  }

  private static String outcome(Parsed parsed) {
    return switch (parsed) {
      case Parsed.Valid(DomainName d) ->
          "valid: " + d.name() + " " + d.registrable() + " " + d.publicSuffix();
      case Parsed.Valid v -> "valid other: " + v;
      case Parsed.Invalid(String reason) -> reason;
      case Parsed.Ambiguous a -> "ambiguous: " + a;
    };
  }

  private static String construct(String name, String registrable, String suffix) {
    try {
      return "accepted " + new DomainName(name, registrable, suffix);
    } catch (IllegalArgumentException e) {
      return "rejected: " + e.getMessage();
    }
  }

  /** The former {@code DomainParser.parse}, its result as {@link #outcome} writes it. */
  private static String reference(String raw) {
    String s = raw.strip();
    if (s.endsWith(".") || s.endsWith("\u3002")) {
      s = s.substring(0, s.length() - 1);
    }
    if (s.isEmpty()) {
      return "empty domain name";
    }
    String ascii;
    try {
      ascii = IDN.toASCII(s, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return DomainParser.idnProblem(e);
    }
    if (ascii.length() > 253) {
      return "a domain name has at most 253 characters";
    }
    if (!ascii.contains(".")) {
      return "a domain name needs at least two labels, e.g. example.com";
    }
    for (String label : ascii.split("\\.", -1)) {
      if (label.isEmpty()) {
        return "empty label (two dots in a row)";
      }
      if (label.length() > 63) {
        return "a label has at most 63 characters: " + label;
      }
      if (!label.matches("[a-z0-9_-]+")) {
        return "a label has letters, digits, hyphens and underscores only: " + label;
      }
      if (label.matches("[-_].*|.*[-_]")) {
        return "a label neither starts nor ends with a hyphen or underscore: " + label;
      }
    }
    if (!InternetDomainName.isValid(ascii)) {
      return "not a valid domain name: " + ascii;
    }
    InternetDomainName domain = InternetDomainName.from(ascii);
    if (domain.isPublicSuffix()) {
      return ascii + " is a public suffix, not a domain anyone registers";
    }
    if (!domain.isUnderPublicSuffix()) {
      return ascii + " is not under a known public suffix (top-level domain)";
    }
    InternetDomainName suffix = domain.publicSuffix();
    if (suffix == null) {
      return "throws: a name under a public suffix has one: " + ascii;
    }
    if (domain.topPrivateDomain().toString().contains("_")) {
      return "'_' may appear only in labels below the registrable domain: "
          + domain.topPrivateDomain();
    }
    return "valid: " + ascii + " " + domain.topPrivateDomain() + " " + suffix;
  }

  /**
   * The former {@link DomainName} compact constructor, its result as {@link #construct} writes it.
   */
  private static String referenceRecord(String name, String registrable, String publicSuffix) {
    if (!DomainName.LDH_NAME.matcher(name.replace('_', 'u')).matches()
        || !InternetDomainName.isValid(name)) {
      return "rejected: not a lowercase ASCII domain name: " + name;
    }
    InternetDomainName domain = InternetDomainName.from(name);
    if (!domain.isUnderPublicSuffix()
        || !domain.topPrivateDomain().toString().equals(registrable)
        || !String.valueOf(domain.publicSuffix()).equals(publicSuffix)) {
      return "rejected: registrable domain or public suffix do not match the list: " + name;
    }
    if (!(name.equals(registrable) || name.endsWith("." + registrable))
        || !(registrable.equals(publicSuffix) || registrable.endsWith("." + publicSuffix))
        || registrable.equals(publicSuffix)) {
      return "rejected: inconsistent registrable domain or suffix for " + name + ": " + registrable;
    }
    if (registrable.contains("_")) {
      return "rejected: '_' in a registrable domain: " + name;
    }
    return "accepted " + new DomainName(name, registrable, publicSuffix);
  }
}
