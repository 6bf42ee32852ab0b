package dev.mandate.parser.internal.responsibility;

import dev.mandate.parser.internal.text.Brackets;
import dev.mandate.parser.internal.text.Fold;
import dev.mandate.parser.internal.text.Residue;

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
      "工委", "团委", "妇联", "残联", "科协", "侨联", "文联", "工商联", "总工会", "红十字会", "中心", "公司", "集团", "银行",
      "支行", "分行", "海关", "法院", "检察院", "大队", "支队", "中队", "分局", "领导小组", "工作组", "指挥部", "专班",
      "办公室", "联社", "医院", "学校", "学院", "大学", "协会", "商会", "气象台", "电视台", "部门", "单位", "机关", "机构",
      "派出所", "管理所", "管理处", "管理站", "检测站", "服务站", "研究所", "研究院", "设计院", "党校", "总队", "监狱",
      "供销社", "社区", "村委会", "居委会", "园区", "开发区", "高新区", "新区", "示范区", "度假区", "试验区", "保税区",
      "经开区", "管理区", "农场", "林场", "武警", "宣传部", "组织部", "统战部", "武装部", "人武部", "工作部", "政治部",
      "项目部", "科院", "规划院"};
  /** The strong suffix words by their last char: a name's ending is looked up, not matched against every word. */
  private static final java.util.Map<Character, String[]> STRONG_BY_LAST = new java.util.HashMap<>();

  static {
    java.util.Map<Character, java.util.List<String>> by = new java.util.HashMap<>();
    for (String w : STRONG_WORDS) {
      by.computeIfAbsent(w.charAt(w.length() - 1), k -> new java.util.ArrayList<>()).add(w);
    }
    by.forEach((k, v) -> STRONG_BY_LAST.put(k, v.toArray(new String[0])));
  }

  /** Single chars that end the names of public bodies only: a bureau, a commission, an office, a department. */
  private static final String STRONG_CHARS = "局委办厅署";
  /** Single chars that end names, but other words too. */
  private static final String WEAK_CHARS = "部室心院会所站队司团府道镇乡处科组联社行台馆协校区县市营厂场园位班关旗";
  /** The bureaus and commissions whose level prefix a list may leave out after its first unit (市发改委、经贸委). */
  private static final String BUREAU_CHARS = "局委办厅署";

  private AgencyNames() {}

  /** How much a string's ending says it is a name. */
  enum Suffix {
    NONE, WEAK, STRONG
  }

  /** The suffix of {@code f[b, e)}, folded. */
  static Suffix suffix(CharSequence f, int b, int e) {
    if (e - b < 2) {
      return Suffix.NONE;
    }
    char last = f.charAt(e - 1);
    if (STRONG_CHARS.indexOf(last) >= 0) {
      return Suffix.STRONG;
    }
    String[] words = STRONG_BY_LAST.get(last);
    if (words != null) {
      for (String w : words) {
        if (e - b > w.length() && endsWith(f, e, w) || e - b == w.length() && endsWith(f, e, w) && w.length() >= 3) {
          return Suffix.STRONG;
        }
      }
    }
    return WEAK_CHARS.indexOf(last) >= 0 ? Suffix.WEAK : Suffix.NONE;
  }

  private static boolean endsWith(CharSequence f, int e, String w) {
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

  /** The level prefixes a name starts with. */
  private static final String LEVELS = "省市县区镇乡各";

  /** Two-char words that end like a name (办, 局, 委) and are none. */
  private static final java.util.Set<String> NOT_NAMES = java.util.Set.of("举办", "主办", "承办", "协办", "创办", "开办",
      "兴办", "督办", "代办", "包办", "查办", "交办", "转办", "经办", "合办", "领办", "停办", "结局", "格局", "布局", "当局",
      "大局", "全局", "开局", "出局", "残局", "编委", "常委");

  /** Function words of a sentence that no agency's name holds: a modal, a preposition, a particle. */
  private static final String FUNCTION_CHARS = "要须将把被的了着并请于";

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

  /**
   * What a piece of a list is: its role words ({@code 牵头}, {@code 配合}) and a trailing {@code 等} and bracket left
   * out, a name of 2 to 20 chars with no digits, that starts with {@code 各} or ends with a suffix.
   */
  private static Suffix piece(String piece) {
    String p = Fold.trim(piece);
    if (p.indexOf('(') > 0) {
      p = Residue.strip(p); // 發(fā)展改革委: only a bracket can hold pinyin
    }
    // 区农业农村委*, ★市卫健委: a sign that marks the lead
    while (p.length() > 1 && LeadConvention.SIGNS.indexOf(p.charAt(0)) >= 0) {
      p = Fold.trim(p.substring(1));
    }
    while (p.length() > 1 && LeadConvention.SIGNS.indexOf(p.charAt(p.length() - 1)) >= 0) {
      p = Fold.trim(p.substring(0, p.length() - 1));
    }
    if (p.endsWith("等") || p.endsWith("牵头") || p.endsWith("配合")) {
      p = p.endsWith("等") ? p.substring(0, p.length() - 1) : p.substring(0, p.length() - 2);
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
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (c >= '0' && c <= '9' || FUNCTION_CHARS.indexOf(c) >= 0) {
        return Suffix.NONE; // 各牵头单位要切实履行: a sentence, no name
      }
    }
    if (p.startsWith("各")) {
      return Suffix.STRONG;
    }
    if (p.length() == 2 && NOT_NAMES.contains(p)) {
      return Suffix.NONE; // 举办, 布局: a verb or a word that ends as a bureau's name does
    }
    return suffix(p, 0, p.length());
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
    int depth = 0;
    int pieceStart = 0;
    for (int i = 0; i <= t.length(); i++) {
      char c = i < t.length() ? t.charAt(i) : '、';
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0 && (c == '、' || c == ',' || c == ';' || Fold.isSpace(c))) {
        if (i > pieceStart && !isName(t.substring(pieceStart, i))) {
          return false;
        }
        pieceStart = i + 1;
      } else if (depth == 0 && (c == '。' || c == ':' || c == '!' || c == '?')) {
        return false;
      }
    }
    return true;
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
    for (String piece : t.split("[、,;，；\\s]+")) {
      String p = piece.endsWith("等") ? piece.substring(0, piece.length() - 1) : piece;
      if (p.length() < 3 || piece(p) != Suffix.STRONG) {
        return false;
      }
    }
    return true;
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
    for (String piece : t.split("[、,;，；\\s]+")) {
      String p = piece.endsWith("等") ? piece.substring(0, piece.length() - 1) : piece;
      if (piece(p) != Suffix.STRONG) {
        return false;
      }
    }
    return true;
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

  /** Whether a bracket's inner text ({@code 市委统战部(市民族宗教局)}) is another name of the unit before it. */
  static boolean isAlias(String inner) {
    String f = Fold.fold(Fold.trim(inner));
    return f.length() >= 2 && !Brackets.containsRoundOpen(f) && STRONG_CHARS.indexOf(f.charAt(f.length() - 1)) >= 0;
  }

  /** Whether a short name is a bureau or commission whose level prefix a list may have left out ({@code 经贸委}). */
  static boolean isBureau(String folded) {
    return folded.length() >= 2 && folded.length() <= 6
        && BUREAU_CHARS.indexOf(folded.charAt(folded.length() - 1)) >= 0;
  }
}
