/*
 * Copyright 2026 Mandate developers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package dev.mandate.parser.internal.responsibility;

import dev.mandate.parser.internal.text.Brackets;
import dev.mandate.parser.internal.text.Fold;
import dev.mandate.parser.internal.text.Residue;
import dev.mandate.parser.internal.text.WordIndex;

/**
 * What an agency's name looks like: the one grammar every stage asks whether a string is a unit. A name is a prefix
 * (a level or place: 省, 市, 县, 区, 各, 有关 …, optional), a body, and a suffix that says what kind of body it is.
 *
 * <p>A <em>strong</em> suffix names an organ of government or a public body and nothing else: 局, 委, 办, 厅, 署,
 * 政府, 管委会, 中心, 公司, 集团, 银行, 支行, 海关, 法院, 检察院, 街道, 办事处, 大队, 妇联, 部门 …. A <em>weak</em>
 * suffix ends names as often as other words (会, 部, 处, 所, 站, 组, 镇, 乡, 区, 县 …): it makes a name in a list
 * that is otherwise all names, never alone in prose. Folded text throughout (see {@link Fold}).
 */
public final class AgencyNames {

  /** Suffixes of two or more chars that end names of public bodies only. */
  private static final String[] STRONG_WORDS = {"人民政府", "政府", "管委会", "委员会", "办事处", "街道", "党工委", "党委",
      "工委", "团委", "妇联", "残联", "科协", "侨联", "文联", "工商联", "总工会", "红十字会", "基金会", "分会", "联合会", "促进会", "中心", "公司", "集团", "银行",
      "支行", "分行", "海关", "法院", "检察院", "大队", "支队", "中队", "分局", "领导小组", "工作组", "指挥部", "专班",
      "办公室", "联社", "医院", "卫生院", "学校", "学院", "大学", "协会", "商会", "气象台", "电视台", "部门", "单位", "机关", "机构",
      "派出所", "管理所", "管理处", "管理站", "检测站", "服务站", "研究所", "研究院", "设计院", "党校", "总队", "监狱",
      "供销社", "社区", "村委会", "居委会", "园区", "开发区", "高新区", "新区", "示范区", "度假区", "试验区", "保税区",
      "经开区", "管理区", "农场", "林场", "武警", "宣传部", "组织部", "统战部", "武装部", "人武部", "工作部", "政治部",
      "项目部", "科院", "规划院"};
  /** The strong suffix words by their last char: a name's ending is looked up, not matched against every word. */
  private static final WordIndex STRONG_BY_LAST = WordIndex.byLast(STRONG_WORDS);

  /** Single chars that end the names of public bodies only: a bureau, a commission, an office, a department. */
  private static final String STRONG_CHARS = "局委办厅署";
  /** Single chars that end names, but other words too. */
  private static final String WEAK_CHARS = "部室心院会所站队司团府道镇乡处科股组联社行台馆协校区县市营厂场园位班关旗";
  /** The bureaus and commissions whose level prefix a list may leave out after its first unit (市发改委、经贸委). */
  private static final String BUREAU_CHARS = "局委办厅署";

  private AgencyNames() {}

  /** How much a string's ending says it is a name. */
  enum Suffix {
    NONE, WEAK, STRONG
  }

  /** The suffix of {@code f[b, e)}, folded. */
  static Suffix suffix(String f, int b, int e) {
    if (e - b < 2) {
      return Suffix.NONE;
    }
    char last = f.charAt(e - 1);
    if (STRONG_CHARS.indexOf(last) >= 0) {
      return Suffix.STRONG;
    }
    for (String w : STRONG_BY_LAST.get(last)) {
      if (e - b > w.length() && endsWith(f, e, w) || e - b == w.length() && endsWith(f, e, w) && w.length() >= 3) {
        return Suffix.STRONG;
      }
    }
    if (last == '道' && f.charAt(e - 2) != '街') {
      return Suffix.NONE; // 湘北大道, 渠道, 河道: a road or a channel; of the names in 道 only 街道 is a body's
    }
    if (last == '会') {
      for (String w : EVENTS) {
        if (endsWith(f, e, w)) {
          return Suffix.NONE; // 中秋文艺晚会, 新闻发布会: an event held, no body that acts (协会, 工会, 委员会 are)
        }
      }
    }
    return WEAK_CHARS.indexOf(last) >= 0 ? Suffix.WEAK : Suffix.NONE;
  }

  private static boolean endsWith(String f, int e, String w) {
    int s = e - w.length();
    if (s < 0) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      if (f.charAt(s + i) != w.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Words in 会 that name a gathering, an event, not a body. */
  private static final String[] EVENTS = {"晚会", "运动会", "联欢会", "发布会", "座谈会", "交流会", "博览会", "展销会",
      "推介会", "洽谈会", "培训会", "演唱会", "音乐会", "茶话会", "表彰会", "现场会", "推进会", "动员会", "庙会", "灯会",
      "年会", "峰会", "展会", "交易会", "见面会", "报告会", "研讨会", "论证会", "听证会", "调度会", "例会", "观摩会",
      "招聘会", "团拜会", "游园会", "分享会", "动员大会", "表彰大会", "誓师大会", "订货会", "故事会", "花会", "读书会",
      "宣讲会", "说明会", "恳谈会"};

  /** The level prefixes a name starts with. */
  private static final String LEVELS = "省市县区镇乡各";

  /** Whether a char is a level a name opens with ({@code 省 市 县 区 镇 乡}, or {@code 各}: every unit of one). */
  public static boolean opensWithLevel(char folded) {
    return LEVELS.indexOf(folded) >= 0;
  }

  /** Two-char words that end like a name (办, 局, 委) and are none. */
  private static final java.util.Set<String> NOT_NAMES = java.util.Set.of("举办", "主办", "承办", "协办", "创办", "开办",
      "兴办", "督办", "代办", "包办", "查办", "交办", "转办", "经办", "合办", "领办", "停办", "结局", "格局", "布局", "当局",
      "大局", "全局", "开局", "出局", "残局", "编委", "常委");

  /** Function words of a sentence that no agency's name holds: a modal, a preposition, a particle, a pronoun. */
  private static final String FUNCTION_CHARS = "要须将把被的了着并请于其";
  /** Numerals and the classifiers that count things after them (一批, 两所, 三个): no name counts its kind. */
  private static final String COUNT_NUMERALS = "一二两三四五六七八九十百千万几";
  private static final String CLASSIFIERS = "批个所家项条座户件次台辆套";

  /** Words that make a bracket a remark about a name, not a name: (以下简称县禁烧办), (含下属单位). */
  private static final String[] REMARKS = {"简称", "以下", "下称", "含", "包括", "其中", "详见", "附后", "名单"};

  /** The first chars of the remarks' words. */
  private static final String REMARK_CHARS = "简以下含包其详附名";

  private static boolean isRemark(String p) {
    boolean suspect = false;
    for (int i = 0; i < p.length() && !suspect; i++) {
      suspect = REMARK_CHARS.indexOf(p.charAt(i)) >= 0;
    }
    if (!suspect) {
      return false; // most names hold no char a remark's words start with
    }
    for (String r : REMARKS) {
      if (p.startsWith(r) || r.length() == 2 && p.contains(r)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a folded piece of a list is one unit's name, strongly or weakly. */
  public static boolean isName(String folded) {
    return piece(folded) != Suffix.NONE;
  }

  /** Whether a folded piece is one unit's name by a strong suffix (or {@code 各…}): enough on its own, in prose. */
  public static boolean isStrongName(String folded) {
    return piece(folded) == Suffix.STRONG;
  }

  /** Whether {@code p[0, e)} ends with a role word a list of units closes with ({@code 牵头}, {@code 配合}, {@code 负责}). */
  private static boolean endsWithRole(String p, int e) {
    return e >= 2 && (p.startsWith("牵头", e - 2) || p.startsWith("配合", e - 2) || p.startsWith("负责", e - 2));
  }

  /**
   * What a piece of a list is: its role words ({@code 牵头}, {@code 配合}) and a trailing {@code 等} and bracket left
   * out, a name of 2 to 20 chars with no digits (but in a quoted programme's name), that starts with {@code 各} or ends
   * with a suffix.
   */
  private static Suffix piece(String piece) {
    String p = Fold.trim(piece);
    if (p.indexOf('(') > 0) {
      p = Residue.strip(p); // 發(fā)展改革委: only a bracket can hold pinyin
    }
    // 区农业农村委*, ★市卫健委: a sign that marks the lead (or **镇各社区, stars that mask a place's name: what is
    // left names it as well)
    while (p.length() > 1 && LeadConvention.SIGNS.indexOf(p.charAt(0)) >= 0) {
      p = Fold.trim(p.substring(1));
    }
    while (p.length() > 1 && LeadConvention.SIGNS.indexOf(p.charAt(p.length() - 1)) >= 0) {
      p = Fold.trim(p.substring(0, p.length() - 1));
    }
    // 市发改委牵头落实, 市财政局负责落实, X、Y分别负责: a cell's role and the doing of it (负责 alone ends a sentence,
    // 由市发改委负责, read as one by its own rule)
    boolean done = p.endsWith("落实") && p.length() > 4 && endsWithRole(p, p.length() - 2);
    if (done) {
      p = p.substring(0, p.length() - 2);
    }
    boolean each = p.length() > 6 && p.endsWith("负责") && (p.startsWith("分别", p.length() - 4)
        || p.startsWith("共同", p.length() - 4));
    if (p.endsWith("等") || p.endsWith("牵头") || p.endsWith("配合") || (done || each) && p.endsWith("负责")) {
      p = p.endsWith("等") ? p.substring(0, p.length() - 1) : p.substring(0, p.length() - 2);
      if (p.endsWith("分别") || p.endsWith("共同")) {
        p = p.substring(0, p.length() - 2); // 市金融办、潍坊银监分局分别牵头: each of the list's, or all together
      }
    }
    int close = p.lastIndexOf(')');
    if (close == p.length() - 1) {
      int open = p.lastIndexOf('(');
      if (open > 0) {
        p = p.substring(0, open);
      }
    }
    if (p.length() < 2 || p.length() > 20 || isRemark(p) || p.length() == 2 && p.charAt(0) == '全') {
      return Suffix.NONE; // 全市, 全县: the whole of a place, a region's row, no unit
    }
    int counted = countedBodies(p);
    if (counted > 0) {
      // 13个街道, 五个乡镇: every body of a kind, counted, as 各街道 names them all
      return piece(p.substring(counted)) != Suffix.NONE ? Suffix.STRONG : Suffix.NONE;
    }
    // 市“5115”工程领导小组: the digits a programme's quoted name holds, right after the level, are a name's (not
    // 创建“中国制造2025”国家级示范区, a task's words before the quote)
    boolean quoted = false;
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      quoted = c == '“' && i <= 1 || quoted && c != '”';
      // (机要局, 机要通信司: 要 in 机要, confidential communications, is an office's word, no modal)
      if (c >= '0' && c <= '9' && !quoted
          || FUNCTION_CHARS.indexOf(c) >= 0 && !(c == '要' && i > 0 && p.charAt(i - 1) == '机')) {
        return Suffix.NONE; // 各牵头单位要切实履行: a sentence, no name
      }
      if (i + 1 < p.length() && COUNT_NUMERALS.indexOf(c) >= 0 && CLASSIFIERS.indexOf(p.charAt(i + 1)) >= 0
          && (i == 0 || p.charAt(i - 1) != '第')) {
        return Suffix.NONE; // 新建一批中小学校: a count of things is a task's words, no body's name
      }
    }
    if (p.startsWith("今年") || p.startsWith("明年") || p.startsWith("全年") || p.startsWith("当年")) {
      return Suffix.NONE; // 今年各部门要…: a time before the subject, no part of a name
    }
    if (p.startsWith("各")) {
      return Suffix.STRONG;
    }
    if (p.length() == 2 && NOT_NAMES.contains(p)) {
      return Suffix.NONE; // 举办, 布局: a verb or a word that ends as a bureau's name does
    }
    return suffix(p, 0, p.length());
  }

  /** Whether a folded text holds a function word no name holds ({@code 各乡镇要加强督查}): a sentence's. */
  public static boolean holdsFunctionWord(String folded) {
    for (int i = 0; i < folded.length(); i++) {
      if (FUNCTION_CHARS.indexOf(folded.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether a folded text starts with a count of bodies ({@code 13个街道}, {@code 3个社区}). */
  public static boolean startsWithCount(String folded) {
    return countedBodies(Fold.trim(folded)) > 0;
  }

  /** The length of a count of bodies before their kind's name ({@code 13个} in {@code 13个街道}), or 0. */
  private static int countedBodies(String p) {
    return countedBodies(p, 0, p.length());
  }

  /** As {@link #countedBodies(String)}, of {@code p[b, e)}: the length of the count, or 0. */
  private static int countedBodies(String p, int b, int e) {
    int i = b;
    while (i < e && i - b < 4 && (p.charAt(i) >= '0' && p.charAt(i) <= '9' || COUNT_NUMERALS.indexOf(p.charAt(i)) >= 0)) {
      i++;
    }
    return i > b && i + 2 < e && p.charAt(i) == '个' ? i + 1 - b : 0;
  }

  /**
   * A list of unit names and nothing else: {@code 县水务局}, {@code 市教育局、市财政局}; weak suffixes count, and a
   * list of several, or one name with its level first ({@code 区投资促进中心。}), may end with a full stop (another
   * one-name "list" that does is a sentence: 开工建设老年大学。).
   */
  public static boolean isList(String folded) {
    String t = Fold.trim(folded);
    while (t.length() > 2 && (t.endsWith("。") || t.endsWith(";") || t.endsWith("."))
        && (t.indexOf('、') > 0 || t.indexOf(',') > 0 || LEVELS.indexOf(t.charAt(0)) >= 0)) {
      t = t.substring(0, t.length() - 1);
    }
    if (t.length() < 2 || t.length() > 400) {
      return false;
    }
    int n = t.length();
    if (!isListSeparator(t.charAt(n - 1)) && t.indexOf('(') < 0) {
      int last = n - 1;
      while (last >= 0 && !isListSeparator(t.charAt(last))) {
        last--;
      }
      if (!mayEndList(t, last + 1, n)) {
        return false; // the last name is read first: most strings asked about are no list and end otherwise
      }
    }
    int depth = 0;
    int pieceStart = 0;
    boolean sharedBody = sharesBody(t);
    boolean addressed = false;
    int open = -1;
    for (int i = 0; i <= t.length(); i++) {
      char c = i < t.length() ? t.charAt(i) : '、';
      if (i == t.length() && depth > 0 && open > pieceStart && !isName(t.substring(pieceStart, open))) {
        return false; // 推进…示范区建设(省科技厅: a bracket left open after words that are no name
      }
      if (c == '(') {
        open = depth == 0 ? i : open;
        depth++;
      } else if (c == ')') {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0 && isListSeparator(c)) {
        if (i > pieceStart && !isName(t.substring(pieceStart, i))
            && !(sharedBody && isFieldWord(t, pieceStart, i))
            && !(i - pieceStart == 1 && addressed && "乡镇村".indexOf(t.charAt(pieceStart)) >= 0)) {
          // (各街道、镇, 13个街道、镇: a place's one char after a list of all of a kind names all of its own kind)
          return false;
        }
        addressed = i > pieceStart && (t.charAt(pieceStart) == '各' || countedBodies(t, pieceStart, i) > 0);
        pieceStart = i + 1;
      } else if (depth == 0 && (c == '。' || c == ':' || c == '!' || c == '?')) {
        return false;
      }
    }
    return true;
  }

  /** The body word a list's last name may share with the bare fields before it: 公安、交通部门. */
  public static final String SHARED_BODY = "部门";

  /**
   * Whether a list ends with a name of a field and {@link #SHARED_BODY} after a {@code 、} ({@code 公安、交通部门}), so
   * that the bare fields before it ({@code 公安}) are named by the same word: short, a field's word, nothing else.
   */
  private static boolean sharesBody(String t) {
    int sep = t.lastIndexOf('、');
    if (sep < 0 || !t.endsWith(SHARED_BODY)) {
      return false;
    }
    int fieldLength = t.length() - sep - 1 - SHARED_BODY.length();
    return fieldLength >= 2 && fieldLength <= 7 && isFieldWord(t, sep + 1, t.length() - SHARED_BODY.length());
  }

  /** Whether {@code t[b, e)} is a bare field's word: two to six Han chars, no level prefix or body of a name. */
  public static boolean isFieldWord(String t, int b, int e) {
    if (e - b < 2 || e - b > 7 || t.charAt(b) == '各') {
      return false;
    }
    for (int i = b; i < e; i++) {
      if (!Character.isIdeographic(t.charAt(i)) || t.charAt(i) == '等') {
        return false;
      }
    }
    return !isName(t.substring(b, e));
  }

  /**
   * A list of agency names where every name is one by a strong suffix ({@code (市教育局、市财政局)}): stricter than
   * {@link #isList}, for a bracket at the end of a sentence, more often a remark ({@code (社区)}, {@code (含)}) than a
   * unit list, and for the parts of a role sentence.
   */
  public static boolean isStrictList(String folded) {
    String t = Fold.trim(folded);
    if (t.length() < 3 || t.length() > 80 || !isList(t)) {
      return false;
    }
    // a short name (农委) among others in a list is one; alone in a bracket, two chars say too little
    boolean several = false;
    for (int i = 0; i < t.length() && !several; i++) {
      several = isSeparator(t.charAt(i));
    }
    return allStrong(t, several ? 2 : 3);
  }

  /**
   * A list whose every name is one by a strong suffix, short names too ({@code 商委}): for a list a role word follows
   * ({@code 商委牵头}), which says enough that it is units.
   */
  public static boolean isStrongList(String folded) {
    String t = Fold.trim(folded);
    if (!isList(t)) {
      return false;
    }
    return allStrong(t, 0);
  }

  /** Whether every piece of a list is a name by a strong suffix of at least {@code shortest} chars (see below). */
  private static boolean allStrong(String t, int shortest) {
    return weakPieces(t, shortest, 0) == 0;
  }

  /**
   * A list of several names in a bracket, all but one of them by a strong suffix, and those an organ's
   * ({@code 运管所、执法大队、交警大队}): looser than {@link #isStrictList}, as a bracket closing a task says units when
   * most of its names say they are organs that can carry it.
   */
  public static boolean isMostlyStrongList(String folded) {
    String t = Fold.trim(folded);
    if (t.length() < 5 || t.length() > 80 || t.indexOf('、') < 0 || !isList(t) || weakPieces(t, 2, 1) > 1) {
      return false;
    }
    // every strong name an organ's (局, 大队, 政府 …): hospitals, venues and parks in a bracket are what the task is
    // done at or for (市第一人民医院、市中心医院; 高新区、经开区), no units
    int b = 0;
    for (int i = 0; i <= t.length(); i++) {
      if (i < t.length() && t.charAt(i) != '、') {
        continue;
      }
      String p = t.substring(b, i);
      if (piece(p) == Suffix.STRONG && !isOrgan(p)) {
        return false;
      }
      b = i + 1;
    }
    return true;
  }

  /** Suffixes of two or more chars that end the names of organs of government, not of the bodies they run. */
  private static final String[] ORGAN_WORDS = {"政府", "大队", "支队", "中队", "总队", "分局", "派出所", "管理所", "管理处",
      "管理站", "办公室", "委员会", "办事处", "街道", "党委", "工委", "部门", "单位", "机关"};

  /** Whether a name ends as an organ's: a bureau, a commission, an office, a brigade, a government. */
  private static boolean isOrgan(String name) {
    String p = Fold.trim(name);
    if (p.endsWith("等")) {
      p = p.substring(0, p.length() - 1);
    }
    if (!p.isEmpty() && STRONG_CHARS.indexOf(p.charAt(p.length() - 1)) >= 0) {
      return true;
    }
    for (String w : ORGAN_WORDS) {
      if (p.endsWith(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The pieces of a list between its separators ({@code 、 , ; ，；} and spaces), a trailing 等 left out, that are no
   * name by a strong suffix of at least {@code shortest} chars; counted up to {@code enough} + 1.
   */
  private static int weakPieces(String t, int shortest, int enough) {
    int weak = 0;
    int n = t.length();
    int b = 0;
    int depth = 0;
    for (int i = 0; i <= n; i++) {
      char c = i < n ? t.charAt(i) : ',';
      depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
      if (i < n && (depth > 0 || !isSeparator(c))) {
        continue; // 各县(市、区)政府: a separator inside a bracket parts no names
      }
      if (i > b || b == 0) { // an empty first piece (a list that starts with a separator) is no name
        int e = i > b && t.charAt(i - 1) == '等' ? i - 1 : i;
        if ((e - b < shortest || piece(t.substring(b, e)) != Suffix.STRONG) && ++weak > enough) {
          return weak;
        }
      }
      b = i + 1;
    }
    return weak;
  }

  /** What parts the names of a list, folded. */
  private static boolean isListSeparator(char c) {
    return c == '、' || c == ',' || c == ';' || Fold.isSpace(c);
  }

  private static boolean isSeparator(char c) {
    return c == '、' || c == ',' || c == ';' || c == '，' || c == '；' || Fold.isSpace(c);
  }

  /**
   * Whether a cell begins with a unit's name ({@code 市教育局、…}, {@code 各县区政府,…}): looser than {@link #isList},
   * for a cell that may go on with notes and many more units.
   */
  public static boolean startsWithName(String folded) {
    String t = Fold.trim(folded);
    int end = 0;
    int depth = 0;
    while (end < t.length()) {
      char c = t.charAt(end);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0 && (c == '、' || c == ',' || c == ';' || c == '。' || Fold.isSpace(c))) {
        break;
      }
      end++;
    }
    return isName(t.substring(0, end));
  }

  /** Titles of the leaders a task is put under ({@code 副市长}, {@code 常务副县长}, {@code 秘书长}). */
  private static final String[] LEADER_TITLES = {"市长", "区长", "县长", "省长", "州长", "旗长", "镇长", "乡长", "书记",
      "主任", "秘书长", "局长", "部长", "厅长", "主席"};

  /**
   * Whether a folded piece is a leader by title ({@code 分管副省长}, {@code 协管副秘书长}, {@code 王浩市长}): a person,
   * no unit, though listed among units.
   */
  public static boolean isLeaderTitle(String folded) {
    String p = Fold.trim(folded);
    for (String title : LEADER_TITLES) {
      if (p.endsWith(title) && p.length() > title.length() && p.length() <= 12) {
        return !isName(p);
      }
    }
    return false;
  }

  /**
   * The length of the unit's name that opens a leader of it named with the person and title ({@code 区农林水利局张崇芳局长},
   * {@code 县卫生局王明副局长}: the unit, then a name of two or three chars, then the title), or -1: the unit the leader
   * heads is the one a task is put under.
   */
  public static int unitOfLeader(String folded) {
    String p = Fold.trim(folded);
    for (String title : LEADER_TITLES) {
      if (!p.endsWith(title)) {
        continue;
      }
      int e = p.length() - title.length();
      e = p.startsWith("常务副", e - 3) ? e - 3 : p.startsWith("副", e - 1) ? e - 1 : e;
      if (isName(p.substring(0, e))) {
        return -1; // 县政府办公室主任: the office's head by title alone, no person named (公室 no person)
      }
      for (int person = 2; person <= 3; person++) {
        int unit = e - person;
        if (unit >= 3 && isStrongName(p.substring(0, unit)) && Fold.allHan(p, unit, e)) {
          return unit;
        }
      }
      return -1;
    }
    return -1;
  }

  /** Whether a bracket's inner text ({@code 市委统战部(市民族宗教局)}) is another name of the unit before it. */
  static boolean isAlias(String inner) {
    String f = Fold.fold(Fold.trim(inner));
    return f.length() >= 2 && !Brackets.containsRoundOpen(f) && STRONG_CHARS.indexOf(f.charAt(f.length() - 1)) >= 0;
  }

  /**
   * Whether a bracket's inner text is the other board an internal office hangs ({@code 办公室(外事司)},
   * {@code 人事处(组织部)}): both names an internal office's of three chars at least. A section inside a ministry or a
   * bureau ({@code 财政部(国库司)}, {@code 市审计局(经责审计科)}) says which of its parts, no other name of it.
   */
  static boolean isOfficesOtherBoard(String name, String inner) {
    String n = Fold.fold(Fold.trim(name));
    String f = Fold.fold(Fold.trim(inner));
    return n.length() >= 3 && f.length() >= 3 && !Brackets.containsRoundOpen(f)
        && OFFICE_CHARS.indexOf(n.charAt(n.length() - 1)) >= 0 && OFFICE_CHARS.indexOf(f.charAt(f.length() - 1)) >= 0
        && isName(n) && isName(f);
  }

  /** The suffixes of an organisation's internal offices: a ministry's 司, a bureau's 处, 科 and 室, a county's 股. */
  private static final String OFFICE_CHARS = "司处科室股";

  /** Whether a short name is a bureau or commission whose level prefix a list may have left out ({@code 经贸委}). */
  static boolean isBureau(String folded) {
    return folded.length() >= 2 && folded.length() <= 6
        && BUREAU_CHARS.indexOf(folded.charAt(folded.length() - 1)) >= 0;
  }

  /** Whether c is a sign a document marks its leads with (★市教育局, 市卫健委*). */
  public static boolean isLeadSign(char c) {
    return LeadConvention.SIGNS.indexOf(c) >= 0;
  }

  /**
   * The chars a piece of a list may end with and be a name: a suffix's last char, 等, a bracket, a lead's sign, a role
   * word's (牵头, 配合, 负责, 牵头落实).
   */
  private static final boolean[] MAY_END = new boolean[0x10000];

  static {
    for (String chars : new String[] {STRONG_CHARS, WEAK_CHARS, "等)头合责实", LeadConvention.SIGNS}) {
      for (int k = 0; k < chars.length(); k++) {
        MAY_END[chars.charAt(k)] = true;
      }
    }
    for (String w : STRONG_WORDS) {
      MAY_END[w.charAt(w.length() - 1)] = true;
    }
  }

  /** Whether a name may end with {@code c}: a suffix's last char ({@code 局}, {@code 处}, {@code 镇}), 等, a bracket. */
  public static boolean mayEndName(char c) {
    return MAY_END[c];
  }

  /**
   * Whether a list whose last piece is {@code f[pieceStart, e)} may be one of names: that piece ends as a name may
   * (a suffix, 等, a bracket, a sign) or starts with 各. Cheap, and never false for a list {@link #isList} accepts
   * with no bracket in it: asked first where a scan tries many ends of a list.
   */
  public static boolean mayEndList(String f, int pieceStart, int e) {
    if (e <= pieceStart) {
      return false;
    }
    if (MAY_END[f.charAt(e - 1)]) {
      return true;
    }
    int b = pieceStart;
    while (b < e && (Fold.isSpace(f.charAt(b)) || LeadConvention.SIGNS.indexOf(f.charAt(b)) >= 0)) {
      b++;
    }
    return b < e && f.charAt(b) == '各';
  }
}
