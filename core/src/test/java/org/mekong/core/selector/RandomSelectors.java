package org.mekong.core.selector;

import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.iban4j.CountryCode;
import org.iban4j.Iban;

/** Seeded random raw inputs of every selector type, in varied but valid spellings. */
final class RandomSelectors {

  private static final List<CountryCode> IBAN_COUNTRIES =
      List.of(
          CountryCode.DE,
          CountryCode.GB,
          CountryCode.FR,
          CountryCode.CH,
          CountryCode.AE,
          CountryCode.TR,
          CountryCode.SA,
          CountryCode.PK,
          CountryCode.NL,
          CountryCode.BR);
  private static final List<String> SUFFIXES =
      List.of("com", "co.th", "asia", "pages.dev", "com.cn", "vn", "xyz", "github.io", "top");
  private static final List<String> UNICODE_LABELS = List.of("泰国", "ສປປລາວ", "မြန်မာ", "bücher");

  private final Random random;

  RandomSelectors(Random random) {
    this.random = random;
  }

  String imei15() {
    String body = digits(14);
    return body + Luhn.checkDigit(body);
  }

  String imsi() {
    return (char) ('2' + random.nextInt(6)) + digits(14);
  }

  String iban() {
    return Iban.random(IBAN_COUNTRIES.get(random.nextInt(IBAN_COUNTRIES.size()))).toString();
  }

  String nationalBankAccount() {
    List<String> countries = BankAccount.NATIONAL_FORM_COUNTRIES.stream().sorted().toList();
    String country = countries.get(random.nextInt(countries.size()));
    return country.toLowerCase(Locale.ROOT)
        + ":"
        + letters(4)
        + country
        + letters(2)
        + ":"
        + digits(6 + random.nextInt(10));
  }

  String tron() {
    byte[] payload = bytes(21);
    payload[0] = 0x41;
    return Base58Check.encode(payload);
  }

  String bitcoinBase58() {
    byte[] payload = bytes(21);
    payload[0] = random.nextBoolean() ? (byte) 0x00 : (byte) 0x05;
    return Base58Check.encode(payload);
  }

  String bitcoinSegwit() {
    return switch (random.nextInt(3)) {
      case 0 -> Bech32.encodeSegwit("bc", 0, bytes(20));
      case 1 -> Bech32.encodeSegwit("bc", 0, bytes(32));
      default -> Bech32.encodeSegwit("bc", 1, bytes(32));
    };
  }

  /** An EIP-55 checksummed (mixed-case) EVM address. */
  String evmChecksummed() {
    return "0x" + WalletParser.eip55(HexFormat.of().formatHex(bytes(20)));
  }

  String domain() {
    StringBuilder sb = new StringBuilder();
    int labels = 1 + random.nextInt(3);
    for (int i = 0; i < labels; i++) {
      sb.append(
          random.nextInt(5) == 0
              ? UNICODE_LABELS.get(random.nextInt(UNICODE_LABELS.size()))
              : letters(1) + alnum(3 + random.nextInt(8)));
      sb.append('.');
    }
    String name = sb + SUFFIXES.get(random.nextInt(SUFFIXES.size()));
    return random.nextBoolean()
        ? name.toUpperCase(Locale.ROOT)
        : name + (random.nextBoolean() ? "." : "");
  }

  /** A URL with varied scheme case, host, port, dot segments, escapes, query and fragment. */
  String url() {
    String scheme = List.of("http://", "https://", "HTTP://", "").get(random.nextInt(4));
    String host =
        random.nextInt(4) == 0 ? ip().replaceAll("/.*", "") : domain().replaceAll("\\.$", "");
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    if (scheme.isEmpty() && host.startsWith("[")) {
      scheme = "http://";
    }
    StringBuilder path = new StringBuilder();
    for (int i = random.nextInt(4); i > 0; i--) {
      path.append('/')
          .append(List.of("a", "..", ".", "", "%7Euser", "登录", "x y").get(random.nextInt(7)));
    }
    return scheme
        + host
        + (random.nextBoolean() ? ":" + random.nextInt(65536) : "")
        + "/"
        + path
        + (random.nextBoolean() ? "?id=" + digits(3) + "&q=%2F" : "")
        + (random.nextBoolean() ? "#frag" : "");
  }

  String ip() {
    return switch (random.nextInt(4)) {
      case 0 ->
          random.nextInt(256)
              + "."
              + random.nextInt(256)
              + "."
              + random.nextInt(256)
              + "."
              + random.nextInt(256);
      case 1 ->
          "::ffff:" + random.nextInt(256) + "." + random.nextInt(256) + ".0." + random.nextInt(256);
      case 2 -> {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
          sb.append(i == 0 ? "" : ":")
              .append(random.nextInt(4) == 0 ? "0" : Integer.toHexString(random.nextInt(65536)));
        }
        yield random.nextBoolean() ? sb.toString().toUpperCase(Locale.ROOT) : sb.toString();
      }
      default -> "10." + random.nextInt(256) + ".0.0/16";
    };
  }

  String email() {
    return letters(1)
        + alnum(random.nextInt(8))
        + (random.nextBoolean() ? ".X" : "")
        + "@"
        + domain().replaceAll("\\.$", "");
  }

  String app() {
    return "com."
        + letters(1)
        + alnum(random.nextInt(8))
        + "."
        + letters(1)
        + alnum(random.nextInt(8));
  }

  String social() {
    return switch (random.nextInt(5)) {
      case 0 -> "https://t.me/" + letters(1) + alnum(4 + random.nextInt(10));
      case 1 -> "x:@" + letters(1) + alnum(random.nextInt(10));
      case 2 -> "line.me/ti/p/~" + alnum(3 + random.nextInt(10));
      case 3 -> "wa.me/66812345" + digits(3);
      default -> "tiktok:@" + alnum(2 + random.nextInt(10));
    };
  }

  String digits(int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append((char) ('0' + random.nextInt(10)));
    }
    return sb.toString();
  }

  String letters(int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append((char) ('A' + random.nextInt(26)));
    }
    return sb.toString();
  }

  private String alnum(int n) {
    String chars = "abcdefghijklmnopqrstuvwxyz0123456789";
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(chars.charAt(random.nextInt(chars.length())));
    }
    return sb.toString();
  }

  private byte[] bytes(int n) {
    byte[] bytes = new byte[n];
    random.nextBytes(bytes);
    return bytes;
  }
}
