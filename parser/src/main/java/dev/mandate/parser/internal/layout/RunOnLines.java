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

import static dev.mandate.parser.internal.layout.UnitStarts.startsWithDutyAfterComma;
import static dev.mandate.parser.internal.layout.UnitStarts.unitStart;

import dev.mandate.parser.internal.responsibility.Labels;
import dev.mandate.parser.internal.source.Block;
import dev.mandate.parser.internal.source.Line;
import dev.mandate.parser.internal.text.Brackets;
import dev.mandate.parser.internal.text.Fold;
import java.util.ArrayList;
import java.util.List;

/**
 * A document copied as one long line, its paragraphs run together ({@code …如下: 一、重点督办事项 1.加快推进…。(责任单位:…)
 * 2.全面开展…}): the numbering is still there to be found inside the line, after a space, a sentence's end or a
 * closing bracket, as are the units that lead their paragraphs ({@code 。县环保局。负责…}, found by {@link UnitStarts}).
 * Such a line is read as the lines it was, each a view of its part.
 */
final class RunOnLines {

  /** The shortest line looked into: two items with a clause each are longer. */
  private static final int LONG = 30;

  private RunOnLines() {}

  /** The line's parts, starting at its embedded numbering; the line alone if it has fewer than two such starts. */
  static List<Line> split(Line line) {
    int n = line.end() - line.start();
    if (n < LONG || line.foldedContains('|', false) || line.foldedContains('\t', false)) {
      return List.of(line);
    }
    String f = line.folded();
    List<Integer> starts = null;
    List<int[]> sentenceEnds = null;
    // whether a part starts after a task's clause: a task with its clause before it, whatever starts the line
    boolean closed = false;
    // 七、开展…行动。由县委宣传部牵头,组织…: the sentence after a numbered item's topic, led by 由, is the topic's body
    // (TopicSubject reads its units), no part of its own
    int topicBody = RoleClauseStarts.topicBody(f, n);
    // role clauses inside sentences that start parts, and the words that lead into them (此外,由…), no part's text
    boolean byRoleStart = false;
    List<int[]> leadIns = null;
    for (int i = 1; i < n; i++) {
      char p = f.charAt(i - 1);
      // ,由县发展和改革局牵头,…: a task assigned by a role clause inside a sentence starts at its 由
      boolean byRole = RoleClauseStarts.startsAt(f, i, p);
      if (!(Fold.isSpace(p) || "。;!?:)]】〕".indexOf(p) >= 0 || byRole)) {
        // a number glued to the text before it starts an item after a label's value (责任科室:县总医院、县妇幼保健院2.针对…),
        // after a short heading over its list (。防汛办主要职责1、贯彻…: the heading a part too), or after a sentence an
        // ASCII full stop ends (修复水毁工程.6、重大…); asked only where a numeral follows a Han char or such a stop
        boolean afterHan = Fold.isHan(p);
        if ((afterHan || p == '.' && i >= 2 && Fold.isHan(f.charAt(i - 2))) && isItemStart(f, i)) {
          int from = !afterHan || GluedStarts.endsLabelledValue(f, i) ? i : GluedStarts.gluedHeadingStart(f, i);
          if (from >= 0) {
            starts = starts == null ? new ArrayList<>() : starts;
            if (from < i && (starts.isEmpty() || starts.get(starts.size() - 1) < from)) {
              starts.add(from);
            }
            starts.add(i);
          }
        }
        continue;
      }
      int b = Fold.trimStart(f, i, n);
      if (b > i && b < n && !Fold.isSpace(p) || b == topicBody) {
        continue; // a space after 。 starts the next part at the numbering
      }
      UnitLead unit = null;
      boolean afterClause = (p == ')' || p == '】' || p == '〕') && b < n && closesTasksClause(f, i - 1);
      closed |= afterClause;
      // 。 教育部门,负责…: the spaces after a sentence's end leave it the end still
      char stop = Fold.isSpace(p) ? lastBefore(f, i - 1) : p;
      if (byRole || isItemStart(f, b) || Fold.isSpace(p) && countedItemStart(f, b) || afterClause
          || ("。:;".indexOf(stop) >= 0 || Fold.isSpace(p) && GluedStarts.headingBefore(f, i - 1)) && (unit = unitStart(f, b)) != null
          && (stop != ';' || UnitLeadWords.roleClauseEnd(f, unit.nameEnd) > 0) && !RoleClauseStarts.closesTheTaskBefore(f, b)
          && !(stop != '。' && insideBracket(f, i - 1))) {
        // ((责任单位:市教育局牵头,…): units after a label's colon inside a task's bracket are its clause's, no new part)
        if (starts == null) {
          starts = new ArrayList<>();
        }
        if (starts.isEmpty() || starts.get(starts.size() - 1) < b) {
          starts.add(b);
          if (byRole) {
            byRoleStart = true;
            int lead = RoleClauseStarts.leadInStart(f, starts.size() > 1 ? starts.get(starts.size() - 2) : 0, b);
            if (lead >= 0) {
              // (会议要求,加快推进老旧小区改造,由…: more words than a lead-in's are the task's topic, a part of its own)
              leadIns = leadIns == null ? new ArrayList<>() : leadIns;
              leadIns.add(new int[] {lead, b, Fold.trimEnd(f, lead, b) - lead > RoleClauseStarts.MAX_LEAD_IN ? 1 : 0});
            }
          }
        }
        i = b;
        // (…首先由A牵头、B配合,完成调查。其次…: a role clause inside a sentence the same)
        int end = byRole || unit != null && UnitLeadWords.roleClauseEnd(f, unit.nameEnd) > 0 ? RoleClauseStarts.stopAfter(f, b) : -1;
        if (end > 0 && Fold.trimStart(f, end + 1, n) < n) {
          // 县水务局牵头,组织开展…。: a role clause's task is its sentence; what follows is not the unit's
          sentenceEnds = sentenceEnds == null ? new ArrayList<>() : sentenceEnds;
          sentenceEnds.add(new int[] {b, end + 1});
        }
      }
    }
    starts = GluedHeadings.withStarts(f, n, starts);
    if (sentenceEnds != null) {
      // a role clause's sentence end cuts the line where no other start came before it
      for (int[] sentence : sentenceEnds) {
        int k = java.util.Collections.binarySearch(starts, sentence[1]);
        // the start before the cut is the clause's own, or the sentence holds another start and stays whole
        if (k < 0 && starts.get(-k - 2) == sentence[0]) {
          starts.add(-k - 1, sentence[1]);
        }
      }
    }
    if (starts == null && unitStart(f, Fold.trimStart(f, 0, n)) == null) {
      // (乡镇政府:建立…。交通安全管理站负责…: one unit's duties after its label, whatever their sentences' subjects)
      starts = SubjectStarts.of(f, n);
    }
    // two parts at least: two numbers inside the line, or one inside and one that starts it (2.加大…)3.进一步…)
    int first = Fold.trimStart(f, 0, n);
    if (starts == null || starts.size() < 2 && !closed && !isItemStart(f, first) && !byRoleStart
        && !(starts.get(0) > first && (startsWithDutyAfterComma(f, first) || startsWithDutiesLabel(f, first)))) {
      // (交通部门,负责…。 教育部门,负责…: a unit's duty starts the line as the one inside it does, and so does a unit's
      // label over its duties, 市规划监察支队职责:…。市城建执法监察支队职责:…; a letter's addressees and their colon,
      // 局机关各科室、局属各单位:, do not)
      return List.of(line);
    }
    if (enumeratesInside(f, starts)) {
      return List.of(line);
    }
    return cut(line, starts, leadIns);
  }

  /** Whether the line's one part starts after its text does: the words leading into its role clause dropped. */
  private static boolean leadInDropped(Line line, Line part) {
    return part.start() > Fold.trimStart(line.source(), line.start(), line.end());
  }

  /**
   * The line cut at each of {@code starts}, its text before the first a part too where there is any; the words that
   * lead into a role clause ({@code leadIns}: their start, the clause's, and whether they are kept) end the part
   * before without joining it, dropped, or kept as a part of their own where they are more than a lead-in's.
   */
  private static List<Line> cut(Line line, List<Integer> starts, List<int[]> leadIns) {
    String f = line.folded();
    int n = line.end() - line.start();
    List<Line> parts = new ArrayList<>(starts.size() + 1);
    int from = 0;
    int lead = 0;
    for (int s : starts) {
      int end = s;
      while (leadIns != null && lead < leadIns.size() && leadIns.get(lead)[1] <= s) {
        if (leadIns.get(lead)[1] == s && leadIns.get(lead)[0] >= from) {
          end = leadIns.get(lead)[0];
          if (leadIns.get(lead)[2] == 1 && Fold.trimEnd(f, end, s) > end) {
            if (Fold.trimEnd(f, from, end) > from) {
              parts.add(line.part(from, end));
            }
            from = end;
            end = s;
          }
        }
        lead++;
      }
      if (Fold.trimEnd(f, from, end) > from) {
        parts.add(line.part(from, end));
      }
      from = s;
    }
    parts.add(line.part(from, n));
    return parts;
  }

  /** Whether the next line with text after block {@code i} starts with a label (责任单位:…). */
  private static boolean labelFollows(List<Block> blocks, int i) {
    for (int k = i + 1; k < blocks.size(); k++) {
      Block b = blocks.get(k);
      if (!(b instanceof Line)) {
        return false;
      }
      if (!((Line) b).isBlank()) {
        return Labels.leading(((Line) b).folded()) != null;
      }
    }
    return false;
  }

  /** Whether {@code at} lies inside a bracket opened before it in the same sentence and not closed by then. */
  private static boolean insideBracket(String f, int at) {
    int depth = 0;
    for (int k = at; k >= 0 && at - k <= 80; k--) {
      char c = f.charAt(k);
      if (c == '。') {
        return false;
      }
      if (Brackets.isClose(c)) {
        depth++;
      } else if (Brackets.isOpen(c)) {
        if (depth == 0) {
          return true;
        }
        depth--;
      }
    }
    return false;
  }

  /**
   * Whether a unit's label that says its duties follow starts {@code f} at {@code b} ({@code 市规划监察支队职责:负责…}):
   * the name and the duties' word before the colon, text after it.
   */
  private static boolean startsWithDutiesLabel(String f, int b) {
    UnitLead unit = unitStart(f, b);
    if (unit == null) {
      return false;
    }
    int colon = f.lastIndexOf(':', unit.textStart - 1);
    return colon > unit.nameEnd && UnitHeading.dutiesStart(f, unit.nameStart, colon) == unit.nameEnd;
  }

  /** The last char before {@code at} that is no space, or a space if there is none. */
  static char lastBefore(String f, int at) {
    int k = at;
    while (k >= 0 && Fold.isSpace(f.charAt(k))) {
      k--;
    }
    return k >= 0 ? f.charAt(k) : ' ';
  }

  /**
   * Whether the bracket that closes at {@code close} is a task's responsibility clause after its sentence ({@code …。
   * (市经委牵头)}) or at the line's start, where a line broke after a task: what follows it is the next task. A clause
   * with its label after a comma ({@code …开发,〔责任单位:市数据局〕探索…}) is one too: a digest that ran its tasks together
   * kept the commas between them, and a label's clause closes the task it follows, wherever the sentence stops.
   */
  private static boolean closesTasksClause(String f, int close) {
    int depth = 0;
    for (int k = close; k >= 0 && close - k <= 80; k--) {
      char c = f.charAt(k);
      if (Brackets.isClose(c)) {
        depth++;
      } else if (Brackets.isOpen(c) && --depth == 0) {
        String inner = f.substring(k + 1, close);
        int before = Fold.trimEnd(f, 0, k);
        char last = before == 0 ? '。' : f.charAt(before - 1);
        // (【发布部门】最高人民法院: a square bracket's word with no colon is a page's field, no task's clause)
        boolean labelled = inner.indexOf(':') > 0 && Labels.leading(inner) != null;
        return ("。;".indexOf(last) >= 0 && (c == '(' || labelled) || last == ',' && labelled)
            && ClauseBrackets.isClauseInside(inner);
      }
    }
    return false;
  }

  /**
   * Whether a numbered line lists its own parts after a colon ({@code 3.丽景花园二期:(1)车辆乱停乱放;(2)杂物乱堆乱放。}):
   * the numbers inside are all of one numbering, not the line's, each before a short part, and the text before the
   * first ends with a colon — one item that enumerates, not several run together.
   */
  private static boolean enumeratesInside(String f, List<Integer> starts) {
    int b = Fold.trimStart(f, 0, f.length());
    if (!isItemStart(f, b) || starts.isEmpty()) {
      return false;
    }
    Numbering own = Numbering.of(f.substring(b, Math.min(f.length(), b + 8))).style;
    int first = starts.get(0) == b ? (starts.size() > 1 ? starts.get(1) : -1) : starts.get(0);
    if (first < 0 || Fold.trimEnd(f, b, first) == b || f.charAt(Fold.trimEnd(f, b, first) - 1) != ':') {
      return false;
    }
    Numbering inner = null;
    for (int k = 0; k < starts.size(); k++) {
      int s = starts.get(k);
      if (s == b) {
        continue;
      }
      int end = k + 1 < starts.size() ? starts.get(k + 1) : f.length();
      if (end - s > 60) {
        return false; // a paragraph of its own, not a part named in a list
      }
      Numbering style = isItemStart(f, s) ? Numbering.of(f.substring(s, Math.min(f.length(), s + 8))).style : null;
      if (style == null || style == own || inner != null && style != inner) {
        return false; // a unit's paragraph, the next item of the line's own numbering, or headings over items
      }
      inner = style;
    }
    return true;
  }

  /**
   * {@code (二)3件州政协委员提案分别是:} after a space: a Chinese numeral's numbering before a count, which no decimal point
   * makes, starts an item where a line broke before it; glued to the words before it ({@code 分两个阶段(一)3月底前…}) it
   * counts a sentence's steps.
   */
  static boolean countedItemStart(String f, int b) {
    if (b + 4 >= f.length() || f.charAt(b) != '(') {
      return false;
    }
    Numbering.Prefix prefix = Numbering.of(f.substring(b, Math.min(f.length(), b + 8)));
    int after = b + prefix.length;
    return prefix.style == Numbering.PAREN_CN && after < f.length() && Character.isDigit(f.charAt(after));
  }

  /** Whether an item's numbering starts at {@code b}: 一、 (一) 1. (1) ① Ⅳ before Han text, a small number. */
  static boolean isItemStart(String f, int b) {
    if (b >= f.length() || !Numbering.mayStart(f.charAt(b))) {
      return false; // most sentences start with no numeral
    }
    Numbering.Prefix prefix = Numbering.of(f.substring(b, Math.min(f.length(), b + 8)));
    if (prefix.style == Numbering.NONE || prefix.style == Numbering.DASH || prefix.style == Numbering.CHAPTER) {
      return false;
    }
    int after = b + prefix.length;
    if (after >= f.length() || !(Fold.isHan(f.charAt(after)) || "“《(".indexOf(f.charAt(after)) >= 0)) {
      return false;
    }
    if (prefix.style == Numbering.ARABIC_DOT) {
      int digits = 0;
      while (digits < 3 && Character.isDigit(f.charAt(b + digits))) {
        digits++;
      }
      return digits <= 2; // 1. to 99., not 2022.
    }
    return true;
  }

  /**
   * The blocks with every run-on line split into its parts; the same list where none is. (Not {@link Spliced}: once a
   * line is split, a later line's one part, its view from its numbering, stands for it too.)
   */
  static List<Block> of(List<Block> blocks) {
    List<Block> out = null;
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      List<Line> parts = b instanceof Line ? split((Line) b) : null;
      if (parts != null && parts.size() == 1 && (((Line) b).foldedContains(';', false) || ((Line) b).foldedContains('。', false))) {
        // (a chain's line with its label line after it is one task: the label is the whole line's; asked last, of
        // the few lines that are chains)
        List<Integer> chain = SubjectStarts.dutyChain(((Line) b).folded(), ((Line) b).end() - ((Line) b).start());
        parts = chain == null || labelFollows(blocks, i) ? parts : cut((Line) b, chain, null);
      }
      // (会议议定,由县住建局牵头,…: one part, the line without the words that lead into its role clause)
      if (parts != null && (parts.size() > 1 || leadInDropped((Line) b, parts.get(0))) && out == null) {
        out = new ArrayList<>(blocks.size() + parts.size());
        out.addAll(blocks.subList(0, i));
      }
      if (out != null) {
        if (parts != null) {
          out.addAll(parts);
        } else {
          out.add(b);
        }
      }
    }
    return out == null ? blocks : out;
  }
}
