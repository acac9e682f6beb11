package org.mekong.core.synthetic;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Names of rescued people as their own country writes them, with the Latin form a passport or a
 * list would show: Han and pinyin, Thai and its romanisation, Vietnamese with diacritics and
 * without, Ge'ez (Amharic) and Latin, Devanagari and Latin, and Latin alone where that is the
 * country's script. Ethiopian names are the person's name and the father's.
 */
final class RescuedNames {

  private static final String[][] HAN_SURNAMES = {
    {"王", "Wang"}, {"李", "Li"}, {"张", "Zhang"}, {"刘", "Liu"}, {"陈", "Chen"}, {"杨", "Yang"},
    {"黄", "Huang"}, {"赵", "Zhao"}, {"吴", "Wu"}, {"周", "Zhou"}, {"徐", "Xu"}, {"孙", "Sun"},
    {"马", "Ma"}, {"朱", "Zhu"}, {"胡", "Hu"}, {"郭", "Guo"}, {"林", "Lin"}, {"罗", "Luo"}
  };
  private static final String[][] HAN_GIVEN = {
    {"伟", "wei"}, {"芳", "fang"}, {"敏", "min"}, {"静", "jing"}, {"强", "qiang"}, {"磊", "lei"},
    {"军", "jun"}, {"洋", "yang"}, {"勇", "yong"}, {"杰", "jie"}, {"涛", "tao"}, {"明", "ming"},
    {"超", "chao"}, {"华", "hua"}, {"建", "jian"}, {"文", "wen"}, {"辉", "hui"}, {"玲", "ling"},
    {"志", "zhi"}, {"海", "hai"}, {"龙", "long"}, {"飞", "fei"}, {"宇", "yu"}, {"鹏", "peng"}
  };
  private static final String[][] THAI_MALE = {
    {"สมชาย", "Somchai"},
    {"สมศักดิ์", "Somsak"},
    {"วิชัย", "Wichai"},
    {"อนันต์", "Anan"},
    {"กิตติ", "Kitti"},
    {"ธนากร", "Thanakon"}
  };
  private static final String[][] THAI_FEMALE = {
    {"มาลี", "Mali"}, {"สุดา", "Suda"}, {"นภา", "Napha"}, {"วันดี", "Wandi"}
  };
  private static final String[][] THAI_FAMILY = {
    {"ใจดี", "Chaidi"},
    {"ศรีสุข", "Sisuk"},
    {"แสงทอง", "Saengthong"},
    {"บุญมา", "Bunma"},
    {"ทองดี", "Thongdi"},
    {"รุ่งเรือง", "Rungrueang"}
  };
  private static final String[] VIET_FAMILY = {
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"
  };
  private static final String[] VIET_MALE = {"Hùng", "Dũng", "Tuấn", "Quang", "Đức", "Minh"};
  private static final String[] VIET_FEMALE = {"Lan", "Hương", "Thảo", "Ngọc", "Anh", "Trang"};
  private static final String[][] AMHARIC_MALE = {
    {"አበበ", "Abebe"}, {"ዮሐንስ", "Yohannes"}, {"ተስፋዬ", "Tesfaye"}, {"ሄኖክ", "Henok"},
    {"ዳዊት", "Dawit"}, {"ብሩክ", "Biruk"}, {"ሚካኤል", "Mikael"}, {"ገብሬ", "Gebre"}
  };
  private static final String[][] AMHARIC_FEMALE = {
    {"ሰላም", "Selam"}, {"ማርታ", "Marta"}, {"ሰብለ", "Seble"}, {"መሰረት", "Meseret"}, {"ሃና", "Hana"}
  };
  private static final String[][] HINDI_MALE = {
    {"राहुल", "Rahul"}, {"अमित", "Amit"}, {"सुनील", "Sunil"}, {"विजय", "Vijay"}
  };
  private static final String[][] HINDI_FEMALE = {{"प्रिया", "Priya"}, {"अंजलि", "Anjali"}};
  private static final String[][] HINDI_FAMILY = {
    {"शर्मा", "Sharma"},
    {"सिंह", "Singh"},
    {"कुमार", "Kumar"},
    {"यादव", "Yadav"},
    {"गुप्ता", "Gupta"}
  };
  private static final String[][] LATIN_GIVEN_MALE = {
    {"Agus", "Budi", "Rizky", "Andi", "Wahyu", "Fajar"},
    {"Brian", "Kevin", "Dennis", "Collins", "Peter", "Samuel"},
    {"Mark", "Jhon", "Jerome", "Joel", "Carlo", "Rommel"},
    {"Muhammad Hafiz", "Ahmad Faiz", "Mohd Amir", "Syed Azlan"}
  };
  private static final String[][] LATIN_GIVEN_FEMALE = {
    {"Dewi", "Siti", "Putri", "Nur", "Ayu"},
    {"Faith", "Mercy", "Purity", "Sharon", "Esther"},
    {"Maricel", "Rowena", "Kristine", "Analyn", "Jocelyn"},
    {"Nurul Aina", "Siti Aishah", "Farah Nadia"}
  };
  private static final String[][] LATIN_FAMILY = {
    {"Santoso", "Saputra", "Wijaya", "Hidayat", "Lestari", "Pratama", "Kurniawan", "Setiawan"},
    {"Otieno", "Wanjiku", "Kamau", "Mwangi", "Ochieng", "Njoroge", "Kiprop", "Achieng"},
    {"Santos", "Reyes", "Cruz", "Bautista", "Garcia", "Mendoza", "Dela Cruz", "Villanueva"},
    {"Ismail", "Abdullah", "Rahman", "Hassan", "Ibrahim", "Yusof"}
  };

  private RescuedNames() {}

  /** The names of a person of {@code nationality} (alpha-3): own script first, Latin last. */
  static List<String> of(String nationality, boolean female, SplittableRandom random) {
    return switch (nationality) {
      case "CHN" -> chinese(random);
      case "THA" -> {
        String[] given = pick(female ? THAI_FEMALE : THAI_MALE, random);
        String[] family = pick(THAI_FAMILY, random);
        yield List.of(given[0] + " " + family[0], given[1] + " " + family[1]);
      }
      case "VNM" -> {
        String name =
            pick(VIET_FAMILY, random)
                + (female ? " Thị " : " Văn ")
                + pick(female ? VIET_FEMALE : VIET_MALE, random);
        yield List.of(name, ascii(name));
      }
      case "ETH" -> {
        String[] given = pick(female ? AMHARIC_FEMALE : AMHARIC_MALE, random);
        String[] father = pick(AMHARIC_MALE, random);
        yield List.of(given[0] + " " + father[0], given[1] + " " + father[1]);
      }
      case "IND" -> {
        String[] given = pick(female ? HINDI_FEMALE : HINDI_MALE, random);
        String[] family = pick(HINDI_FAMILY, random);
        yield List.of(given[0] + " " + family[0], given[1] + " " + family[1]);
      }
      case "IDN" -> latin(0, female, random);
      case "KEN" -> latin(1, female, random);
      case "PHL" -> latin(2, female, random);
      case "MYS" -> {
        String given = pick((female ? LATIN_GIVEN_FEMALE : LATIN_GIVEN_MALE)[3], random);
        yield List.of(given + (female ? " binti " : " bin ") + pick(LATIN_FAMILY[3], random));
      }
      default -> throw new IllegalArgumentException("no names for " + nationality);
    };
  }

  private static List<String> chinese(SplittableRandom random) {
    String[] surname = pick(HAN_SURNAMES, random);
    String[] first = pick(HAN_GIVEN, random);
    StringBuilder han = new StringBuilder(surname[0]).append(first[0]);
    StringBuilder pinyin = new StringBuilder(first[1]);
    if (random.nextInt(4) != 0) {
      String[] second = pick(HAN_GIVEN, random);
      han.append(second[0]);
      pinyin.append(second[1]);
    }
    String given = pinyin.substring(0, 1).toUpperCase(Locale.ROOT) + pinyin.substring(1);
    return List.of(han.toString(), surname[1] + " " + given);
  }

  private static List<String> latin(int country, boolean female, SplittableRandom random) {
    String given = pick((female ? LATIN_GIVEN_FEMALE : LATIN_GIVEN_MALE)[country], random);
    return List.of(given + " " + pick(LATIN_FAMILY[country], random));
  }

  /** Vietnamese without its diacritics, as an ICAO passport zone writes it. */
  static String ascii(String name) {
    String stripped =
        Normalizer.normalize(name.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD);
    return stripped.replaceAll("\\p{M}", "");
  }

  private static <T> T pick(T[] items, SplittableRandom random) {
    return items[random.nextInt(items.length)];
  }
}
