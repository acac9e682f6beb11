package org.mekong.core.selector.url;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mekong.core.selector.url.UrlCanonicalization.Rejected;

class CanonicalUrlTest {

  @Test
  void acceptsConsistentCanonicalParts() {
    CanonicalUrl url =
        new CanonicalUrl(
            "https://host%23.com/a%20b?c%23", "https", "host%23.com", "/a%20b", "c%23");

    assertThat(url.value()).isEqualTo("https://host%23.com/a%20b?c%23");
    assertThat(url).hasToString("https://host%23.com/a%20b?c%23");
  }

  @Test
  void anEmptyQueryIsNotAnAbsentOne() {
    assertThat(new CanonicalUrl("http://h/q?", "http", "h", "/q", "").query()).isEmpty();
    assertThat(new CanonicalUrl("http://h/q", "http", "h", "/q", null).query()).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      nullValues = "NULL",
      value = {
        "http://h/x, ftp, h, /x, NULL",
        "http:///x, http, '', /x, NULL",
        "http://H/x, http, H, /x, NULL",
        "http://a b/x, http, a b, /x, NULL",
        "http://h%1b/x, http, h%1b, /x, NULL",
        "http://h%/x, http, h%, /x, NULL",
        "http://a@h/x, http, a@h, /x, NULL",
        "http://.h/x, http, .h, /x, NULL",
        "http://h..i/x, http, h..i, /x, NULL",
        "http://hx, http, h, x, NULL",
        "http://h/a b, http, h, /a b, NULL",
        "http://h//x, http, h, //x, NULL",
        "http://h/./x, http, h, /./x, NULL",
        "http://h/a/.., http, h, /a/.., NULL",
        "http://h/x?a b, http, h, /x, a b",
        "http://h/y, http, h, /x, NULL",
      })
  void rejectsInconsistentOrUncanonicalParts(
      String value, String scheme, String host, String path, @Nullable String query) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new CanonicalUrl(value, scheme, host, path, query));
  }

  @Test
  void rejectsValuesLongerThan8192Characters() {
    String path = "/" + "a".repeat(SafeBrowsingUrls.MAX_LENGTH);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> new CanonicalUrl("http://h" + path, "http", "h", path, null));
  }

  @Test
  void aRejectionNeedsAReason() {
    assertThatIllegalArgumentException().isThrownBy(() -> new Rejected(" "));
  }
}
