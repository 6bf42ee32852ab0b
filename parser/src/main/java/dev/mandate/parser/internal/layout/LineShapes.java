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
import dev.mandate.parser.internal.responsibility.Clause;
import dev.mandate.parser.internal.responsibility.Labels;
import dev.mandate.parser.internal.responsibility.UnitListSplitter;
import dev.mandate.parser.internal.text.Fold;
import java.util.ArrayList;
import java.util.List;

/**
 * What a line's shape says before it is read as an item ({@link Items}): a short name with its level, a bare list of
 * units, a topic's heading over the paragraph that is its task, an article of a regulation, a duty's opening verb.
 */
final class LineShapes {

  private LineShapes() {}

  /**
   * Whether a line is a short name with its level and no suffix ({@code 省人口计生}, its 委 left out): a unit where it
   * goes on a units cell, one unit a line.
   */
  static boolean isLevelledShortName(String folded) {
    String t = Fold.trim(folded);
    if (t.length() < 3 || t.length() > 8 || "省市县区".indexOf(t.charAt(0)) < 0) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      if (!Fold.isHan(t.charAt(i)) || "要须将把被的了着并请于其".indexOf(t.charAt(i)) >= 0) {
        return false; // 市场监管要加强: a sentence, no name
      }
    }
    return true;
  }

  /** The longest line read as a bare list of units. */
  private static final int MAX_BARE_UNITS = 80;

  /**
   * Where a units cell starts that ends a row's line after a space ({@code 1、南京随园大厦 鼓楼区人民政府}: a table's row
   * copied with its cells apart by spaces, the units last), in {@code [b, e)} of {@code folded}; -1 if the words after
   * the last space are no bare list of units, or nothing stands before them but a word.
   */
  static int trailingUnitsCell(String folded, int b, int e) {
    int k = e - 1;
    while (k > b && !Fold.isSpace(folded.charAt(k))) {
      k--;
    }
    int cell = k + 1;
    int before = Fold.trimEnd(folded, b, k);
    // (1、组长 县政府, 3、成员 县住建局: a group's roster, its posts no tasks)
    if (k <= b || before - b < 4 || e - cell > MAX_BARE_UNITS || !isBareUnits(folded.substring(cell, e))) {
      return -1;
    }
    char last = folded.charAt(before - 1);
    // (…与 县政府: a list or a phrase broken by a space goes on; a name's own part, 县教育局 办公室, is no row's)
    if ("、,;:和与及或(".indexOf(last) >= 0 || isBareUnits(folded.substring(b, before))) {
      return -1;
    }
    return unitWordsAfterStop(folded, b, cell);
  }

  /**
   * Where a cell of units a word apart starts that ends at {@code cell}'s word ({@code …挂牌服务. 南汇街道 房管鹿城分局}: a
   * row's units cell, its names a space apart): the words before it that are names, back to a sentence's end before
   * them; {@code cell} itself where no stop comes before such words.
   */
  private static int unitWordsAfterStop(String folded, int b, int cell) {
    int start = cell;
    while (true) {
      int end = Fold.trimEnd(folded, b, start);
      int k = end - 1;
      while (k > b && !Fold.isSpace(folded.charAt(k))) {
        k--;
      }
      if (k <= b || end - k - 1 < 2 || !isBareUnits(folded.substring(k + 1, end))) {
        return start != cell && ".。;!".indexOf(folded.charAt(end - 1)) >= 0 ? start : cell;
      }
      start = k + 1;
    }
  }

  /**
   * Whether a line is a list of units and nothing else, read loosely: no sentence's end, its first piece a name by a
   * strong suffix, and most of its pieces names or a level's char that shares the next one's suffix (各县、市、区政府).
   */
  static boolean isBareUnits(String folded) {
    String t = Fold.trim(folded);
    if (t.isEmpty() || t.length() > MAX_BARE_UNITS || t.indexOf('。') >= 0 || t.indexOf(':') >= 0) {
      return false;
    }
    // 各村(居、场): a separator inside a bracket is the name's own, as in any units list
    List<String> pieces = new ArrayList<>();
    for (UnitListSplitter.Piece p : UnitListSplitter.split(t).pieces()) {
      if (p.end() > p.start()) {
        pieces.add(t.substring(p.start(), p.end()));
      }
    }
    if (pieces.isEmpty() || !AgencyNames.isStrongName(pieces.get(0))) {
      return false;
    }
    int names = 0;
    for (String p : pieces) {
      if (p.chars().anyMatch(Character::isDigit)) {
        return false; // 县水利局(6月、12月各一次): a schedule in the bracket, no name's
      }
      names += AgencyNames.isName(p) || p.length() == 1 && "省市县区镇乡".indexOf(p.charAt(0)) >= 0 ? 1 : 0;
    }
    return names * 5 >= pieces.size() * 4;
  }

  /**
   * Whether a numbered item of a heading's rank ({@code 一、}, {@code (一)}) is a short topic with no sentence in it,
   * and the line after it, {@code folded[b, e)} before its clause, a sentence of its own: the topic heads the
   * paragraph, the paragraph is the task.
   */
  static boolean isHeadingOver(Item topic, String folded, int b, int e) {
    if (!isTopic(topic)) {
      return false;
    }
    String body = Fold.trim(folded.substring(b, e));
    return body.length() >= 8 && body.endsWith("。") && "的和及与并、,;".indexOf(body.charAt(0)) < 0;
  }

  /** The longest topic heading over a paragraph: a wrapped item's first line runs longer. */
  private static final int MAX_TOPIC = 20;
  /** The longest {@code (一)} topic: far shorter than a line of a page, which a wrapped item's first line fills. */
  private static final int MAX_SUB_TOPIC = 12;

  /** Verbs a unit's duty opens with (负责…, 承担…): a finding (该局…良好) or a note (以上单位要…) opens otherwise. */
  private static final String[] DUTY_VERBS = {"负责", "具体负责", "承担", "牵头", "配合", "协助", "组织", "指导", "督促"};

  static boolean opensWithDuty(String folded, int b) {
    for (String v : DUTY_VERBS) {
      if (folded.startsWith(v, b)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the numbering before {@code end} is an article's ({@code 第七条}). */
  static boolean isArticle(String folded, int end) {
    int k = Fold.trimEnd(folded, 0, end);
    return k > 0 && folded.charAt(k - 1) == '条';
  }

  /**
   * Whether a numbered item is a topic: of a heading's rank ({@code 一、}, or {@code (一)} where it is far shorter than
   * a wrapped item's first line), short, no sentence in it.
   */
  static boolean isTopic(Item topic) {
    if (topic.style != Numbering.CN_DUN && topic.style != Numbering.PAREN_CN) {
      return false;
    }
    String t = topic.measure().text();
    int most = topic.style == Numbering.CN_DUN ? MAX_TOPIC : MAX_SUB_TOPIC;
    return t.length() <= most && isHeadingLike(t, 0, t.length());
  }

  /** Whether a numbered line reads as a heading: short, no sentence's end ({@code 一、县示范区管委会牵头工作(8项)}). */
  static boolean isHeadingLike(String text, int b, int e) {
    String f = Fold.fold(text.substring(b, e));
    return e - b <= 30 && !f.contains("。") && !f.contains(",") && !f.contains(";");
  }

  /**
   * Whether a bracket that names roles ({@code (省科技厅牵头)}, {@code (省科技厅、省财政厅等负责)}) closes a sentence of
   * the line: evidence of tasks each closed by its clause, where an addressee's or a name's bracket is none.
   */
  static boolean closesATaskByRole(String folded, int from) {
    int n = folded.length();
    int unitsClosed = 0;
    for (int i = folded.indexOf(')', from); i > 0; i = folded.indexOf(')', i + 1)) {
      // a full stop right after the bracket, or a bullet after a space (…推进) • 实施…, a page's • shown as ?)
      int after = Fold.trimStart(folded, i + 1, n);
      boolean ends = after == i + 1 && after < n && folded.charAt(after) == '。'
          || after > i + 1 && after + 1 < n && BULLETS.indexOf(folded.charAt(after)) >= 0 && Fold.isSpace(folded.charAt(after + 1));
      // the role word ends the bracket, right before its close, or before its time (…按职责分工负责,年内持续推进): read
      // there, not back to where it opened
      if (ends && i - 2 >= from && (InlineClauses.endsWithRoleWord(folded, i) || roleBeforeTime(folded, from, i))) {
        return true;
      }
      if (after == i + 1 && after < n && (folded.charAt(after) == ';' || folded.charAt(after) == '。')
          && namesUnitsBefore(folded, from, i) && ++unitsClosed >= 2) {
        // …清扫保洁未到位(金盆居委会);振兴学校…(金南居委会);: problems each closed by its units' bracket, two at least
        // (one, 加快建设县人民医院(县中医院);…, is a name's other name or the task's object)
        return true;
      }
    }
    return false;
  }

  /** The longest bracket of units alone read back from its close by {@link #namesUnitsBefore}. */
  private static final int MAX_UNITS_BRACKET = 30;

  /** Whether the bracket closing at {@code close} is short and holds units alone, names by strong suffixes. */
  private static boolean namesUnitsBefore(String folded, int from, int close) {
    // (looked for within the bracket's reach only: a line of many closes and no opens is read once, not once a close)
    int open = close - 1;
    while (open > from && close - open <= MAX_UNITS_BRACKET && folded.charAt(open) != '(') {
      open--;
    }
    return open > from && folded.charAt(open) == '(' && close - open <= MAX_UNITS_BRACKET
        && folded.indexOf(')', open + 1) == close
        && Cells.isAgencyList(folded.substring(open + 1, close));
  }

  /** Marks that open items of a list where a page lost its bullets' glyphs (?) or kept them. */
  private static final String BULLETS = "?•·●■◆▪";

  /** Where {@code text[b, e)} starts past a bullet and the spaces after it ({@code ? 实施…}), or {@code b}. */
  static int afterBullets(String text, int b, int e) {
    int k = b;
    while (k < e && BULLETS.indexOf(text.charAt(k)) >= 0) {
      k++;
    }
    return k > b && k < e && Fold.isSpace(text.charAt(k)) ? Fold.trimStart(text, k, e) : b;
  }

  /** Whether a role word ends the part of a bracket closing at {@code close} before its last comma, a few chars back. */
  private static boolean roleBeforeTime(String folded, int from, int close) {
    int comma = close - 1;
    while (comma > from && close - comma <= 12 && folded.charAt(comma) != ',') {
      comma--; // (within the time's reach only: no scan back over the line for each close)
    }
    if (comma - 2 < from || close - comma > 12 || folded.charAt(comma) != ','
        || !InlineClauses.endsWithRoleWord(folded, comma)) {
      return false;
    }
    // (…负责,年内持续推进): the part after the comma a time, not a slogan's (属地负责,部门联动; 谁受理谁负责,限时办结)
    String part = folded.substring(comma + 1, close);
    return Cells.isDeadline(part) || part.contains("持续推进") || part.contains("长期坚持") || part.endsWith("前")
        || part.contains("年内") || part.contains("年底");
  }

  /** Whether a heading names the work its units lead ({@code (一)县发改局牵头的工作}, {@code 牵头工作}). */
  static boolean isLeadsWork(Item heading) {
    String t = Fold.trim(Fold.fold(heading.measure().text()));
    return heading.headingUnits.kind() == Clause.Kind.LEAD && (t.endsWith("牵头的工作") || t.endsWith("牵头工作"));
  }

  /** Whether a sentence introduces what follows ({@code 主要包括以下几个方面的内容。}), no task of its own. */
  static boolean introduces(String folded) {
    return folded.contains("以下") || folded.contains("如下");
  }

  /**
   * Whether a heading that names a unit ends with its name or a full stop ({@code (1)市林业局。}, {@code (二)区委报道组}),
   * not a colon, which heads items of the unit's own or remarks about it.
   */
  static boolean endsNameAlone(String heading) {
    return !heading.isEmpty() && (heading.endsWith("。") || Fold.isHan(heading.charAt(heading.length() - 1)));
  }

  /** Whether {@code f[b, e)} is a sentence, its words parted by a comma or a full stop, not a topic's few words. */
  static boolean isSentence(String f, int b, int e) {
    int comma = f.indexOf(',', b);
    int stop = f.indexOf('。', b);
    return comma >= 0 && comma < e || stop >= 0 && stop < e;
  }

  /** The most chars of a group's name before its units: a site, a road, an office, a project, no sentence. */
  private static final int MAX_GROUP_NAME = 20;

  /**
   * Whether the text before a line's closing clause at {@code clauseStart} names a group ({@code 三义街社区},
   * {@code 胜利街道办:}): short, no sentence's stop or comma, no figure.
   */
  static boolean namesAGroup(String folded, int clauseStart) {
    int b = Fold.trimStart(folded, 0, clauseStart);
    int e = Fold.trimEnd(folded, b, clauseStart);
    if (e > b && folded.charAt(e - 1) == ':') {
      e--; // 胜利街道办:(责任单位:…)
    }
    if (e - b < 2 || e - b > MAX_GROUP_NAME) {
      return false;
    }
    for (int i = b; i < e; i++) {
      char c = folded.charAt(i);
      if ("。,;:!?、".indexOf(c) >= 0 || c >= '0' && c <= '9') {
        return false;
      }
    }
    return true;
  }

  /** The numerals that number a list's first item, in each script: 1, 一, ①, ⑴, ⒈, ㈠, Ⅰ, ❶. */
  private static final String FIRST_NUMERALS = "1一①⑴⒈㈠Ⅰ❶";

  /**
   * Whether a line opens an item numbered as a list's first below a heading ({@code 1、…}, {@code (1)…}, {@code ①…}), with
   * no clause of its own,
   * of a numbering that stands under a group's name (not {@code 一、}, {@code (一)}, {@code 第一章}: a wrapped heading's
   * line before its sub-heading is no group).
   */
  static boolean opensFirstItem(String folded) {
    if (folded == null) {
      return false;
    }
    Numbering.Prefix prefix = Numbering.of(folded);
    if (prefix.style == Numbering.NONE || prefix.style.level < Numbering.ARABIC_DOT.level
        || prefix.style == Numbering.DASH) {
      return false;
    }
    int i = Fold.trimStart(folded, 0, prefix.length);
    if (i < prefix.length && folded.charAt(i) == '(') {
      i++;
    }
    // (an item with a clause of its own takes no group's units: 建立长效管护机制(责任单位:…) / 1、新建…。(责任单位:…) is a
    // task, then a list)
    return i < prefix.length && FIRST_NUMERALS.indexOf(folded.charAt(i)) >= 0
        && (i + 1 >= folded.length() || !Character.isDigit(folded.charAt(i + 1)))
        && ClauseBrackets.bracketStart(folded, prefix.length) < 0;
  }

  /** Whether {@code f[0, end)} ends with any of {@code words}. */
  static boolean endsWithAny(String f, int end, String[] words) {
    for (String w : words) {
      if (end >= w.length() && f.startsWith(w, end - w.length())) {
        return true;
      }
    }
    return false;
  }

  /** Whether one of {@code words} starts at {@code at} of {@code f}. */
  static boolean startsWithAny(String f, int at, String[] words) {
    for (String w : words) {
      if (f.startsWith(w, at)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code folded[b, e)} is an attribute of an item as a label and a short figure give it ({@code 投资:500万元},
   * {@code 面积:3公顷}): a label no family reads (neither task, units nor time), a value of no sentence.
   */
  static boolean isAttribute(String folded, int b, int e) {
    int colon = folded.indexOf(':', b);
    if (colon < b + 2 || colon > b + 6 || colon >= e - 1 || e - colon > 24) {
      return false;
    }
    char first = folded.charAt(Fold.trimStart(folded, colon + 1, e));
    if (first < '0' || first > '9') {
      return false; // 目标:新建学校3所: a task's words after a label, no figure of the item's
    }
    for (int k = b; k < colon; k++) {
      if (!Fold.isHan(folded.charAt(k))) {
        return false;
      }
    }
    for (int k = colon + 1; k < e; k++) {
      char c = folded.charAt(k);
      if (c == '。' || c == ',' || c == ';' || c == ':') {
        return false;
      }
    }
    return Labels.leading(folded.substring(b, e)) == null;
  }
}
