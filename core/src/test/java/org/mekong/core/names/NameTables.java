package org.mekong.core.names;

import java.util.Arrays;
import java.util.List;

/**
 * Real name components of the region, with their spellings in each romanisation, from which {@link
 * LabelledPairsGenerator} builds labelled pairs. Each row is one component; columns are separated
 * by {@code |}.
 */
final class NameTables {

  private NameTables() {}

  /** Chinese family names: simplified | traditional | pinyin | Wade–Giles | Cantonese (HK). */
  static final List<String[]> HAN_SURNAMES =
      rows(
          """
          王|王|wang|wang|wong
          李|李|li|li|lee
          张|張|zhang|chang|cheung
          刘|劉|liu|liu|lau
          陈|陳|chen|chen|chan
          杨|楊|yang|yang|yeung
          黄|黃|huang|huang|wong
          赵|趙|zhao|chao|chiu
          吴|吳|wu|wu|ng
          周|周|zhou|chou|chow
          徐|徐|xu|hsu|tsui
          孙|孫|sun|sun|suen
          马|馬|ma|ma|ma
          朱|朱|zhu|chu|chu
          胡|胡|hu|hu|wu
          郭|郭|guo|kuo|kwok
          何|何|he|ho|ho
          林|林|lin|lin|lam
          罗|羅|luo|lo|law
          高|高|gao|kao|ko
          郑|鄭|zheng|cheng|cheng
          梁|梁|liang|liang|leung
          谢|謝|xie|hsieh|tse
          宋|宋|song|sung|sung
          唐|唐|tang|tang|tong
          许|許|xu|hsu|hui
          邓|鄧|deng|teng|tang
          冯|馮|feng|feng|fung
          韩|韓|han|han|hon
          曹|曹|cao|tsao|tso
          彭|彭|peng|peng|pang
          萧|蕭|xiao|hsiao|siu
          蔡|蔡|cai|tsai|choi
          潘|潘|pan|pan|poon
          袁|袁|yuan|yuan|yuen
          蒋|蔣|jiang|chiang|cheung
          叶|葉|ye|yeh|yip
          杜|杜|du|tu|to
          苏|蘇|su|su|so
          魏|魏|wei|wei|ngai
          程|程|cheng|cheng|ching
          丁|丁|ding|ting|ting
          沈|沈|shen|shen|shum
          姚|姚|yao|yao|yiu
          卢|盧|lu|lu|lo
          钟|鍾|zhong|chung|chung
          崔|崔|cui|tsui|tsui
          谭|譚|tan|tan|tam
          廖|廖|liao|liao|liu
          范|范|fan|fan|fan
          汪|汪|wang|wang|wong
          陆|陸|lu|lu|luk
          石|石|shi|shih|shek
          戴|戴|dai|tai|tai
          贾|賈|jia|chia|ka
          夏|夏|xia|hsia|ha
          邱|邱|qiu|chiu|yau
          方|方|fang|fang|fong
          侯|侯|hou|hou|hau
          邹|鄒|zou|tsou|chau
          熊|熊|xiong|hsiung|hung
          孟|孟|meng|meng|mang
          秦|秦|qin|chin|chun
          白|白|bai|pai|pak
          江|江|jiang|chiang|kong
          薛|薛|xue|hsueh|sit
          段|段|duan|tuan|tuen
          雷|雷|lei|lei|lui
          龙|龍|long|lung|lung
          陶|陶|tao|tao|to
          顾|顧|gu|ku|koo
          毛|毛|mao|mao|mo
          龚|龔|gong|kung|kung
          邵|邵|shao|shao|shiu
          钱|錢|qian|chien|chin
          莫|莫|mo|mo|mok
          孔|孔|kong|kung|hung
          康|康|kang|kang|hong
          赖|賴|lai|lai|lai
          关|關|guan|kuan|kwan
          温|溫|wen|wen|wan
          """);

  /** Characters of Chinese given names: simplified | traditional | pinyin | Wade–Giles. */
  static final List<String[]> HAN_GIVEN =
      rows(
          """
          伟|偉|wei|wei
          明|明|ming|ming
          华|華|hua|hua
          国|國|guo|kuo
          志|志|zhi|chih
          强|強|qiang|chiang
          家|家|jia|chia
          俊|俊|jun|chun
          杰|傑|jie|chieh
          美|美|mei|mei
          玲|玲|ling|ling
          丽|麗|li|li
          英|英|ying|ying
          秀|秀|xiu|hsiu
          芳|芳|fang|fang
          敏|敏|min|min
          婷|婷|ting|ting
          欣|欣|xin|hsin
          德|德|de|te
          荣|榮|rong|jung
          永|永|yong|yung
          浩|浩|hao|hao
          海|海|hai|hai
          宝|寶|bao|pao
          东|東|dong|tung
          安|安|an|an
          平|平|ping|ping
          成|成|cheng|cheng
          光|光|guang|kuang
          辉|輝|hui|hui
          雄|雄|xiong|hsiung
          龙|龍|long|lung
          立|立|li|li
          思|思|si|ssu
          红|紅|hong|hung
          小|小|xiao|hsiao
          春|春|chun|chun
          云|雲|yun|yun
          飞|飛|fei|fei
          鹏|鵬|peng|peng
          军|軍|jun|chun
          峰|峰|feng|feng
          磊|磊|lei|lei
          涛|濤|tao|tao
          斌|斌|bin|pin
          超|超|chao|chao
          波|波|bo|po
          刚|剛|gang|kang
          亮|亮|liang|liang
          静|靜|jing|ching
          燕|燕|yan|yen
          霞|霞|xia|hsia
          娟|娟|juan|chuan
          琳|琳|lin|lin
          雪|雪|xue|hsueh
          梅|梅|mei|mei
          兰|蘭|lan|lan
          凤|鳳|feng|feng
          慧|慧|hui|hui
          佳|佳|jia|chia
          宇|宇|yu|yu
          晨|晨|chen|chen
          博|博|bo|po
          凯|凱|kai|kai
          泽|澤|ze|tse
          瑞|瑞|rui|jui
          天|天|tian|tien
          福|福|fu|fu
          祥|祥|xiang|hsiang
          金|金|jin|chin
          山|山|shan|shan
          清|清|qing|ching
          玉|玉|yu|yu
          珍|珍|zhen|chen
          娜|娜|na|na
          """);

  /** Vietnamese family names, with diacritics. */
  static final List<String> VIET_SURNAMES =
      List.of(
          "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
          "Hồ", "Ngô", "Dương", "Lý");

  /** Vietnamese middle names. */
  static final List<String> VIET_MIDDLE =
      List.of("Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quang", "Xuân", "Công");

  /** Vietnamese given names. */
  static final List<String> VIET_GIVEN =
      List.of(
          "Anh", "Bình", "Cường", "Dũng", "Hải", "Hạnh", "Hiếu", "Hoa", "Hùng", "Hương", "Khánh",
          "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phong", "Phương", "Quân", "Sơn", "Tâm",
          "Thảo", "Thắng", "Trang", "Trung", "Tuấn", "Việt", "Yến", "Đạt", "Giang", "Kiên");

  /** Thai given names: Thai script | RTGS | common informal spelling. */
  static final List<String[]> THAI_GIVEN =
      rows(
          """
          สมชาย|somchai|somchay
          สมศักดิ์|somsak|somsak
          สุดา|suda|suda
          ประยุทธ์|prayut|prayuth
          ทักษิณ|thaksin|taksin
          ชัยวัฒน์|chaiwat|chaiwath
          วิชัย|wichai|vichai
          สมพร|somphon|somporn
          ประเสริฐ|prasoet|prasert
          สุรชัย|surachai|surachai
          กิตติ|kitti|kitti
          ธนากร|thanakon|thanakorn
          พิชัย|phichai|pichai
          นิพนธ์|niphon|nipon
          อรุณ|arun|arun
          บุญมี|bunmi|boonmee
          มาลี|mali|malee
          สมหญิง|somying|somying
          วันดี|wandi|wandee
          อนันต์|anan|anant
          สุนทร|sunthon|soonthorn
          ชาตรี|chatri|chatree
          ณรงค์|narong|narong
          สมบัติ|sombat|sombat
          """);

  /** Thai family names: Thai script | RTGS | common informal spelling. */
  static final List<String[]> THAI_SURNAMES =
      rows(
          """
          ใจดี|chaidi|jaidee
          ชินวัตร|chinnawat|shinawatra
          ศรีสุข|sisuk|srisuk
          แสงทอง|saengthong|sangthong
          ทองดี|thongdi|thongdee
          บุญมา|bunma|boonma
          สุขใจ|sukchai|sukjai
          รุ่งเรือง|rungrueang|rungruang
          วงศ์สวัสดิ์|wongsawat|wongsawad
          ศรีวงศ์|siwong|sriwong
          มีสุข|misuk|meesuk
          พรหมมา|phromma|promma
          """);

  /** Burmese personal names as usually romanised (no family names). */
  static final List<String> BURMESE_NAMES =
      List.of(
          "Aung San Suu Kyi",
          "Min Aung Hlaing",
          "Win Myint",
          "Thein Sein",
          "Than Shwe",
          "Soe Win",
          "Myint Swe",
          "Zaw Min Tun",
          "Tin Oo",
          "Khin Nyunt",
          "Maung Aye",
          "Htin Kyaw",
          "Nyan Win",
          "Kyaw Zaw",
          "Myo Min",
          "Thida Aye",
          "Mya Mya",
          "Tun Tun",
          "Ye Htut",
          "Chit Thu",
          "Htoo Eh Moo",
          "Kyaw Thu",
          "Than Htay",
          "Hla Myo",
          "Nay Lin",
          "Sein Lwin");

  /** Burmese syllables clearly distinct from one another, for names of other people. */
  static final List<String> BURMESE_SYLLABLES =
      List.of(
          "Aung", "Kyaw", "Min", "Zaw", "Htet", "Naing", "Thura", "Pyae", "Phyo", "Wai", "Lwin",
          "Nandar", "Ei", "Khine", "Yadanar", "Hein", "Sithu", "Paing", "Moe", "Bo");

  /** Given names in English-speaking lists. */
  static final List<String> WESTERN_GIVEN =
      List.of(
          "John",
          "Michael",
          "David",
          "James",
          "Robert",
          "William",
          "Mary",
          "Jennifer",
          "Elizabeth",
          "Patricia",
          "Thomas",
          "Richard",
          "Charles",
          "Daniel",
          "Matthew",
          "Anthony",
          "Steven",
          "Andrew",
          "Kevin",
          "Brian",
          "George",
          "Edward",
          "Ronald",
          "Timothy",
          "Jason",
          "Jeffrey",
          "Ryan",
          "Jacob",
          "Gary",
          "Nicholas",
          "Eric",
          "Jonathan",
          "Stephen",
          "Justin",
          "Scott",
          "Brandon",
          "Benjamin",
          "Samuel",
          "Gregory",
          "Alexander",
          "Patrick",
          "Frank",
          "Raymond",
          "Dennis",
          "Margaret",
          "Barbara",
          "Susan",
          "Jessica",
          "Sarah",
          "Karen",
          "Nancy",
          "Lisa",
          "Sandra",
          "Ashley",
          "Dorothy",
          "Kimberly",
          "Donna",
          "Michelle",
          "Carol",
          "Amanda",
          "Melissa",
          "Deborah",
          "Stephanie",
          "Rebecca",
          "Laura",
          "Helen",
          "Sharon",
          "Cynthia");

  /** Family names in English-speaking lists. */
  static final List<String> WESTERN_SURNAMES =
      List.of(
          "Smith",
          "Johnson",
          "Williams",
          "Brown",
          "Jones",
          "Miller",
          "Davis",
          "Wilson",
          "Anderson",
          "Taylor",
          "Thomas",
          "Moore",
          "Martin",
          "Jackson",
          "Thompson",
          "White",
          "Harris",
          "Clark",
          "Lewis",
          "Robinson",
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
          "Hill",
          "Campbell",
          "Mitchell",
          "Roberts",
          "Carter",
          "Phillips",
          "Evans",
          "Turner",
          "Parker",
          "Collins",
          "Edwards",
          "Stewart",
          "Morris",
          "Murphy",
          "Cook",
          "Rogers",
          "Morgan",
          "Cooper",
          "Peterson",
          "Reed",
          "Bailey",
          "Kelly",
          "Howard",
          "Ward",
          "Cox",
          "Richardson",
          "Wood",
          "Watson",
          "Brooks",
          "Bennett",
          "Gray");

  /** English given names and their usual short forms (formal | nicknames separated by ,). */
  static final List<String[]> NICKNAMES =
      rows(
          """
          William|bill,will,billy,willy
          Robert|bob,rob,bobby,robbie
          Richard|rick,dick,rich,richie
          Elizabeth|liz,beth,betty,lizzie,eliza
          Margaret|maggie,peggy,meg
          Michael|mike,mickey
          James|jim,jimmy,jamie
          John|johnny,jack
          Thomas|tom,tommy
          Edward|ed,eddie,ted,ned
          Anthony|tony
          Charles|charlie,chuck
          Daniel|dan,danny
          Matthew|matt
          Joseph|joe,joey
          Nicholas|nick,nicky
          Jennifer|jen,jenny
          Patricia|pat,patty,trish
          Katherine|kate,kathy,katie
          Samuel|sam,sammy
          Benjamin|ben,benny
          Alexander|alex,sandy
          Stephen|steve
          Steven|steve
          Timothy|tim
          Gregory|greg
          Jonathan|jon
          Andrew|andy,drew
          Christopher|chris
          Susan|sue,susie
          Deborah|debbie,deb
          Rebecca|becky
          Kimberly|kim
          Ronald|ron,ronnie
          Donald|don,donnie
          Raymond|ray
          Frederick|fred,freddie
          Lawrence|larry
          Theodore|ted,teddy
          Victoria|vicky
          """);

  /** English company names that differ from each other in distinctive words. */
  static final List<String> COMPANY_WORDS =
      List.of(
          "Golden",
          "Triangle",
          "Mekong",
          "Pacific",
          "Lotus",
          "Dragon",
          "Phoenix",
          "Jade",
          "Silver",
          "Star",
          "Royal",
          "Ocean",
          "Sunrise",
          "Horizon",
          "Everest",
          "Crystal",
          "Emerald",
          "Summit",
          "Pioneer",
          "Harbour",
          "Orchid",
          "Tiger",
          "Unity",
          "Victory",
          "Prime",
          "Apex",
          "Vertex");

  /** English activity words of company names. */
  static final List<String> COMPANY_ACTIVITIES =
      List.of(
          "Trading",
          "Logistics",
          "Holdings",
          "Investment",
          "Technology",
          "Shipping",
          "Resorts",
          "Entertainment",
          "Construction",
          "Property",
          "Finance",
          "Consulting",
          "Electronics",
          "Textiles",
          "Foods",
          "Mining",
          "Energy",
          "Pharma",
          "Media",
          "Payments");

  /** Company forms as written: ASCII spellings that the comparator reads as the same form. */
  static final List<String[]> COMPANY_FORMS =
      rows(
          """
          Co., Ltd.|Company Limited|Co Ltd|CO., LTD
          Ltd|Limited|Ltd.|LIMITED
          Inc.|Incorporated|Inc|INC
          Corp.|Corporation|Corp|CORPORATION
          PCL|Public Company Limited|Plc|PLC
          Pte. Ltd.|Pte Ltd|PTE. LTD.|Pte Limited
          Sdn. Bhd.|Sdn Bhd|SDN BHD|Sdn. Bhd
          LLC|L.L.C.|llc|LLC.
          GmbH|GMBH|Gmbh|GmbH.
          """);

  /** Chinese cities in company names: Han | pinyin. */
  static final List<String[]> HAN_CITIES =
      rows(
          """
          深圳|Shenzhen
          广州|Guangzhou
          上海|Shanghai
          北京|Beijing
          昆明|Kunming
          南宁|Nanning
          厦门|Xiamen
          福州|Fuzhou
          杭州|Hangzhou
          天津|Tianjin
          """);

  /** Brand words of Chinese company names: Han | pinyin. */
  static final List<String[]> HAN_BRANDS =
      rows(
          """
          华信|Huaxin
          金海|Jinhai
          新锐|Xinrui
          宏达|Hongda
          永利|Yongli
          恒通|Hengtong
          天成|Tiancheng
          盛世|Shengshi
          金龙|Jinlong
          鸿运|Hongyun
          东盛|Dongsheng
          瑞丰|Ruifeng
          """);

  /** Activity words of Chinese company names: Han | pinyin. */
  static final List<String[]> HAN_ACTIVITIES =
      rows(
          """
          科技|Keji
          贸易|Maoyi
          投资|Touzi
          实业|Shiye
          网络|Wangluo
          物流|Wuliu
          """);

  private static List<String[]> rows(String table) {
    return table.lines().filter(l -> !l.isBlank()).map(l -> l.strip().split("\\|")).toList();
  }

  static List<String> split(String[] row, int column) {
    return Arrays.asList(row[column].split(","));
  }
}
