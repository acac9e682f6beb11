package org.mekong.core.synthetic;

import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import org.mekong.core.category.Category;

/** Short English descriptions of what an indicator was used for, with Thai and Chinese words. */
final class Descriptions {

  private Descriptions() {}

  static String of(Category category, RandomGenerator random) {
    List<String> templates = templates(category);
    String template = templates.get(random.nextInt(templates.size()));
    return template
        .replace("{victims}", Integer.toString(2 + random.nextInt(60)))
        .replace(
            "{amount}", String.format(Locale.ROOT, "%,d", (5 + random.nextInt(2_000)) * 1_000));
  }

  private static List<String> templates(Category category) {
    return switch (category) {
      case FRAUD, FRAUD_IMPERSONATION, FRAUD_IMPERSONATION_AUTHORITY ->
          List.of(
              "Caller posed as 公安 (public security) officer and demanded a transfer to a 'safe"
                  + " account'; {victims} complaints.",
              "Fake ตำรวจ (police) video call showing an arrest warrant; victims lost {amount} THB.",
              "Impersonated DSI and customs officers over a parcel with drugs; {victims} victims.");
      case FRAUD_IMPERSONATION_ACQUAINTANCE ->
          List.of(
              "Posed as the victim's 领导 (boss) on WeChat asking for an urgent transfer.",
              "Hacked LINE account of a relative asked friends for money; {victims} reports.");
      case FRAUD_CUSTOMER_SERVICE ->
          List.of(
              "Fake Shopee/Lazada customer service offering a refund, then remote-control app.",
              "Courier 'Kerry/Flash' refund call; victim installed a screen-sharing app.");
      case FRAUD_LOAN ->
          List.of(
              "Instant loan app charging 'processing fees' up front; {amount} THB lost.",
              "网贷 (online loan) offer requiring a deposit to 'unfreeze' the loan.");
      case FRAUD_INVESTMENT ->
          List.of(
              "Fake USDT trading platform promising 3% a day; {victims} investors.",
              "Stock-tip group on LINE moved victims to a fake app; losses of {amount} THB.");
      case FRAUD_ROMANCE ->
          List.of(
              "杀猪盘 (pig butchering): months of chat, then a fake crypto platform.",
              "Dating-app contact led victims to 'invest' together; {victims} victims.");
      case FRAUD_JOB_TASK ->
          List.of(
              "Paid 'like and follow' tasks, then deposits to unlock earnings (刷单).",
              "งานออนไลน์ (online job) ad on TikTok; victims paid {amount} THB in 'deposits'.");
      case FRAUD_ECOMMERCE ->
          List.of(
              "Fake shop sold phones that never arrived; {victims} buyers.",
              "Marketplace seller took transfers for concert tickets, then vanished.");
      case FRAUD_PHISHING ->
          List.of(
              "Phishing page copying a ธนาคาร (bank) login, sent by SMS from a fake sender id.",
              "SMS with a link to a fake tax-refund page stealing card data.");
      case GAMBLING ->
          List.of(
              "Online casino บาคาร่า (baccarat) site advertised in LINE groups.",
              "Illegal betting site (网赌) taking deposits through mule accounts.");
      case MONEY_MULE ->
          List.of(
              "Account rented out via Telegram (บัญชีม้า, mule account); received {amount} THB from"
                  + " {victims} victims.",
              "First-layer mule account; funds moved on within minutes to USDT.");
      case RECRUITMENT_LURE ->
          List.of(
              "Offered 'customer service' jobs in Thailand paying 30,000 THB; workers taken to"
                  + " Myawaddy.",
              "高薪 (high salary) job ad for typists; recruits trafficked across the Moei river.");
      case CALLING_INFRASTRUCTURE ->
          List.of(
              "SIM box in a rented house near the border placing thousands of calls a day.",
              "VoIP gateway rotating caller ids; {victims} complaints in one week.");
      case CRYPTO_LAUNDERING ->
          List.of(
              "USDT-TRC20 wallet consolidating victims' deposits before an OTC desk.",
              "Wallet layering proceeds through swaps and bridges; {amount} USDT traced.");
      case SANCTIONED ->
          List.of(
              "Wallet linked to a sanctioned scam-compound operator.",
              "Address attributed to a sanctioned money-laundering network.");
    };
  }
}
