package org.mekong.core.screening.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.mekong.core.selector.Parsed;
import org.mekong.core.selector.SelectorType;
import org.mekong.core.selector.Selectors;

/**
 * A payment between two bank accounts or crypto wallets; payer and payee are checked, each as the
 * type it is written as (an IBAN or {@code CC:BIC:account} is a bank account, an address a wallet).
 *
 * @param payer the paying account or wallet
 * @param payee the receiving account or wallet
 * @param amount the amount, if known; never negative
 * @param currency an ISO 4217 code or a token symbol ({@code THB}, {@code USDT}), if known
 * @param executedAt when the transfer was executed, if known
 */
public record Transfer(
    String payer,
    String payee,
    @Nullable BigDecimal amount,
    @Nullable String currency,
    @Nullable Instant executedAt)
    implements ScreeningEvent {

  private static final Pattern CURRENCY = Pattern.compile("[A-Za-z0-9._-]{1,16}");

  public Transfer {
    Fields.checkLength("payer", payer);
    Fields.checkLength("payee", payee);
    if (amount != null && amount.signum() < 0) {
      throw new IllegalArgumentException("a transfer's amount is never negative, was " + amount);
    }
    currency = Fields.optional("currency", currency);
    if (currency != null && !CURRENCY.matcher(currency).matches()) {
      throw new IllegalArgumentException(
          "a currency is an ISO 4217 code or a token symbol of at most 16 letters, digits, '.',"
              + " '_' or '-', was '"
              + currency
              + "'");
    }
  }

  @Override
  public List<EventField> fields(@Nullable String region) {
    return List.of(
        new EventField("payer", partyType(payer), payer),
        new EventField("payee", partyType(payee), payee));
  }

  /**
   * A wallet or bank account as written; {@code null} (detect) when the input is no selector at
   * all, so that the reason reported is the one of the type its shape suggests; a bank account for
   * anything else (a digit string, a phone), so that the reason says how to write an account.
   */
  private static @Nullable SelectorType partyType(String raw) {
    return switch (Selectors.parse(raw)) {
      case Parsed.Valid valid ->
          switch (valid.selector().type()) {
            case WALLET -> SelectorType.WALLET;
            case BANK_ACCOUNT, PHONE, DOMAIN, URL, IP, IMEI, IMSI, EMAIL, APP, SOCIAL ->
                SelectorType.BANK_ACCOUNT;
          };
      case Parsed.Invalid invalid -> null;
      case Parsed.Ambiguous ambiguous -> SelectorType.BANK_ACCOUNT;
    };
  }
}
