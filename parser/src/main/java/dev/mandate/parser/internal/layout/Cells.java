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
package dev.mandate.parser.internal.layout;

import dev.mandate.parser.internal.responsibility.AgencyNames;
import dev.mandate.parser.internal.text.Fold;

/**
 * What a single table cell or flattened-table line looks like: a serial, unit names, a deadline, a task. Whether it
 * holds unit names is the one agency-name grammar's to say ({@link AgencyNames}).
 */
final class Cells {

  private Cells() {}

  /** A list of unit names and nothing else: {@code 县水务局}, {@code 市教育局、市财政局}. */
  static boolean isUnits(String folded) {
    return AgencyNames.isList(folded);
  }

  /** Whether a cell begins with a unit's name ({@code 市教育局、…}): for a cell that may go on with notes. */
  static boolean startsWithUnit(String folded) {
    return AgencyNames.startsWithName(folded);
  }

  /** A bracket holding only agency names ({@code (市教育局、市财政局)}), each by a strong suffix. */
  static boolean isAgencyList(String folded) {
    return AgencyNames.isStrictList(folded);
  }

  /** A cell that says it is empty: {@code /}, {@code -}, {@code —}, {@code 无}. */
  static boolean isPlaceholder(String folded) {
    String t = Fold.trim(folded);
    if (t.isEmpty() || t.length() > 2) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      if ("/\\-—–~无".indexOf(t.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** {@code 12}, {@code 12.}, {@code 十二}: a row number alone. */
  static boolean isSerial(String folded) {
    String t = Fold.trim(folded);
    int n = t.length();
    if (n > 1 && SERIAL_MARKS.indexOf(t.charAt(n - 1)) >= 0) {
      n--; // 2*, 3★: a row marked as a key task
    }
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
    // 2024 alone is a year (a 完成时间 cell), not row 2024
    return digits && !(n == 4 && isYear(t.substring(0, 4))) || cn;
  }

  /** Marks after a row's serial that flag the row ({@code 2*}, {@code 3★}, {@code 4△}). */
  private static final String SERIAL_MARKS = "*★☆△▲※";

  /** The row number a serial cell gives ({@code 12}, {@code 12.}), or -1 for a Chinese one or none. */
  static int serialNumber(String folded) {
    String t = Fold.trim(folded);
    int v = 0;
    int i = 0;
    for (; i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9' && i < 4; i++) {
      v = v * 10 + t.charAt(i) - '0';
    }
    return i == 0 ? -1 : v;
  }

  /** The units of time a period of reporting counts in: 每月, 季度, 半年度. */
  private static final String PERIOD_UNITS = "年季月周旬日天";

  /**
   * {@code 季度}, {@code 月度}, {@code 每月}, {@code 每季度}, {@code 半年度}: how often a task is reported or done, no date
   * and no unit's name.
   */
  static boolean isPeriod(String folded) {
    String t = Fold.trim(folded);
    boolean every = t.startsWith("每");
    int b = every ? 1 : 0;
    if (t.startsWith("半", b)) {
      b++;
    }
    int e = t.endsWith("度") ? t.length() - 1 : t.length();
    // one unit of time, with 每 before it or 度 after it (年度, 季度; a bare 月 or 年 is no period)
    return e - b == 1 && PERIOD_UNITS.indexOf(t.charAt(b)) >= 0 && (every || e < t.length() || t.charAt(b) == '季');
  }

  /** Time words that make a cell a deadline without a date: 年底, 年内, 长期, 持续推进. */
  private static final String[] TIME_WORDS = {"年底", "年内", "季度", "长期", "持续", "常态", "全年", "半年", "月底", "年末",
      "上半年", "下半年"};
  /** The first chars of the time words. */
  static final String TIME_FIRSTS = "年季长持常全半月上下";
  /** The chars that go on a date after its figures: 2023年12月底前, 6月15日, 2024.6, 上旬. */
  static final String DATE_CHARS = "年月日.-/底前末内上中下旬";

  /**
   * {@code 12月底前}, {@code 5月底前动工}, {@code 2021年11月}, {@code 长期坚持}, {@code 计划10月底完成}: a cell that is a
   * date or a time word, with little before it and a few words after; {@code 2024年农村公路生命安全防护工程}, a
   * project's name with its year, is none.
   */
  static boolean isDeadline(String folded) {
    String t = Fold.trim(folded);
    if (t.length() > MAX_DEADLINE && t.length() <= 2 * MAX_DEADLINE + 1 && isDateRange(t)) {
      return true; // 2011年11月20日至2011年12月31日: an event's days, each end a date
    }
    if (t.isEmpty() || t.length() > MAX_DEADLINE || t.indexOf('。') >= 0) {
      return false;
    }
    if (isNumericDate(t) || isYear(t)) {
      return true;
    }
    int start = -1;
    int end = -1;
    for (int i = 0; i < t.length() && start < 0; i++) {
      char c = t.charAt(i);
      if (c >= '0' && c <= '9') {
        int j = i;
        // (2016 年底前: a PDF's or a page's space between the figures and their words is the date's still)
        while (j < t.length() && (Character.isDigit(t.charAt(j)) || DATE_CHARS.indexOf(t.charAt(j)) >= 0
            || Fold.isSpace(t.charAt(j)) && j + 1 < t.length() && "年月日".indexOf(t.charAt(j + 1)) >= 0)) {
          j++;
        }
        String date = t.substring(i, j);
        if (date.indexOf('年') >= 0 || date.indexOf('月') >= 0 || date.indexOf('日') >= 0) {
          start = i;
          end = j;
        }
      } else if (TIME_FIRSTS.indexOf(c) >= 0) {
        for (String w : TIME_WORDS) {
          if (t.startsWith(w, i)) {
            start = i;
            end = i + w.length();
            break;
          }
        }
      }
    }
    if (start < 0) {
      return false;
    }
    int after = t.length() - end;
    return start <= 3 && (after <= 6 || start > 0 && after <= 10);
  }

  /** The longest deadline cell, in chars; a range of two dates may run to twice that. */
  private static final int MAX_DEADLINE = 20;

  /** Whether t is two dates and the word or dash between them ({@code 2011年11月24日至2012年2月1日}). */
  private static boolean isDateRange(String t) {
    for (int i = 1; i < t.length() - 1; i++) {
      char c = t.charAt(i);
      if ((c == '至' || c == '到' || c == '~' || c == '—' || c == '–') && isDeadline(t.substring(0, i))
          && isDeadline(t.substring(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /** 2024: a year alone, as a 完成时间 cell gives it. */
  private static boolean isYear(String t) {
    return t.length() == 4 && (t.startsWith("19") || t.startsWith("20")) && Character.isDigit(t.charAt(2))
        && Character.isDigit(t.charAt(3));
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

  /** A place's name (纸坊街道, 相关镇, 龙亭镇): a list whose last name ends as a town, a street or a district does. */
  static boolean isPlace(String folded) {
    String t = Fold.trim(folded);
    int open = t.lastIndexOf('(');
    if (open > 0 && t.endsWith(")")) {
      t = t.substring(0, open);
    }
    return t.endsWith("镇") || t.endsWith("乡") || t.endsWith("街道") || t.endsWith("村") || t.endsWith("社区");
  }

  /**
   * A figure alone: 98%, 80%(进度滞后), 300 — a progress or amount cell, not a task's words (15条。, which ends a
   * sentence, is the wrapped end of one).
   */
  static boolean isFigure(String folded) {
    String t = Fold.trim(folded);
    if (t.isEmpty() || !Character.isDigit(t.charAt(0)) || t.endsWith("。") || t.endsWith(";")) {
      return false;
    }
    int digits = 0;
    while (digits < t.length() && (Character.isDigit(t.charAt(digits)) || t.charAt(digits) == '.')) {
      digits++;
    }
    return digits == t.length() || t.charAt(digits) == '%';
  }

  /** A count alone: a number and its measure word, no more ({@code 2个}, {@code 30家}, {@code 3.5万亩}). */
  static boolean isCount(String folded) {
    String t = Fold.trim(folded);
    int digits = 0;
    while (digits < t.length() && (Character.isDigit(t.charAt(digits)) || t.charAt(digits) == '.')) {
      digits++;
    }
    int rest = t.length() - digits;
    if (digits == 0 || rest < 1 || rest > 3) {
      return false;
    }
    for (int i = digits; i < t.length(); i++) {
      if (!Fold.isHan(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A quantity's cell, as a table's unit and value columns hold them: a short cell with no Han ({@code %},
   * {@code ≥2%}, {@code 0.07}, {@code -}), or a unit of two or three characters that starts with a multiplier or
   * divides ({@code 万亩}, {@code 亿斤}, {@code 万元/人}).
   */
  static boolean isShortValue(String folded) {
    String t = Fold.trim(folded);
    if (t.isEmpty() || t.length() > 8) {
      return false;
    }
    int han = 0;
    for (int i = 0; i < t.length(); i++) {
      han += Fold.isHan(t.charAt(i)) ? 1 : 0;
    }
    return han == 0 || han <= 3 && ("万亿千百".indexOf(t.charAt(0)) >= 0 || t.indexOf('/') > 0) && !isUnits(t);
  }

  /**
   * A person's name as a leader column gives it: two to four Han chars ({@code 欧乾震}, {@code 何海平}), or such a name
   * with a title after it, and no unit's name.
   */
  static boolean isPersonName(String folded) {
    String t = Fold.trim(folded);
    if (t.length() < 2 || t.length() > 8 || isUnits(t)
        || t.length() >= 3 && NOT_NAME_ENDS.indexOf(t.charAt(t.length() - 1)) >= 0) {
      return false;
    }
    int han = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Fold.isHan(c)) {
        han++;
      } else if (c != '·' && c != '、' && !Fold.isSpace(c)) {
        return false;
      }
    }
    return han >= 2 && (t.length() <= 4 || t.indexOf('、') > 0);
  }

  /**
   * Last chars of a body's name that a person's given name hardly ends with: 文物股, 执法队 are offices, not people
   * (a unit's name that may be a person's, 王志科, 李秀会, 马建所, is not told apart by them).
   */
  private static final String NOT_NAME_ENDS = "股馆队站处局委办厅署室司";

  /**
   * Whether a line may be a person's name, whatever else it may be: two to four Han chars (a space or a dot between),
   * not ending as only a body's name does ({@link #NOT_NAME_ENDS}). 张红旗, 李镇 may be people; 文物股 is no one.
   */
  static boolean mayBePerson(String folded) {
    String t = Fold.trim(folded);
    int han = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Fold.isHan(c)) {
        han++;
      } else if (c != '·' && !Fold.isSpace(c)) {
        return false;
      }
    }
    return han >= 2 && han <= 4 && !(han >= 3 && NOT_NAME_ENDS.indexOf(t.charAt(t.length() - 1)) >= 0);
  }

  /** A line that can open a task: long enough, not a unit list, not a deadline, not a label. */
  static boolean isTask(String folded) {
    String t = Fold.trim(folded);
    return t.length() >= 4 && !isUnits(t) && !isDeadline(t) && !t.endsWith(":") && !isSerial(t);
  }

  /**
   * A date standing alone, as under a letter's signature: {@code 2023年1月3日}, {@code 二〇二三年一月三日},
   * {@code 2023年1月3日印发}.
   */
  static boolean isSignatureDate(String folded) {
    String t = Fold.trim(folded);
    int y = t.indexOf('年');
    int m = t.indexOf('月', y + 1);
    int d = t.indexOf('日', m + 1);
    if (y < 2 || y > 4 || m < 0 || m - y > 3 || d < 0 || d - m > 4 || t.length() - d - 1 > 2) {
      return false;
    }
    for (int i = 0; i < d; i++) {
      char c = t.charAt(i);
      if (!(c >= '0' && c <= '9' || "〇零一二三四五六七八九十年月".indexOf(c) >= 0 || Fold.isSpace(c))) {
        return false;
      }
    }
    return true;
  }
}
