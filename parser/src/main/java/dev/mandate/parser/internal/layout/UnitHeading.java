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
import dev.mandate.parser.internal.responsibility.RoleWords;
import dev.mandate.parser.internal.responsibility.Labels;
import dev.mandate.parser.internal.text.Fold;

/**
 * A numbered line that is a unit's name and nothing else — {@code (一)市教育局:}, {@code (1)市林业局。},
 * {@code (七)卫生部门职责、任务}, {@code (九)县公安局主要工作任务:} — a heading over that unit's items or its duty (see {@link UnitLead} for a unit that
 * leads its own line's text).
 */
final class UnitHeading {

  private UnitHeading() {}

  /**
   * The unit a numbered line is made of and nothing else — {@code (一)市教育局:}, {@code (二)本部劳动力发展署(以下简称劳发署):}
   * — a heading over that unit's items; null for any other line. The line's end is the name's, but for a colon and an
   * alias bracket ({@code 以下简称…}, {@code 简称…}).
   */
  static UnitLead of(String folded, int from) {
    int n = folded.length();
    int b = Fold.trimStart(folded, from, n);
    int e = Fold.trimEnd(folded, b, n);
    // (1)市林业局。: a unit's name alone on its numbered line, its duty on the next
    if (e > b && (folded.charAt(e - 1) == ':' || folded.charAt(e - 1) == '。' && e - b <= 31)) {
      e = Fold.trimEnd(folded, b, e - 1);
    }
    // (二)公安部门职责:, (七)卫生部门职责、任务: the unit's duties follow, as its items
    int words = e;
    e = dutiesStart(folded, b, e);
    if (e < words && folded.charAt(b) == '属') {
      b += folded.startsWith("属于", b) ? 2 : 1; // 一、属住建局职责范围: (problems found) within the unit's duties
    }
    if (e > b && folded.charAt(e - 1) == ')') {
      int open = folded.lastIndexOf('(', e - 1);
      if (open > b && (folded.startsWith("以下简称", open + 1) || folded.startsWith("简称", open + 1)
          || isCount(folded, open + 1, e - 1) || isOtherNames(folded, b, open, e - 1) || isRemark(folded, open, e))) {
        // an alias, how many items follow, (一)鹿城镇(14个), the other names of one office with several:
        // (二)招商合作局(行政审批局、政务服务中心), or what the office runs, (一)本府秘书处(会议管理系统)
        e = Fold.trimEnd(folded, b, open);
      }
    }
    if (e - b < 3 || e - b > 30 || !Fold.isHan(folded.charAt(b))) {
      return null;
    }
    String name = folded.substring(b, e);
    // (1.建设口袋公园责任单位:市城管局: a task, its label and units, no name however its end reads; 1.推进污水治理,由县住建局
    // 牵头,…: a task and its role clause)
    if (name.indexOf(':') >= 0 || name.indexOf(',') >= 0 || SubjectBounds.isPlaceholder(name) || Labels.named(name) != null || opensWithDuty(name)
        || !(name.indexOf('、') < 0 ? AgencyNames.isStrongName(name) || isTownship(name)
            : AgencyNames.isStrictList(name))) {
      return null;
    }
    return new UnitLead(b, e, n, true, false);
  }

  /**
   * The unit an unnumbered line is made of, where the line says it heads that unit's items — its duties' words after the
   * name ({@code 防汛办主要职责}, {@code 县水利局职责:}); null for any other line, a name alone or with its colon (a
   * signature, a report's addressee) among them.
   */
  static UnitLead unnumbered(String folded) {
    int n = folded.length();
    int b = Fold.trimStart(folded, 0, n);
    int e = Fold.trimEnd(folded, b, n);
    int words = e > b && folded.charAt(e - 1) == ':' ? Fold.trimEnd(folded, b, e - 1) : e;
    if (e - b < 3 || dutiesStart(folded, b, words) == words) {
      return null; // (a name and its colon alone may be a report's addressee over what was done: 市水利局: / 1.我县…)
    }
    return unitOf(folded);
  }

  /** The unit the whole line is made of, but a label's words ({@code 成员单位职责}: the members', no unit's name). */
  private static UnitLead unitOf(String folded) {
    UnitLead unit = of(folded, 0);
    return unit == null || UnitLeadWords.isUnitsLabel(folded.substring(unit.nameStart, unit.nameEnd)) ? null : unit;
  }

  /**
   * The unit a line holds with its colon alone ({@code 交通部门:}); null for any other line. Such a line heads a list only
   * where its document has another like it (see {@link Items}): alone, it may be a report's addressee.
   */
  static UnitLead namedWithColon(String folded) {
    int n = folded.length();
    int b = Fold.trimStart(folded, 0, n);
    int e = Fold.trimEnd(folded, b, n);
    if (e - b < 4 || e - b > 31 || folded.charAt(e - 1) != ':') {
      return null;
    }
    return unitOf(folded);
  }

  /** The longest name read by a weak suffix alone: an office's short name ({@code 教务处}, {@code 学院}). */
  private static final int MAX_WEAK = 8;

  /**
   * The unit a numbered line is made of where its name's suffix is weak ({@code (一)学院}, {@code (二)教务处}) — a heading
   * whose units count only over items that open with a unit's duty (see {@link Item#weakName}); null otherwise.
   */
  static UnitLead weak(String folded, int from) {
    int n = folded.length();
    int b = Fold.trimStart(folded, from, n);
    int e = Fold.trimEnd(folded, b, n);
    if (e > b && folded.charAt(e - 1) == ':') {
      e = Fold.trimEnd(folded, b, e - 1);
    }
    e = dutiesStart(folded, b, e); // (第五条 营销部职责: the office's duties follow, as its items)
    if (e > b && folded.charAt(e - 1) == ')') {
      int open = folded.lastIndexOf('(', e - 1);
      // 秘书处(会议管理系统):, 保卫部(处), 保卫部(保卫处): a remark on the office, or its name written another way
      e = open > b && (isRemark(folded, open, e) || isOtherSuffix(folded, b, open, e)) ? Fold.trimEnd(folded, b, open) : e;
    }
    if (e - b < 2 || e - b > MAX_WEAK) {
      return null;
    }
    for (int i = b; i < e; i++) {
      if (!Fold.isHan(folded.charAt(i))) {
        return null;
      }
    }
    String name = folded.substring(b, e);
    return SubjectBounds.isPlaceholder(name) || Labels.named(name) != null || opensWithDuty(name)
        || !AgencyNames.isName(name) ? null
        : new UnitLead(b, e, n, true, false);
  }

  /**
   * Whether a numbered line is an office's name of weak suffix with its duties' words after it ({@code 第五条 营销部职责}):
   * an article of a regulation that heads that office's duties, as one of strong suffix does ({@code 第四条 办公室职责}).
   */
  static boolean namesWeakOfficeDuties(String folded, int from) {
    int e = Fold.trimEnd(folded, from, folded.length());
    if (e > from && folded.charAt(e - 1) == ':') {
      e = Fold.trimEnd(folded, from, e - 1);
    }
    return dutiesStart(folded, from, e) < e && weak(folded, from) != null;
  }

  /**
   * Whether the bracket {@code f[open, e)} after the name {@code f[b, open)} writes the name another way: one other
   * suffix ({@code 保卫部(处)}), or a name of the same stem ({@code 保卫部(保卫处)}).
   */
  static boolean isOtherSuffix(String f, int b, int open, int e) {
    if (f.indexOf(')', open) != e - 1 || open - b < 2) {
      return false;
    }
    String inner = f.substring(open + 1, e - 1);
    return isSuffixAlone(f.charAt(open - 1), inner)
        || inner.length() >= 2 && inner.charAt(0) == f.charAt(b) && Fold.allHan(inner, 0, inner.length())
            && AgencyNames.isName(inner);
  }

  /** Whether a bracket after a name's last char {@code before} holds one other suffix alone ({@code 保卫部(处)}). */
  static boolean isSuffixAlone(char before, String inner) {
    return inner.length() == 1 && Fold.isHan(inner.charAt(0)) && AgencyNames.mayEndName(inner.charAt(0))
        && AgencyNames.mayEndName(before);
  }

  /** Role words a bracket after a name may hold: the name's role, no remark on it. */
  private static final String[] ROLE_WORDS = {"牵头", "配合", "主办", "协办", "负责", "责任", "参与", "协同", "主责",
      "协助", "承办", "主管"};

  /**
   * Whether the bracket {@code f[open, e)} after a name is a remark on it, what the office runs or covers
   * ({@code (会议管理系统)}): Han words only, no name and no role word.
   */
  static boolean isRemark(String f, int open, int e) {
    if (e - open < 4 || f.indexOf(')', open) != e - 1) {
      return false;
    }
    for (int i = open + 1; i < e - 1; i++) {
      if (!Fold.isHan(f.charAt(i))) {
        return false;
      }
    }
    String inner = f.substring(open + 1, e - 1);
    for (String w : ROLE_WORDS) {
      if (inner.contains(w)) {
        return false;
      }
    }
    return !AgencyNames.isName(inner);
  }

  /** Whether a line opens with a duty's verb ({@code 1、负责组织本学院}): a duty, cut short, never a unit's name. */
  private static boolean opensWithDuty(String name) {
    return name.startsWith("负责") || name.startsWith("承担") || name.startsWith("牵头");
  }

  /** Words after a unit's name that say its duties follow. */
  private static final String[] DUTIES = {"的职责范围", "职责范围", "的主要职责", "的工作职责", "的职责", "主要职责", "工作职责",
      "职责、任务", "职责和任务",
      "职责任务", "职责", "的主要工作任务", "主要工作任务", "的工作任务", "工作任务", "的主要任务", "主要任务"};

  /** Where the words of {@link #DUTIES} that end {@code f[b, e)} start, or {@code e}: the name's end before them. */
  static int dutiesStart(String f, int b, int e) {
    for (String duties : DUTIES) {
      if (e - b > duties.length() + 1 && f.startsWith(duties, e - duties.length())) {
        return e - duties.length();
      }
    }
    return e;
  }

  /**
   * Whether the bracket {@code (f[open + 1, close))} after a bureau's name {@code f[b, open)} holds names of its own
   * and no role: the other boards the same office hangs (one body, several names), not who does its work.
   */
  private static boolean isOtherNames(String f, int b, int open, int close) {
    String inner = f.substring(open + 1, close);
    if (RoleWords.mentionsRole(inner) || inner.contains(":")
        || !AgencyNames.isList(inner)) {
      return false;
    }
    String name = Fold.trim(f.substring(b, open));
    return name.length() >= 3 && AgencyNames.isStrongName(name);
  }

  /** A township or street by its name alone ({@code 鹿城镇}, {@code 清河街道}): the government a heading hands items to. */
  private static boolean isTownship(String name) {
    return name.length() >= 3 && name.length() <= 8 && (name.endsWith("镇") || name.endsWith("乡")
        || name.endsWith("街道") || name.endsWith("办事处")) && AgencyNames.isName(name);
  }

  /** Whether {@code f[b, e)} is a count of items: digits and one measure word ({@code 14个}, {@code 3项}). */
  private static boolean isCount(String f, int b, int e) {
    int d = b;
    while (d < e && f.charAt(d) >= '0' && f.charAt(d) <= '9') {
      d++;
    }
    return d > b && d == e - 1 && "个项条件处".indexOf(f.charAt(d)) >= 0;
  }
}
