package org.mekong.core.stix;

import java.util.Arrays;
import java.util.Optional;

/** Mekong's own cyber-observable types, each declared by a {@code new-sco} extension. */
enum CustomSco {
  PHONE_NUMBER(
      "phone-number",
      "A telephone number. value: E.164 (+66812345678). Properties as OpenCTI's Phone-Number."),
  BANK_ACCOUNT(
      "bank-account",
      "A bank account. value: the IBAN, or country:BIC8:account-digits where banks use no IBAN;"
          + " iban for an IBAN; bic and account_number for the national form. Properties as"
          + " OpenCTI's Bank-Account."),
  CRYPTOCURRENCY_WALLET(
      "cryptocurrency-wallet",
      "A cryptocurrency address. value: the address as the chain writes it (TRON T..., EVM 0x..."
          + " lowercase, Bitcoin 1.../3.../bc1...); chain: tron, evm or btc. As OpenCTI's"
          + " Cryptocurrency-Wallet."),
  IMEI(
      "imei", "A handset identity. value: the 15-digit IMEI (14-digit body and Luhn check digit)."),
  IMSI("imsi", "A SIM subscriber identity. value: the 15-digit IMSI (MCC, MNC, MSIN)."),
  MOBILE_APP(
      "mobile-app",
      "A mobile app. value: the Android package name or iOS bundle id, lowercase"
          + " (com.example.app).");

  private final String type;
  private final String description;

  CustomSco(String type, String description) {
    this.type = type;
    this.description = description;
  }

  /** The STIX object type, e.g. {@code phone-number}. */
  String type() {
    return type;
  }

  String description() {
    return description;
  }

  /** The id of the {@code new-sco} extension definition that declares this type. */
  String extensionId() {
    return Stix.id("extension-definition", "new-sco:" + type);
  }

  static Optional<CustomSco> ofType(String type) {
    return Arrays.stream(values()).filter(sco -> sco.type.equals(type)).findFirst();
  }
}
