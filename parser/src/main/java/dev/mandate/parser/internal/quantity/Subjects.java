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
package dev.mandate.parser.internal.quantity;

import dev.mandate.parser.internal.text.Fold;
import dev.mandate.parser.internal.text.WordIndex;

/**
 * Best-effort subject of a target: the nearest phrase naming what is counted. Where the number stands before a noun
 * ({@code 创建1个随班就读示范区}) the phrase after it up to the next punctuation; otherwise the phrase before it back
 * to the previous clause break or target, without leading verbs and time words ({@code 年内}, {@code 开展},
 * {@code 新建}) and trailing comparator or change words ({@code 达到}, {@code 提高到}).
 */
final class Subjects {

  private static final String[] LEADING = {"年内", "年底前", "全市", "全县", "全区", "累计", "力争", "争取", "再",
      "努力实现", "开展", "实施", "完成", "实现", "建设", "建成", "创建", "打造", "补充", "发放", "新建成", "新建", "改造",
      "新增", "推进", "组织", "培育", "培训", "提供", "确保", "其中", "以及", "和", "及", "并", "将", "增加",
      "打通", "优化调整", "综合改造提升", "完善提升", "提升", "完善", "有"};
  private static final String[] TRAILING = {"稳定在", "控制在", "均达到", "达到", "达", "提高到", "提高至", "提升到",
      "提升至", "增加到", "增长到", "增加至", "增长至", "下降到", "下降至", "降低到", "降低至", "减少到", "减少至",
      "降到", "降至", "可比", "提高", "提升", "增长", "增加", "下降", "降低", "减少", "不低于", "不少于", "至少有",
      "至少", "不超过", "不高于", "超过", "突破", "超", "小于", "大于", "低于", "高于", "少于", "多于", "削减",
      "压减", "压降", "缩减", "每人每年", "每人每月", "每年", "每人", "约", "近", "为", "在", "共", "再"};

  private Subjects() {}

  /**
   * @param f folded measure text
   * @param start where the target text starts
   * @param end where it ends
   * @param floor the end of the previous target (the subject does not reach back past it)
   */
  static String find(String text, String f, int start, int end, int floor) {
    int n = f.length();
    // number before noun: 创建1个随班就读示范区, 每个县至少有1所精神卫生专业诊疗机构
    int from = end;
    // an age or grade span describing who (35-64岁适龄妇女) is not the subject
    int skip = skipAgeSpan(f, from);
    int a = skip;
    while (a < n && !isBreak(f.charAt(a)) && a - skip < 30 && !endsForwardPhrase(f, a, skip)) {
      a++;
    }
    boolean afterIsNoun = a - skip >= 2 && (start == 0 || isBreak(f.charAt(start - 1)) || f.charAt(start - 1) == '、'
        || f.charAt(start - 1) == '等' || verbBefore(f, start) || startsWithBound(f, start));
    if (afterIsNoun) {
      String s = afterLastDe(cutAtQuote(clean(text.substring(skip, a))));
      if (s.length() >= 2) {
        return s;
      }
    }
    int b = start;
    while (b > floor && !isBreak(f.charAt(b - 1)) && start - b < 40) {
      b--;
    }
    String s = afterLastDe(clean(text.substring(b, start)));
    return s.length() >= 2 ? s : null;
  }

  /** Where a forward subject stops: before the next listed number (、5个…, 和41座…) or a verb (进行, 实现, 开展). */
  private static boolean endsForwardPhrase(String f, int a, int from) {
    char c = f.charAt(a);
    if ((c == '、' || c == '和' || c == '及') && a + 1 < f.length() && NumeralGrammar.canStart(f.charAt(a + 1))) {
      return true;
    }
    if (a - from < 2) {
      return false;
    }
    for (String v : FORWARD_STOPS) {
      if (f.startsWith(v, a)) {
        return true;
      }
    }
    return false;
  }

  private static final String[] FORWARD_STOPS = {"进行", "实现", "开展", "完成", "安全鉴定", "除险加固", "达到",
      "均达到"};
  /** Comparator words a target may start with; after them the counted noun follows the number. */
  private static final String[] BOUNDS = {"至少", "不少于", "不低于", "不超过", "不高于", "超过", "突破", "超", "约", "近"};

  private static boolean startsWithBound(String f, int start) {
    for (String w : BOUNDS) {
      if (f.startsWith(w, start)) {
        return true;
      }
    }
    return false;
  }

  /** 35-64岁: digits, a dash, digits and 岁 or 周岁 right after the target. */
  private static int skipAgeSpan(String f, int from) {
    int i = from;
    while (i < f.length() && (NumeralGrammar.isAsciiDigit(f.charAt(i)) || f.charAt(i) == '-' || f.charAt(i) == '—'
        || f.charAt(i) == '至') && i - from < 12) {
      i++;
    }
    if (i > from && f.startsWith("周岁", i)) {
      return i + 2;
    }
    if (i > from && i < f.length() && f.charAt(i) == '岁') {
      return i + 1;
    }
    return from;
  }

  /** 残疾人综合服务平台“如康家园”: the name in quotes after the noun is not part of what is counted. */
  private static String cutAtQuote(String s) {
    int q = s.indexOf('“');
    return q >= 2 ? s.substring(0, q) : s;
  }

  /** 符合…标准的县级中医医院比例, …残疾人等困难群体救助保障标准: the noun after the last 的 or 等 of a long qualifier. */
  private static String afterLastDe(String s) {
    int deng = s.lastIndexOf('等');
    // 等 closes a list (…残疾人等困难群体), unless it is part of a word (中等, 同等, 高等, 平等)
    if (deng > 0 && "中同平高初上下均对".indexOf(s.charAt(deng - 1)) >= 0) {
      deng = -1;
    }
    int de = Math.max(s.lastIndexOf('的'), deng);
    return de >= 0 && s.length() - de - 1 >= 2 && s.length() > 8 ? s.substring(de + 1) : s;
  }

  private static boolean verbBefore(String f, int start) {
    for (String v : LEADING) {
      if (f.startsWith(v, Math.max(0, start - v.length())) && start - v.length() >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The length of a leading date or deadline ({@code 2023年底前}, {@code 6月底前}, {@code 2022年}), or 0. */
  private static int leadingTime(String f, int b, int e) {
    int i = b;
    while (i < e && NumeralGrammar.isAsciiDigit(f.charAt(i))) {
      i++;
    }
    if (i == b || i >= e || (f.charAt(i) != '年' && f.charAt(i) != '月')) {
      return 0;
    }
    i++;
    int m = i;
    while (m < e && NumeralGrammar.isAsciiDigit(f.charAt(m))) {
      m++;
    }
    if (m > i && m < e && f.charAt(m) == '月') {
      i = m + 1;
    }
    if (i < e && "底末内".indexOf(f.charAt(i)) >= 0) {
      i++;
    }
    if (i < e && f.charAt(i) == '前') {
      i++;
    }
    return i - b;
  }

  private static final String[] BUILD_VERBS = {"改扩建", "扩建", "改建", "新改扩建", "新建"};

  private static boolean startsWithBuildVerb(String f, int at) {
    for (String v : BUILD_VERBS) {
      if (f.startsWith(v, at)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isBreak(char c) {
    return c == ',' || c == '。' || c == ';' || c == ':' || c == '!' || c == '?';
  }

  /**
   * The phrase without its leading verbs and time words and its trailing comparators, worked on offsets into one
   * folded copy (folding keeps offsets) so that each round of stripping costs no new strings.
   */
  private static String clean(String s) {
    String f = Fold.fold(s);
    int b = Fold.trimStart(f, 0, f.length());
    int e = Fold.trimEnd(f, b, f.length());
    boolean changed = true;
    while (changed && b < e) {
      changed = false;
      for (String w : LEADING_BY_FIRST.get(f.charAt(b))) {
        // 新建改扩建中小学: a verb coordinated with another (new-built or rebuilt) qualifies the noun; it stays
        if (e - b > w.length() + 1 && f.startsWith(w, b) && !startsWithBuildVerb(f, b + w.length())) {
          b += w.length();
          changed = true;
          break;
        }
      }
      int time = leadingTime(f, b, e);
      if (time > 0 && e - b > time + 1) {
        b += time; // 2023年底前新建学校: the deadline before the noun is no part of it
        changed = true;
      }
      if (b < e) {
        for (String w : TRAILING_BY_LAST.get(f.charAt(e - 1))) {
          if (e - b > w.length() && f.startsWith(w, e - w.length())) {
            e -= w.length();
            changed = true;
            break;
          }
        }
      }
      int baseline = baselineStart(f, b, e);
      if (baseline > 0) {
        e = baseline; // 单位生产总值能耗比“十五”末(下降): what is measured, not the level it is measured against
        changed = true;
      }
      if (b < e && (f.charAt(b) == '、' || f.charAt(e - 1) == '、')) {
        if (f.charAt(b) == '、') {
          b++;
        } else {
          e--;
        }
        changed = true;
      }
    }
    b = Fold.trimStart(f, b, e);
    return s.substring(b, Fold.trimEnd(f, b, e));
  }

  /** The longest baseline after a subject ({@code 比2015年}, {@code 较上年}, {@code 同比}), in chars. */
  private static final int MAX_BASELINE = 10;

  /**
   * Where a baseline at the end of {@code f[b, e)} starts ({@code …能耗比2015年}, {@code …覆盖率同比}), two chars of
   * subject at least before it; -1 if none. Not the 比 of a noun ({@code 比例}, {@code 比重}, {@code 占比},
   * {@code 贷存比}, {@code 百分比}) nor of {@code 可比}, a growth at comparable prices.
   */
  private static int baselineStart(String f, int b, int e) {
    for (int k = e - 1; k >= b + 2 && e - k <= MAX_BASELINE; k--) {
      if (f.charAt(k) == '较' && f.charAt(k - 1) != '比' && k + 1 < e
          && (Character.isDigit(f.charAt(k + 1)) || f.charAt(k + 1) == '上' || f.charAt(k + 1) == '“')) {
        return k; // 能耗较2020年, 较上年: as 比 says it
      }
      if (f.charAt(k) != '比') {
        continue;
      }
      if ("同环".indexOf(f.charAt(k - 1)) >= 0) {
        return k - 1 >= b + 2 ? k - 1 : -1;
      }
      char next = k + 1 < e ? f.charAt(k + 1) : ' ';
      if (!(Fold.isHan(next) || Character.isDigit(next) || next == '“') || "例重率值".indexOf(next) >= 0
          || "占存可分".indexOf(f.charAt(k - 1)) >= 0) {
        return -1; // (报销比=, 百分比: the noun's 比, nothing measured against)
      }
      return k;
    }
    return -1;
  }

  /** The leading words by their first char and the trailing ones by their last, each in the order listed. */
  private static final WordIndex LEADING_BY_FIRST = WordIndex.byFirst(LEADING);
  private static final WordIndex TRAILING_BY_LAST = WordIndex.byLast(TRAILING);

}
