package dev.mandate.parser.internal.target;

import dev.mandate.parser.internal.text.Fold;

/**
 * Best-effort subject of a target: the nearest phrase naming what is counted. Where the number stands before a noun
 * ({@code 创建1个随班就读示范区}) the phrase after it up to the next punctuation; otherwise the phrase before it back
 * to the previous clause break or target, without leading verbs and time words ({@code 年内}, {@code 开展},
 * {@code 新建}) and trailing comparator or change words ({@code 达到}, {@code 提高到}).
 */
final class Subjects {

  private static final String[] LEADING = {"年内", "年底前", "全市", "全县", "全区", "累计", "力争", "争取", "再",
      "开展", "实施", "完成", "实现", "建设", "建成", "创建", "打造", "补充", "发放", "改造", "新增", "新建", "推进",
      "组织", "培育", "培训", "提供", "确保", "其中", "以及", "和", "及", "并"};
  private static final String[] TRAILING = {"稳定在", "控制在", "均达到", "达到", "达", "提高到", "提高至", "提升到",
      "提升至", "增加到", "增长到", "提高", "提升", "增长", "增加", "下降", "降低", "减少", "不低于", "不少于", "至少有",
      "至少", "不超过", "不高于", "超过", "每人每年", "每人每月", "每年", "每人", "约", "近", "为", "在", "共"};

  private Subjects() {}

  /**
   * @param f folded measure text
   * @param start where the target text starts
   * @param end where it ends
   * @param floor the end of the previous target (the subject does not reach back past it)
   */
  static String find(String text, String f, int start, int end, int floor) {
    int n = f.length();
    // number before noun: 1个随班就读示范区
    int a = end;
    while (a < n && !isBreak(f.charAt(a)) && a - end < 30) {
      a++;
    }
    boolean afterIsNoun = a - end >= 2 && (start == 0 || isBreak(f.charAt(start - 1)) || verbBefore(f, start));
    if (afterIsNoun) {
      String s = clean(text.substring(end, a));
      if (s.length() >= 2) {
        return s;
      }
    }
    int b = start;
    while (b > floor && !isBreak(f.charAt(b - 1)) && start - b < 40) {
      b--;
    }
    String s = clean(text.substring(b, start));
    return s.length() >= 2 ? s : null;
  }

  private static boolean verbBefore(String f, int start) {
    for (String v : LEADING) {
      if (f.startsWith(v, Math.max(0, start - v.length())) && start - v.length() >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean isBreak(char c) {
    return c == ',' || c == '。' || c == ';' || c == ':' || c == '!' || c == '?';
  }

  private static String clean(String s) {
    String t = Fold.trim(s);
    boolean changed = true;
    while (changed && !t.isEmpty()) {
      changed = false;
      String f = Fold.fold(t);
      for (String w : LEADING) {
        if (f.startsWith(w) && t.length() > w.length() + 1) {
          t = t.substring(w.length());
          changed = true;
          break;
        }
      }
      f = Fold.fold(t);
      for (String w : TRAILING) {
        if (f.endsWith(w) && t.length() > w.length()) {
          t = t.substring(0, t.length() - w.length());
          changed = true;
          break;
        }
      }
      if (!t.isEmpty() && (t.charAt(0) == '、' || t.charAt(t.length() - 1) == '、')) {
        t = t.charAt(0) == '、' ? t.substring(1) : t.substring(0, t.length() - 1);
        changed = true;
      }
    }
    return Fold.trim(t);
  }
}
