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
import dev.mandate.parser.internal.responsibility.Labels;
import dev.mandate.parser.internal.responsibility.RoleWords;
import dev.mandate.parser.internal.text.Brackets;
import dev.mandate.parser.internal.text.Fold;
import java.util.ArrayList;
import java.util.List;

/**
 * The bracket that closes a line with its responsibility clause ({@code (牵头单位:X;责任单位:Y)}, {@code (X牵头,Y配合)},
 * {@code 【责任单位:X】}, a bracket of agency names): where it opens, and whether a bracket's words are a clause at all
 * (not a unit's alias, a remark or the places a task is done at). {@link InlineClauses} finds the other kinds.
 */
final class ClauseBrackets {

  private ClauseBrackets() {}

  /** Whether a bracket's inner text (folded) holds a role word a clause has: 牵头, 配合, 负责, 主办, 协办. */
  static boolean namesRoles(String inner) {
    return RoleWords.mentionsRole(inner);
  }

  /** Whether a bracket's inner text is a responsibility clause, as {@link #bracketStart} tells one. */
  static boolean isClauseInside(String inner) {
    return inner.length() >= 3 && (!Labels.find(inner).isEmpty() || namesRoles(inner) || Cells.isAgencyList(inner)
        || AgencyNames.isMostlyStrongList(inner) || isUnitsThenDuty(inner));
  }

  /**
   * Verbs that close a bracket of units to say they carry the task out, no role word: (市教育局会同市财政局办理). Not
   * 实施, which closes how or by whom a task is done as often ((按照省统一部署实施), (第三方机构实施)).
   */
  private static final String[] DUTIES = {"办理", "落实", "承办", "组织推进", "组织实施"};

  /** Words between the units and their duty's verb that say how they carry it: (…和各县区组织落实), (…负责落实). */
  private static final String[] MANNERS = {"组织", "负责", "具体", "抓好", "共同"};

  /**
   * Whether a bracket's inner text is a list of agency names, then a verb saying they carry the task out: {@code
   * 市政府法制办会同市有关部门办理}, {@code 市政府法制办、市政府各部门办理} — the lead's list before 会同 and its partners after.
   */
  static boolean isUnitsThenDuty(String inner) {
    String t = Fold.trim(inner);
    int comma = t.indexOf(',');
    if (comma > 0 && Cells.isPeriod(t.substring(0, comma))) {
      t = Fold.trim(t.substring(comma + 1)); // 季度,由市统计局为主落实: the period it is reported in, then its units
    }
    if (t.startsWith("由")) {
      t = t.substring(1);
    }
    for (String d : DUTIES) {
      if (t.length() > d.length() + 2 && t.endsWith(d)) {
        String units = t.substring(0, t.length() - d.length());
        if (units.endsWith("为主")) {
          units = units.substring(0, units.length() - 2); // 由市统计局为主落实: mainly by it, as 由市统计局落实
        }
        boolean manner = d.length() > 2;
        for (String m : MANNERS) {
          if (units.length() > m.length() + 2 && units.endsWith(m)) {
            units = units.substring(0, units.length() - m.length());
            manner = true;
            break;
          }
        }
        int with = units.indexOf("会同");
        String lead = with < 0 ? units : units.substring(0, with);
        if (manner && with < 0 && units.indexOf('、') < 0 && !AgencyNames.opensWithLevel(lead.charAt(0))) {
          return false; // (按照统一部署组织实施): how the task is carried out, its words no unit's, unless partners follow
          // 会同, or several names are listed, or the lead's level opens it (市发改委组织落实)
        }
        int pause = lead.indexOf('、');
        // the lead an organ's name by its suffix (市政府法制办, not 按照省统一部署 or 项目业主单位)
        if (!AgencyNames.isStrongName(pause < 0 ? lead : lead.substring(0, pause))) {
          return false;
        }
        return with < 0 ? Cells.isAgencyList(units) : with > 1 && Cells.isAgencyList(lead)
            && AgencyNames.isName(units.substring(with + 2));
      }
    }
    return false;
  }

  /**
   * Whether the opening quote at {@code i} is never closed before {@code n}: another opening quote, or the end, comes
   * before a closing one ({@code 小升高”“高升规计划…(牵头部门:…)}, {@code 推动“专精特新…(市经信局牵头)。建立“链长制”…}). Such a
   * quote, a copy's loss, holds no bracket after it. Each call reads only up to the next quote, so a line's calls
   * together read it once.
   */
  private static boolean neverClosed(String folded, int i, int n) {
    for (int k = i + 1; k < n; k++) {
      char c = folded.charAt(k);
      if (c == '”') {
        return false;
      }
      if (c == '“') {
        return true;
      }
    }
    return true;
  }

  /**
   * Where an inline responsibility clause starts: the last round bracket at depth 0 that runs to the end of the line
   * (or never closes, as in a truncated page) and names a label or a role word. -1 if none.
   */
  static int bracketStart(String folded, int from) {
    int depth = 0;
    int lastOpen = -1;
    int lastClose = -1;
    int n = contentEnd(folded);
    for (int i = from; i < n; i++) {
      char c = folded.charAt(i);
      if (c == '“' && neverClosed(folded, i, n)) {
        continue;
      }
      if (Brackets.isOpen(c)) {
        if (depth == 0 && (c == '(' || c == '【' || c == '[' || c == '〔')) {
          lastOpen = i;
        } else if (depth == 0) {
          lastOpen = -2; // a depth-0 group of another bracket kind: not ours
        }
        depth++;
      } else if (Brackets.isClose(c) && depth > 0) {
        depth--;
        if (depth == 0) {
          lastClose = i;
        }
      }
    }
    if (lastOpen < 0) {
      return -1;
    }
    if (depth == 0) {
      if (lastClose < lastOpen) {
        return -1;
      }
      for (int i = lastClose + 1; i < n; i++) {
        char c = folded.charAt(i);
        if (!(Fold.isSpace(c) || c == '。' || c == '.' || c == ';' || c == ',' || c == '；')) {
          return -1;
        }
      }
    }
    int end = depth == 0 ? lastClose : n;
    String inner = folded.substring(lastOpen + 1, end);
    if (lastOpen > 0 && isAlias(folded.charAt(lastOpen - 1), inner)) {
      return -1; // 省农业农村厅(乡村振兴局): the other name of the unit before it, no clause
    }
    return isClauseInside(inner) ? lastOpen : -1;
  }

  /**
   * Where a bracket of units starts that the text's end cut off inside its last name ({@code …登记地(区市场局)。在…的基础上
   * (区市场局、区大数據}): the names before the cut say what it is; -1 if the line ends otherwise. Asked only of the
   * text's last line, where no later line can close the bracket.
   */
  static int cutBracketStart(String folded, int from) {
    int n = contentEnd(folded);
    int open = -1;
    int depth = 0;
    for (int i = from; i < n; i++) {
      char c = folded.charAt(i);
      if (c == '(' && depth == 0) {
        open = i;
      }
      depth += Brackets.isOpen(c) ? 1 : Brackets.isClose(c) && depth > 0 ? -1 : 0;
    }
    if (open < 0 || depth != 1) {
      return -1;
    }
    String inner = folded.substring(open + 1, n);
    if (open > 0 && (folded.charAt(open - 1) == '。' || folded.charAt(open - 1) == ';') && inner.length() <= 6
        && Titles.mostlyHan(inner) && AgencyNames.opensWithLevel(inner.charAt(0))) {
      return open; // …降低22%。(市环: a bracket after the task's full stop, cut inside the level that opens its name
    }
    int sep = Math.max(inner.lastIndexOf('、'), inner.lastIndexOf(','));
    // (…政策;(社会事业局、各: the cut piece is a char of a name, or nothing after the list's mark)
    String piece = Fold.trim(inner.substring(sep + 1));
    return sep > 0 && inner.length() - sep <= 8 && isClauseInside(inner.substring(0, sep))
        && (Titles.mostlyHan(piece) || Fold.allHan(piece, 0, piece.length())) ? open : -1;
  }

  /**
   * Whether a bracket after a bureau's or a government's name ({@code before} its last char) holds one other name alone: the unit's
   * alias ({@code 省农业农村厅(乡村振兴局)}), where a clause would say a role or list several; or, after any name, one
   * other suffix ({@code 保卫部(处)}).
   */
  private static boolean isAlias(char before, String inner) {
    if (UnitHeading.isSuffixAlone(before, Fold.trim(inner))) {
      return true; // 保卫部(处), 人事处(科): the office's other suffix, one name written two ways
    }
    // (镇人民政府(街道办事处), 各县区政府(管委会): a government's other name, where a town is a street's office)
    if ("局委办厅署府".indexOf(before) < 0 || inner.indexOf('、') >= 0 || inner.indexOf(',') >= 0
        || inner.indexOf(':') >= 0 || RoleWords.mentionsRole(inner)) {
      return false;
    }
    return AgencyNames.isStrongName(Fold.trim(inner));
  }

  /**
   * Where a line's words end: before a short tail of ASCII noise with no words in it ({@code (住建局牵头) x& L1 ]8 N)
   * l6 J( k}, a forum's anti-copy junk), else at its end.
   */
  static int contentEnd(String folded) {
    int n = folded.length();
    int e = n;
    while (e > 0 && n - e <= 45 && folded.charAt(e - 1) < 0x80) {
      e--;
    }
    if (e == n || e == 0 || n - e > 45 || folded.charAt(e) != ')') {
      return n;
    }
    int letters = 0;
    for (int i = e + 1; i < n; i++) {
      char c = folded.charAt(i);
      letters += c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' ? 1 : 0;
    }
    // noise mixes letters with digits and signs; a sentence's trailing figure or a code stays
    return letters >= 3 ? e + 1 : n;
  }

  /**
   * The tasks of a line that are each closed by a clause bracket before {@code last} ({@code 新建学校3所(责任单位:市教育局);
   * 新增学位5000个(…)}): for each, {start of task, start of clause, end of clause}, and last a {start of what follows};
   * null if no bracket before {@code last} closes a task (a break follows it, or the task had ended before it).
   */
  static List<int[]> tasksClosedByClauses(String text, String folded, int from, int last) {
    List<int[]> tasks = null; // {start of task, start of clause, end of clause}
    int start = from;
    int depth = 0;
    for (int i = from; i < last; i++) {
      char c = folded.charAt(i);
      if (c == '“' && neverClosed(folded, i, last)) {
        continue;
      }
      if (Brackets.isOpen(c)) {
        if (depth == 0 && (c == '(' || c == '【' || c == '〔')) {
          int close = Brackets.matchingClose(folded, i);
          if (close > 0 && close < last && ClauseBrackets.isClauseInside(folded.substring(i + 1, close))) {
            int after = Fold.trimStart(folded, close + 1, last);
            // the clause closes a task: a break follows it, or the task had ended before it (…措施。(市食安办负责)依据…)
            boolean closes = after < last && "。;；,，".indexOf(folded.charAt(after)) >= 0
                || after < last && endsSentence(folded, i);
            if (closes && Fold.trimEnd(text, start, i) > Fold.trimStart(text, start, i)) {
              if (tasks == null) {
                tasks = new ArrayList<>();
              }
              tasks.add(new int[] {start, i, close});
              boolean separator = "。;；,，".indexOf(folded.charAt(after)) >= 0;
              start = separator ? after + 1 : after;
              i = separator ? after : after - 1;
              continue;
            }
          }
        }
        depth++;
      } else if (Brackets.isClose(c) && depth > 0) {
        depth--;
      }
    }
    if (tasks != null) {
      tasks.add(new int[] {start});
    }
    return tasks;
  }

  /** Whether the text before {@code at} ends with a full stop or semicolon (spaces between left out). */
  private static boolean endsSentence(String folded, int at) {
    int e = Fold.trimEnd(folded, 0, at);
    return e > 0 && "。;".indexOf(folded.charAt(e - 1)) >= 0;
  }
}
