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

import dev.mandate.parser.internal.layout.Columns.Kind;
import dev.mandate.parser.internal.layout.Columns.Name;
import dev.mandate.parser.internal.text.Fold;

/**
 * What a header cell names: a name listed in {@code columns.txt}, a listed name with a qualifier, a time or a second
 * thing before or after it ({@code 2022年预期目标}, {@code 工作内容及目标}), or a name by its shape ({@link ColumnShape}).
 * Cached, since the same few dozen names head the tables of every document.
 */
final class ColumnNames {

  private ColumnNames() {}

  /**
   * The most visible chars of a progress column's name (目前完成情况、存在问题及下一步工作措施, 18); a longer line is a
   * sentence.
   */
  private static final int MAX_NAME = 20;
  /** The most visible chars of any other column's name. */
  private static final int MAX_PLAIN_NAME = 16;

  /**
   * What a header cell's name says, or null if the cell cannot be a column's name (too long, a sentence, a number);
   * {@link Name#UNKNOWN} for a short name of no known shape.
   */
  static Name name(String cell) {
    // asked of every short line: count before building anything, since almost no line is a header
    int visible = 0;
    // a name's words are counted up to a bracket that qualifies it (重点工作任务(杭州市2项配合工作)), the whole up to 40
    boolean bracket = false;
    for (int i = 0, n = cell.length(); i < n && visible <= MAX_NAME && i < 40; i++) {
      char c = cell.charAt(i);
      if (c == '(' || c == '（') {
        bracket = true;
        break;
      }
      if (!Fold.isSpace(c)) {
        visible++;
      }
    }
    if (visible == 0 || visible > MAX_NAME || bracket && cell.length() > 40) {
      return null;
    }
    String f = compact(cell);
    Name known = SEEN.get(f);
    if (known != null) {
      return known == Name.NONE ? null : known;
    }
    Name n = read(f);
    if (visible > MAX_PLAIN_NAME && n != Name.OTHER) {
      n = null; // past 16 chars only a progress column's account of itself is a name; a title's words are none
    }
    if (SEEN.size() < SEEN_MAX) {
      SEEN.put(f, n == null ? Name.NONE : n);
    }
    return n;
  }

  /**
   * The short cells read so far, and what they named: the same few dozen names head the tables of every document, and
   * reading a name's shape costs more than looking it up. Bounded, so that a text of many short lines fills it once.
   */
  private static final java.util.concurrent.ConcurrentHashMap<String, Name> SEEN =
      new java.util.concurrent.ConcurrentHashMap<>();
  private static final int SEEN_MAX = 8192;

  /** Whether a column's name is one of the names known in full ({@code columns.txt}, the words of a serial or a category). */
  static boolean isListed(String cell) {
    String f = compact(cell);
    return Columns.kinds().containsKey(f) || ColumnShape.isListedWord(f);
  }

  private static Name read(String f) {
    if (f.length() > 2 && (f.endsWith("%") || f.endsWith("‰"))) {
      return name(f.substring(0, f.length() - 1)); // 完成率%: the sign says what the cells hold, not what the column is
    }
    Kind k = Columns.kinds().get(f);
    if (k != null) {
      return fromVocabulary(f, k);
    }
    // 责任单位(部门), 完成时限(年月), 责任部门(加*号为牵头部门…): a name with a bracketed qualifier
    int open = f.indexOf('(');
    if (open > 1) {
      return name(f.substring(0, open));
    }
    // 2022年预期目标, 1-10月推进情况: a year or a span of months before the name
    int when = timePrefix(f);
    if (when > 0 && when < f.length()) {
      return name(f.substring(when));
    }
    if (when > 0) {
      return Name.OTHER; // 2009年 | 2010年 | …: a year alone names the column of that year's figures
    }
    // 工作内容及目标, 完成时限和要求: a name that names a second thing after its first
    for (int i = 2; i < f.length() - 1; i++) {
      char c = f.charAt(i);
      if (c == '及' || c == '和' || c == '与' || c == '/' || c == '、') {
        Name first = name(f.substring(0, i));
        if (first == Name.OTHER && f.endsWith("内容") && LineShapes.endsWithAny(f, i, SIZE_WORDS)) {
          return Name.TASK; // 建设规模及内容: a project's size and what it builds, the task's words (完成情况及内容 no)
        }
        if (first == Name.DEADLINE && f.endsWith("完成情况")) {
          // 完成时限及项目推进完成情况: an account of what was done, a date in it or none (完成时限及进度, 及推进情况:
          // cells of dates as often, a time still)
          return Name.OTHER;
        }
        if (first != null && first != Name.UNKNOWN) {
          return first;
        }
      }
    }
    return ColumnShape.of(f);
  }

  private static Name fromVocabulary(String f, Kind k) {
    switch (k) {
      case TASK:
        return f.endsWith("名称") ? Name.TASK_NAME : f.equals("目标任务") ? Name.GOAL_TASK : Name.TASK;
      case SERIAL:
        return Name.SERIAL;
      case SECTION:
        return Name.SECTION;
      case UNITS:
        return Name.UNITS;
      case LEAD:
        return Name.LEAD;
      case SUPPORT:
        return Name.SUPPORT;
      case DEADLINE:
        return Name.DEADLINE;
      case PERSON:
        return Name.PERSON;
      default:
        return f.endsWith("目标") ? Name.TARGET : Name.OTHER;
    }
  }

  /** Whether a cell is a time alone, the start of a column's name broken after it ({@code 2023年} / {@code 目标进度}). */
  static boolean isTimeAlone(String cell) {
    String f = compact(cell);
    return f.length() >= 3 && timePrefix(f) == f.length();
  }

  /** The length of a leading time ({@code 2022年}, {@code 2022年度}, {@code 1-10月}, {@code 2024.1-6月}), or 0. */
  private static int timePrefix(String f) {
    int i = 0;
    while (i < f.length() && (f.charAt(i) >= '0' && f.charAt(i) <= '9' || "-~.至/—".indexOf(f.charAt(i)) >= 0)) {
      i++;
    }
    if (i == 0 || i >= f.length() || (f.charAt(i) != '年' && f.charAt(i) != '月')) {
      return 0;
    }
    return i + 1 < f.length() && f.charAt(i + 1) == '度' ? i + 2 : i + 1;
  }

  /** Words of a project's size, kind and place, which a task column's name may give before its contents. */
  private static final String[] SIZE_WORDS = {"规模", "性质", "地点"};

  /** A name folded, its spaces left out ({@code 责 任 单 位} is 责任单位). */
  static String compact(String s) {
    boolean same = true;
    for (int i = 0; i < s.length() && same; i++) {
      char c = s.charAt(i);
      same = Fold.fold(c) == c && !Fold.isSpace(c);
    }
    if (same) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = Fold.fold(s.charAt(i));
      if (!Fold.isSpace(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }
}
