package org.mekong.core.synthetic;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.mekong.core.names.Schema;

/**
 * Reproducible names of persons and companies in the region's scripts, for tests and benchmarks of
 * name search: Chinese in Han and pinyin, Thai in Thai script and romanised, Vietnamese with
 * diacritics, Burmese and Western names in Latin, companies with their forms; each entity with one
 * to three names. {@link #variant} spells a name another way as a query would (script, order,
 * diacritics, a typo).
 */
public final class SyntheticNames {

  /** One synthetic entity: its schema and its names, the first its main one. */
  public record Entity(Schema schema, List<String> names) {

    public Entity {
      names = List.copyOf(names);
    }
  }

  private static final String[][] HAN_SURNAMES = {
    {"王", "Wang"}, {"李", "Li"}, {"张", "Zhang"}, {"刘", "Liu"}, {"陈", "Chen"}, {"杨", "Yang"},
    {"黄", "Huang"}, {"赵", "Zhao"}, {"吴", "Wu"}, {"周", "Zhou"}, {"徐", "Xu"}, {"孙", "Sun"},
    {"马", "Ma"}, {"朱", "Zhu"}, {"胡", "Hu"}, {"郭", "Guo"}, {"何", "He"}, {"林", "Lin"},
    {"罗", "Luo"}, {"高", "Gao"}, {"郑", "Zheng"}, {"梁", "Liang"}, {"谢", "Xie"}, {"宋", "Song"},
    {"唐", "Tang"}, {"许", "Xu"}, {"邓", "Deng"}, {"冯", "Feng"}, {"韩", "Han"}, {"曹", "Cao"}
  };
  private static final String[][] HAN_GIVEN = {
    {"伟", "wei"}, {"芳", "fang"}, {"娜", "na"}, {"敏", "min"}, {"静", "jing"}, {"丽", "li"},
    {"强", "qiang"}, {"磊", "lei"}, {"军", "jun"}, {"洋", "yang"}, {"勇", "yong"}, {"艳", "yan"},
    {"杰", "jie"}, {"涛", "tao"}, {"明", "ming"}, {"超", "chao"}, {"秀", "xiu"}, {"霞", "xia"},
    {"平", "ping"}, {"刚", "gang"}, {"桂", "gui"}, {"英", "ying"}, {"华", "hua"}, {"建", "jian"},
    {"国", "guo"}, {"文", "wen"}, {"辉", "hui"}, {"玲", "ling"}, {"红", "hong"}, {"小", "xiao"},
    {"志", "zhi"}, {"海", "hai"}, {"江", "jiang"}, {"东", "dong"}, {"龙", "long"}, {"飞", "fei"},
    {"宇", "yu"}, {"晨", "chen"}, {"博", "bo"}, {"鹏", "peng"}
  };
  private static final String[][] THAI_GIVEN = {
    {"สมชาย", "Somchai"}, {"สมศักดิ์", "Somsak"}, {"วิชัย", "Wichai"}, {"ประเสริฐ", "Prasert"},
    {"สุรชัย", "Surachai"}, {"อนันต์", "Anan"}, {"ธนากร", "Thanakon"}, {"กิตติ", "Kitti"},
    {"มาลี", "Mali"}, {"สุดา", "Suda"}, {"นภา", "Napha"}, {"วันดี", "Wandi"}
  };
  private static final String[][] THAI_FAMILY = {
    {"ใจดี", "Chaidi"},
    {"ศรีสุข", "Sisuk"},
    {"แสงทอง", "Saengthong"},
    {"บุญมา", "Bunma"},
    {"ทองดี", "Thongdi"},
    {"มั่นคง", "Mankhong"},
    {"สุขสวัสดิ์", "Suksawat"},
    {"รุ่งเรือง", "Rungrueang"}
  };
  private static final String[] VIET_FAMILY = {
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô"
  };
  private static final String[] VIET_GIVEN = {
    "Văn", "Thị", "Minh", "Anh", "Hùng", "Dũng", "Thanh", "Lan", "Hương", "Tuấn", "Quang", "Đức"
  };
  private static final String[] BURMESE = {
    "Aung", "Kyaw", "Min", "Htet", "Zaw", "Thura", "Hlaing", "Myint", "Tun", "Win", "Soe", "Naing",
    "Thant", "Zin", "Moe", "Nyein", "Phyo", "Wai", "Yan", "Khin", "Thein", "Lwin", "Maung", "Htun"
  };
  private static final String[] WESTERN_GIVEN = {
    "John", "Michael", "David", "James", "Robert", "Maria", "Anna", "Peter", "Thomas", "Sarah",
    "Daniel", "Laura", "Paul", "Mark", "Andrew", "Emma", "Lucas", "Sophie", "Martin", "Elena"
  };
  private static final String[] WESTERN_FAMILY = {
    "Smith",
    "Johnson",
    "Brown",
    "Taylor",
    "Miller",
    "Wilson",
    "Moore",
    "Anderson",
    "Thomas",
    "Jackson",
    "White",
    "Harris",
    "Martin",
    "Thompson",
    "Garcia",
    "Clark",
    "Lewis",
    "Walker",
    "Young",
    "Allen",
    "King",
    "Wright",
    "Scott",
    "Green",
    "Baker",
    "Adams",
    "Nelson",
    "Carter"
  };
  private static final String[] COMPANY_WORDS = {
    "Golden", "Dragon", "Lucky", "Star", "Asia", "Pacific", "Mekong", "Royal", "Global", "Prime",
    "Silver", "Jade", "Lotus", "Phoenix", "Ocean", "Harbor", "Summit", "Eagle", "Tiger", "Crown",
    "Orient", "Sunrise", "Victory", "Fortune", "Unity", "Pearl", "Emerald", "Capital", "Delta"
  };
  private static final String[] COMPANY_TRADES = {
    "Trading", "Holdings", "Investment", "Technology", "Logistics", "Resorts", "Entertainment",
    "Property", "Finance", "Development", "Services", "Industries", "Network", "Payment"
  };
  private static final String[] FORMS = {"Co., Ltd.", "Ltd", "Group", "LLC", "Limited", "Pte Ltd"};

  private SyntheticNames() {}

  /** The entity numbered {@code number} of the world of {@code seed}: the same every time. */
  public static Entity entity(long seed, int number) {
    SplittableRandom random = new SplittableRandom(seed * 1_000_003L + number);
    int kind = random.nextInt(10);
    return switch (kind) {
      case 0, 1, 2 -> chinese(random);
      case 3 -> thai(random);
      case 4 -> vietnamese(random);
      case 5 -> burmese(random);
      case 6, 7 -> western(random);
      default -> company(random);
    };
  }

  private static Entity chinese(SplittableRandom random) {
    String[] family = pick(random, HAN_SURNAMES);
    int given = 1 + random.nextInt(2);
    StringBuilder han = new StringBuilder(family[0]);
    StringBuilder latin = new StringBuilder();
    for (int i = 0; i < given; i++) {
      String[] g = pick(random, HAN_GIVEN);
      han.append(g[0]);
      latin.append(g[1]);
    }
    String pinyin = family[1] + " " + capital(latin.toString());
    return new Entity(Schema.PERSON, List.of(pinyin, han.toString()));
  }

  private static Entity thai(SplittableRandom random) {
    String[] given = pick(random, THAI_GIVEN);
    String[] family = pick(random, THAI_FAMILY);
    return new Entity(
        Schema.PERSON, List.of(given[1] + " " + family[1], given[0] + " " + family[0]));
  }

  private static Entity vietnamese(SplittableRandom random) {
    String name =
        pick(random, VIET_FAMILY) + " " + pick(random, VIET_GIVEN) + " " + pick(random, VIET_GIVEN);
    return new Entity(Schema.PERSON, List.of(name));
  }

  private static Entity burmese(SplittableRandom random) {
    int parts = 2 + random.nextInt(2);
    List<String> words = new ArrayList<>();
    for (int i = 0; i < parts; i++) {
      words.add(pick(random, BURMESE));
    }
    String name = String.join(" ", words);
    return new Entity(Schema.PERSON, List.of(name, "U " + name));
  }

  private static Entity western(SplittableRandom random) {
    String given = pick(random, WESTERN_GIVEN);
    String family = pick(random, WESTERN_FAMILY);
    String middle = random.nextInt(3) == 0 ? " " + pick(random, WESTERN_GIVEN) : "";
    return new Entity(Schema.PERSON, List.of(given + middle + " " + family));
  }

  private static Entity company(SplittableRandom random) {
    String name =
        pick(random, COMPANY_WORDS)
            + " "
            + pick(random, COMPANY_WORDS)
            + " "
            + pick(random, COMPANY_TRADES);
    return new Entity(
        Schema.COMPANY,
        List.of(name + " " + pick(random, FORMS), name + " " + pick(random, FORMS)));
  }

  /**
   * Another spelling of {@code name}, as a query would write it: words reordered, diacritics
   * dropped, or one letter changed, chosen by {@code random}.
   */
  public static String variant(String name, SplittableRandom random) {
    String[] words = name.split(" ");
    return switch (random.nextInt(3)) {
      case 0 -> {
        List<String> reordered = new ArrayList<>(List.of(words));
        reordered.add(reordered.removeFirst());
        yield String.join(" ", reordered);
      }
      case 1 ->
          Normalizer.normalize(name, Normalizer.Form.NFD)
              .replaceAll("\\p{M}", "")
              .replace('đ', 'd')
              .replace('Đ', 'D');
      default -> {
        int w = random.nextInt(words.length);
        String word = words[w];
        if (word.length() >= 5 && word.chars().allMatch(c -> c < 0x80)) {
          int at = 2 + random.nextInt(word.length() - 3);
          char replacement = (char) ('a' + random.nextInt(26));
          words[w] = word.substring(0, at) + replacement + word.substring(at + 1);
        }
        yield String.join(" ", words);
      }
    };
  }

  private static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static <T> T pick(SplittableRandom random, T[] values) {
    return values[random.nextInt(values.length)];
  }
}
