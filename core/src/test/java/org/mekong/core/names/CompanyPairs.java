package org.mekong.core.names;

import static org.mekong.core.names.LabelledPairsGenerator.upper;

/** Company names: forms, Chinese characters and pinyin, Thai forms, and near-miss negatives. */
final class CompanyPairs {

  private final LabelledPairsGenerator g;

  CompanyPairs(LabelledPairsGenerator g) {
    this.g = g;
  }

  private String base() {
    String first = g.pick(NameTables.COMPANY_WORDS);
    String second = g.pick(NameTables.COMPANY_WORDS);
    return (first.equals(second) ? first : first + " " + second)
        + " "
        + g.pick(NameTables.COMPANY_ACTIVITIES);
  }

  void generate() {
    for (int i = 0; i < 130; i++) {
      String base = base();
      String[] forms = g.pick(NameTables.COMPANY_FORMS);
      String a = forms[g.nextInt(forms.length)];
      String b = forms[g.nextInt(forms.length)];
      switch (i % 3) {
        case 0 ->
            g.add(
                "Company",
                base + " " + a,
                base + " " + b,
                true,
                "company",
                "the same form spelled otherwise");
        case 1 -> g.add("Company", base + " " + a, upper(base), true, "company", "form left out");
        default ->
            g.add(
                "Company",
                base + " " + a,
                "บริษัท " + base + " จำกัด" + (forms[0].equals("PCL") ? " (มหาชน)" : ""),
                true,
                "company",
                "Thai company form around the English name");
      }
    }
    for (int i = 0; i < 110; i++) {
      String[] city = g.pick(NameTables.HAN_CITIES);
      String[] brand = g.pick(NameTables.HAN_BRANDS);
      String[] activity = g.pick(NameTables.HAN_ACTIVITIES);
      String han = city[0] + brand[0] + activity[0] + "有限公司";
      String latin = city[1] + " " + brand[1] + " " + activity[1];
      switch (i % 3) {
        case 0 ->
            g.add(
                "Company",
                han,
                latin + " Youxian Gongsi",
                true,
                "company-han",
                "pinyin with the pinyin form");
        case 1 ->
            g.add(
                "Company",
                han,
                upper(latin) + " CO., LTD.",
                true,
                "company-han",
                "pinyin with the English form");
        default ->
            g.add(
                "Company",
                han,
                brand[1] + " " + activity[1] + " Co., Ltd.",
                true,
                "company-han",
                "city left out");
      }
    }
    for (int i = 0; i < 150; i++) {
      String first = g.pick(NameTables.COMPANY_WORDS);
      String activity = g.pick(NameTables.COMPANY_ACTIVITIES);
      String form = g.pick(NameTables.COMPANY_FORMS)[0];
      switch (i % 3) {
        case 0 -> {
          String other = g.pick(NameTables.COMPANY_ACTIVITIES);
          if (!other.equals(activity)) {
            g.add(
                "Company",
                first + " " + activity + " " + form,
                first + " " + other + " " + form,
                false,
                "negative-company",
                "one distinctive word differs");
          }
        }
        case 1 -> {
          String other = g.pick(NameTables.COMPANY_WORDS);
          String second = g.pick(NameTables.COMPANY_WORDS);
          if (!other.equals(first) && !second.equals(first) && !second.equals(other)) {
            g.add(
                "Company",
                first + " " + second + " " + activity,
                other + " " + second + " " + activity,
                false,
                "negative-company",
                "the first distinctive word differs");
          }
        }
        default -> {
          String[] city = g.pick(NameTables.HAN_CITIES);
          String[] brand = g.pick(NameTables.HAN_BRANDS);
          String[] a = g.pick(NameTables.HAN_ACTIVITIES);
          String[] b = g.pick(NameTables.HAN_ACTIVITIES);
          if (!a[0].equals(b[0])) {
            g.add(
                "Company",
                city[0] + brand[0] + a[0] + "有限公司",
                city[1] + " " + brand[1] + " " + b[1] + " Co., Ltd.",
                false,
                "negative-company",
                "another activity of one brand");
          }
        }
      }
    }
  }
}
