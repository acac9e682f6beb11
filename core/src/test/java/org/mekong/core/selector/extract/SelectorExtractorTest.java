package org.mekong.core.selector.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class SelectorExtractorTest {

  /** One expected match: its text (found with indexOf after the previous one), type and key. */
  private record Expected(String text, String type, String canonical) {}

  private static Expected e(String text, String type, String canonical) {
    return new Expected(text, type, canonical);
  }

  /** The matches as "start-end text type canonical" lines, for readable failure messages. */
  private static List<String> found(String text, @Nullable String region) {
    Extraction extraction = SelectorExtractor.extract(text, region);
    assertThat(extraction).isInstanceOf(Extraction.Found.class);
    return ((Extraction.Found) extraction)
        .matches().stream()
            .map(
                m ->
                    m.start()
                        + "-"
                        + m.end()
                        + " "
                        + m.text()
                        + " "
                        + m.selector().type().code()
                        + " "
                        + m.selector().canonical())
            .toList();
  }

  private static List<String> expected(String text, Expected... expected) {
    List<String> lines = new ArrayList<>();
    int from = 0;
    for (Expected e : expected) {
      int start = text.indexOf(e.text(), from);
      assertThat(start).as("'%s' is in the text", e.text()).isNotNegative();
      from = start + e.text().length();
      lines.add(start + "-" + from + " " + e.text() + " " + e.type() + " " + e.canonical());
    }
    return lines;
  }

  @Test
  void aChineseFakePoliceSms() {
    String sms =
        "【公安局】您涉嫌洗钱，请立即联系王警官 +86 138 0013 8000，或访问"
            + " http://gov-cn.safe-check.top/verify?id=88 下载APP";
    assertThat(found(sms, null))
        .containsExactlyElementsOf(
            expected(
                sms,
                e("+86 138 0013 8000", "phone", "+8613800138000"),
                e(
                    "http://gov-cn.safe-check.top/verify?id=88",
                    "url",
                    "http://gov-cn.safe-check.top/verify?id=88")));
    assertThat(found(sms, "CN")).isEqualTo(found(sms, null));
  }

  @Test
  void aThaiBankSuspensionSmsWithARegionHint() {
    String sms =
        "ด่วน! บัญชีของคุณถูกระงับ โทร 02-123-4567 หรือแอดไลน์ @scamline ติดต่อ"
            + " https://kbank-secure.xyz";
    assertThat(found(sms, "TH"))
        .containsExactlyElementsOf(
            expected(
                sms,
                e("02-123-4567", "phone", "+6621234567"),
                e("@scamline", "social", "line:scamline"),
                e("https://kbank-secure.xyz", "url", "https://kbank-secure.xyz/")));
    assertThat(found(sms, null)).noneMatch(line -> line.contains(" phone "));
  }

  @Test
  void aBurmeseAndEnglishChatWithAWalletAnIbanAndAnEmail() {
    String tron = "TBHTJqAy4DhHhmT3dNceJYNRz4SdLofLre";
    String chat =
        "[10:02] Ko Aung: USDT ကို ဒီလိပ်စာကို ပို့ပါ "
            + tron
            + "\n[10:03] Ko Aung: သို့မဟုတ် ဘဏ်လွှဲ IBAN GB82 WEST 1234 5698 7654 32 ပါ။"
            + "\n[10:05] Support: Write to refund.desk@kbank-refund.com (not kbank.com), "
            + "Telegram: @usdt_refund_desk, or 0x52908400098527886E0F7030069857D2E4169EE7.";
    assertThat(found(chat, "MM"))
        .containsExactlyElementsOf(
            expected(
                chat,
                e(tron, "wallet", "tron:" + tron),
                e("GB82 WEST 1234 5698 7654 32", "bank-account", "GB82WEST12345698765432"),
                e("refund.desk@kbank-refund.com", "email", "refund.desk@kbank-refund.com"),
                e("kbank.com", "domain", "kbank.com"),
                e("@usdt_refund_desk", "social", "telegram:usdt_refund_desk"),
                e(
                    "0x52908400098527886E0F7030069857D2E4169EE7",
                    "wallet",
                    "evm:0x52908400098527886e0f7030069857d2e4169ee7")));
  }

  @Test
  void profileLinksAreSocialAccountsNotUrlsOrPhones() {
    String text =
        "Join t.me/ScamSupport_bot or https://line.me/ti/p/~lucky888 or wa.me/66812345678,"
            + " or call +66 81 234 5678.";
    assertThat(found(text, "TH"))
        .containsExactlyElementsOf(
            expected(
                text,
                e("t.me/ScamSupport_bot", "social", "telegram:scamsupport_bot"),
                e("https://line.me/ti/p/~lucky888", "social", "line:lucky888"),
                e("wa.me/66812345678", "social", "whatsapp:+66812345678"),
                e("+66 81 234 5678", "phone", "+66812345678")));
  }

  @Test
  void aPlatformLinkThatNamesNoProfileIsAUrl() {
    String text =
        "Join https://t.me/joinchat/AAAAAEzQ1 or see https://www.tiktok.com/foryou?lang=th.";
    assertThat(found(text, null))
        .containsExactlyElementsOf(
            expected(
                text,
                e("https://t.me/joinchat/AAAAAEzQ1", "url", "https://t.me/joinchat/AAAAAEzQ1"),
                e(
                    "https://www.tiktok.com/foryou?lang=th",
                    "url",
                    "https://www.tiktok.com/foryou?lang=th")));
  }

  @Test
  void overlapsAreResolvedInFavourOfTheLongestMatch() {
    String text =
        "โทร https://pay.scam.top/call?tel=+66812345678&ip=192.0.2.1 หรือ mail ops@pay.scam.top"
            + " ๑ pay.scam.top";
    assertThat(found(text, "TH"))
        .containsExactlyElementsOf(
            expected(
                text,
                e(
                    "https://pay.scam.top/call?tel=+66812345678&ip=192.0.2.1",
                    "url",
                    "https://pay.scam.top/call?tel=+66812345678&ip=192.0.2.1"),
                e("ops@pay.scam.top", "email", "ops@pay.scam.top"),
                e("pay.scam.top", "domain", "pay.scam.top")));
  }

  @Test
  void fullWidthDigitsAreReadByLibphonenumber() {
    String text = "请拨打１３８００１３８０００咨询";
    assertThat(found(text, "CN"))
        .containsExactlyElementsOf(expected(text, e("１３８００１３８０００", "phone", "+8613800138000")));
  }

  @Test
  void bareDomainsNeedAKnownPublicSuffix() {
    String text =
        "Open readme.txt and invoice.pdf.exe, then visit Fun88-VIP.asia. Not config.local or 3.14.";
    assertThat(found(text, null))
        .containsExactlyElementsOf(expected(text, e("Fun88-VIP.asia", "domain", "fun88-vip.asia")));
  }

  @Test
  void schemelessUrlsAndTheirTrailingPunctuation() {
    String text = "见 kbank-secure.xyz/login?u=1。或(http://scam.top/a_(b)).";
    assertThat(found(text, null))
        .containsExactlyElementsOf(
            expected(
                text,
                e("kbank-secure.xyz/login?u=1", "url", "http://kbank-secure.xyz/login?u=1"),
                e("http://scam.top/a_(b)", "url", "http://scam.top/a_(b)")));
  }

  @Test
  void fullWidthDotsBetweenLatinLettersAreDots() {
    String text = "请访问 gov-cn．safe-check。top 或用 iPhone。Apple 手机";
    assertThat(found(text, null))
        .containsExactlyElementsOf(
            expected(text, e("gov-cn．safe-check。top", "domain", "gov-cn.safe-check.top")));
  }

  @Test
  void handlesNeedTheirPlatformAndAColonAtOrId() {
    String text =
        "Join our Telegram group! TG: scam_desk_01, LINE ID: lucky.888, 微信：wxid_abc123,"
            + " online @nobody, deadline: soon, Line 2 @ 3pm.";
    assertThat(found(text, null))
        .containsExactlyElementsOf(
            expected(
                text,
                e("scam_desk_01", "social", "telegram:scam_desk_01"),
                e("lucky.888", "social", "line:lucky.888"),
                e("wxid_abc123", "social", "wechat:wxid_abc123")));
  }

  @Test
  void ipAddressesAndBlocks() {
    String text = "C2 at 203.0.113.7:8080 and 198.51.100.0/24; not 1.2.3.4.5 or 999.1.1.1";
    assertThat(found(text, null))
        .containsExactlyElementsOf(
            expected(
                text,
                e("203.0.113.7", "ip", "203.0.113.7"),
                e("198.51.100.0/24", "ip", "198.51.100.0/24")));
  }

  @Test
  void checksumsKeepLookalikeWordsOut() {
    String text =
        "TBHTJqAy4DhHhmT3dNceJYNRz4SdLofLrf 0x52908400098527886E0F7030069857D2E4169Ee7"
            + " GB83 WEST 1234 5698 7654 32 bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5";
    assertThat(found(text, null)).isEmpty();
  }

  @Test
  void nothingIsFoundInPlainProse() {
    assertThat(found("", null)).isEmpty();
    assertThat(found("สวัสดีครับ 你好 မင်္ဂလာပါ hello there.", "TH")).isEmpty();
  }

  @Test
  void oversizedTextsAndUnknownRegionsAreRejected() {
    String big = "a".repeat(SelectorExtractor.MAX_TEXT_LENGTH + 1);
    assertThat(SelectorExtractor.extract(big, null))
        .isInstanceOfSatisfying(
            Extraction.TextTooLong.class, r -> assertThat(r.reason()).contains("1048576"));
    assertThat(SelectorExtractor.extract("a".repeat(SelectorExtractor.MAX_TEXT_LENGTH), null))
        .isInstanceOf(Extraction.Found.class);
    assertThat(SelectorExtractor.extract("+66812345678", "Siam"))
        .isInstanceOfSatisfying(
            Extraction.UnknownRegion.class, r -> assertThat(r.reason()).contains("Siam"));
    assertThat(found("+66812345678", " th ")).hasSize(1);
    assertThat(found("+66812345678", " ")).hasSize(1);
  }
}
