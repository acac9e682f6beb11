package org.mekong.core.selector;

import com.google.common.net.InternetDomainName;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mekong.core.selector.url.CanonicalUrl;
import org.mekong.core.selector.url.SafeBrowsingUrls;

/**
 * A URL in Google Safe Browsing canonical form, with the host-suffix / path-prefix expressions that
 * screening looks up.
 */
public record Url(CanonicalUrl url) implements Selector {

  public Url {
    if (!url.equals(SafeBrowsingUrls.canonicalize(url.value()))) {
      throw new IllegalArgumentException("not a canonical URL (canonicalises to another): " + url);
    }
  }

  @Override
  public SelectorType type() {
    return SelectorType.URL;
  }

  /** The Safe Browsing canonical URL, e.g. {@code http://example.com/login}. */
  @Override
  public String canonical() {
    return url.value();
  }

  /** The canonical host: a punycode name, a dotted-quad IPv4 address or a bracketed IPv6 one. */
  public String host() {
    return url.host();
  }

  /** The host's registrable domain (eTLD+1), when the host is a name under a public suffix. */
  public Optional<String> registrable() {
    String host = url.host();
    if (!DomainName.LDH_NAME.matcher(host).matches() || !InternetDomainName.isValid(host)) {
      return Optional.empty();
    }
    InternetDomainName name = InternetDomainName.from(host);
    return name.isUnderPublicSuffix()
        ? Optional.of(name.topPrivateDomain().toString())
        : Optional.empty();
  }

  /** The lookup expressions for screening, exact host and path first; at most 30. */
  public List<String> expressions() {
    return SafeBrowsingUrls.expressions(url);
  }

  /** {@code host}, {@code registrable} (when the host is a domain) and {@code expressions}. */
  @Override
  public Map<String, String> attributes() {
    String count = String.valueOf(expressions().size());
    return registrable()
        .map(r -> Attributes.of("host", url.host(), "registrable", r, "expressions", count))
        .orElseGet(() -> Attributes.of("host", url.host(), "expressions", count));
  }
}
