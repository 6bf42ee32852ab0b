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
import dev.mandate.parser.internal.source.Line;
import dev.mandate.parser.internal.text.Fold;
import java.util.List;

/**
 * A line of roles under a numbered item that names no units ({@code 1. 系统梳理规范性文件。} / {@code 办公室牵头,各有关处室、
 * 民服中心共同推进}): the lead, the other units up to their role word, and a few words of what they do — the item's
 * clauses, no task of its own. Asked by {@link Items} of a line led by its unit.
 */
final class RoleLines {

  /**
   * The most chars of what the units are to do after their role word on a line of roles ({@code 推进}, {@code 推进实施});
   * more are a task's own words ({@code 共同制定实施细则}), and the line is a task.
   */
  private static final int MAX_ROLE_TAIL = 4;
  /** Role words of the units after the lead on a line of roles. */
  private static final String[] SUPPORT_ROLES = {"配合", "协助", "协同", "参与", "共同", "按职责分工负责", "按职责负责",
      // 省住房城乡建设厅牵头,各设区市政府和杨凌示范区管委会(组织)落实: the lead's partners who carry it out where they are
      "组织落实", "负责落实", "具体落实", "落实"};
  /** The words that say units carry an item out, all their line says after them ({@code 组织落实}): 落实's and 组织实施. */
  private static final String[] CARRIED_OUT = {"组织落实", "负责落实", "具体落实", "组织实施", "落实"};

  private RoleLines() {}

  /**
   * {@code 1. 系统梳理规范性文件。} / {@code 办公室牵头,各有关处室、民服中心共同推进}: a line led by its unit whose words after
   * the unit are the other units, their role word and a few of what they do, under a numbered item that has no units:
   * that item's clauses (as {@code 办公室牵头,各有关处室配合} would be), no task of its own. True if so attached.
   */
  static boolean attachToItemAbove(Outline outline, Line line, String text, String folded, UnitLead unit) {
    Item above = outline.current();
    if (above == null || above.direct || above.style == Numbering.NONE || above.hasClauses()
        || unit.supportStart >= 0 || outline.hasPending()) {
      return false;
    }
    if (!unit.leads) {
      return carriedOut(outline, above, line, text, folded, unit);
    }
    int b = unit.textStart;
    int n = Fold.trimEnd(folded, b, folded.length());
    while (n > b && "。;,".indexOf(folded.charAt(n - 1)) >= 0) {
      n--;
    }
    if (n - b > 60 || n - b < 2) {
      return false;
    }
    // the units end at their role word: 各乡镇、各部门迅速行动 names no role, 各单位配合做好干部教育培训工作 goes on as a task
    for (int e = b + 2; e < n; e++) {
      for (String role : SUPPORT_ROLES) {
        if (folded.startsWith(role, e) && n - e - role.length() <= MAX_ROLE_TAIL && isListOfShortNames(folded, b, e)) {
          outline.closeContinuation();
          outline.addClauses(above.measure(), List.of(
              new Clause(Clause.Kind.LEAD, text.substring(unit.nameStart, unit.nameEnd), line.number(),
                  unit.nameStart + 1),
              new Clause(Clause.Kind.SUPPORT, text.substring(b, e), line.number(), b + 1)));
          return true;
        }
      }
    }
    return false;
  }

  /**
   * {@code 2. 新增城镇就业40万人。} / {@code 各设区市政府和杨凌示范区管委会组织落实。}: a line of units and the words that
   * they carry the item out, nothing more, under a numbered item that has no units: the item's units. True if so
   * attached.
   */
  private static boolean carriedOut(Outline outline, Item above, Line line, String text, String folded, UnitLead unit) {
    int b = unit.nameStart;
    int n = Fold.trimEnd(folded, b, folded.length());
    if (n > b && "。;".indexOf(folded.charAt(n - 1)) >= 0) {
      n--;
    }
    for (String w : CARRIED_OUT) {
      int e = n - w.length();
      if (e - b >= 2 && folded.startsWith(w, e) && isListOfShortNames(folded, b, e)) {
        outline.closeContinuation();
        outline.addClauses(above.measure(), List.of(new Clause(Clause.Kind.GENERIC, text.substring(b, e),
            line.number(), b + 1)));
        return true;
      }
    }
    return false;
  }

  /** Whether {@code f[b, e)} is a list of names, each of a few chars ({@code 各有关处室、民服中心}), the first a strong one. */
  private static boolean isListOfShortNames(String f, int b, int e) {
    int start = b;
    for (int i = b; i <= e; i++) {
      // (各设区市政府和杨凌示范区管委会: a 和 after a government's name joins two)
      if (i == e || "、,;".indexOf(f.charAt(i)) >= 0 || f.charAt(i) == '和' && f.startsWith("政府", i - 2)) {
        if (i - start > 12 || i == start) {
          return false;
        }
        start = i + 1;
      }
    }
    int first = b;
    while (first < e && "、,;".indexOf(f.charAt(first)) < 0) {
      first++;
    }
    return AgencyNames.isStrongName(Fold.trim(f.substring(b, first))) && AgencyNames.isList(f.substring(b, e));
  }
}
