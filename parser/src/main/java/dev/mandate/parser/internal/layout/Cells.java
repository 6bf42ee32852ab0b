package dev.mandate.parser.internal.layout;

import dev.mandate.parser.internal.text.Fold;

/** What a single table cell or flattened-table line looks like: a serial, unit names, a deadline, a task. */
final class Cells {

  /** Last chars of an organisation's name. */
  private static final String ORG_ENDS = "局委办部厅室心院会所站队司团府道镇乡处科组联社行署台馆协校区县市营厂场园位班";

  private Cells() {}

  /** {@code 12}, {@code 12.}, {@code 十二}: a row number alone. */
  static boolean isSerial(String folded) {
    String t = Fold.trim(folded);
    int n = t.length();
    if (n > 0 && (t.charAt(n - 1) == '.' || t.charAt(n - 1) == '、')) {
      n--;
    }
    if (n == 0 || n > 4) {
      return false;
    }
    boolean digits = true;
    boolean cn = true;
    for (int i = 0; i < n; i++) {
      char c = t.charAt(i);
      digits &= c >= '0' && c <= '9';
      cn &= "一二三四五六七八九十".indexOf(c) >= 0;
    }
    return digits || cn;
  }

  /** A list of unit names and nothing else: {@code 县水务局}, {@code 市教育局、市财政局}. */
  static boolean isUnits(String folded) {
    String t = Fold.trim(folded);
    if (t.length() < 2 || t.length() > 60) {
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
        if (i > pieceStart && !isUnitName(t.substring(pieceStart, i))) {
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
   * Whether a cell begins with a unit's name ({@code 市教育局、…}, {@code 各县区政府,…}): looser than {@link #isUnits},
   * for a cell that may go on with notes and many more units.
   */
  static boolean startsWithUnit(String folded) {
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
    return isUnitName(t.substring(0, end));
  }

  private static boolean isUnitName(String piece) {
    String p = piece;
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
    if (p.length() < 2 || p.length() > 20) {
      return false;
    }
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (c >= '0' && c <= '9') {
        return false;
      }
    }
    return p.startsWith("各") || ORG_ENDS.indexOf(p.charAt(p.length() - 1)) >= 0;
  }

  /**
   * A bracket holding only agency names ({@code (市教育局、市财政局)}): stricter than {@link #isUnits}, since a
   * bracket at the end of a sentence is more often a remark ({@code (社区)}, {@code (含)}) than a unit list.
   */
  static boolean isAgencyList(String folded) {
    String t = Fold.trim(folded);
    if (t.length() < 3 || t.length() > 80 || !isUnits(t)) {
      return false;
    }
    for (String piece : t.split("[、,;，；\\s]+")) {
      String p = piece.endsWith("等") ? piece.substring(0, piece.length() - 1) : piece;
      if (p.length() < 3 || !(p.endsWith("局") || p.endsWith("委") || p.endsWith("办") || p.endsWith("部")
          || p.endsWith("厅") || p.endsWith("政府") || p.endsWith("管委会") || p.endsWith("中心")
          || p.endsWith("公司") || p.endsWith("集团") || p.endsWith("大队") || p.endsWith("支队")
          || p.endsWith("联") || p.endsWith("院") || p.endsWith("办事处") || p.startsWith("各"))) {
        return false;
      }
    }
    return true;
  }

  /** {@code 12月底前}, {@code 5月底前动工}, {@code 2021年11月}, {@code 长期坚持}. */
  static boolean isDeadline(String folded) {
    String t = Fold.trim(folded);
    if (t.isEmpty() || t.length() > 20 || t.indexOf('。') >= 0) {
      return false;
    }
    boolean digit = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      digit |= c >= '0' && c <= '9';
    }
    return (digit && (t.contains("月") || t.contains("年") || t.contains("日") || isNumericDate(t)))
        || t.contains("年底") || t.contains("年内") || t.contains("季度") || t.contains("长期")
        || t.contains("持续") || t.contains("常态") || t.contains("全年") || t.contains("半年");
  }

  /** 2021.8, 2021-12-31, 2021/12: digits and date separators only, with a four-digit year first. */
  private static boolean isNumericDate(String t) {
    int digits = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c != '.' && c != '-' && c != '/') {
        return false;
      }
    }
    return digits >= 5 && t.length() >= 6 && t.length() <= 10 && t.charAt(4) < '0';
  }

  /** A line that can open a task: long enough, not a unit list, not a deadline, not a label. */
  static boolean isTask(String folded) {
    String t = Fold.trim(folded);
    return t.length() >= 4 && !isUnits(t) && !isDeadline(t) && !t.endsWith(":") && !isSerial(t);
  }
}
