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
import dev.mandate.parser.internal.responsibility.LabelShape;
import dev.mandate.parser.internal.text.Fold;
import dev.mandate.parser.internal.text.Residue;

/**
 * A sentence that gives units to the items before it: {@code 以上4项目标的责任单位均为市发展改革委。}, {@code 该目标责任单位
 * 为市经委。}, {@code 上述任务的牵头单位为市教育局}. It says how many items it covers — a number of them ({@code 4项}),
 * one ({@code 该}, {@code 此}, {@code 本}), or every item back to the last that has units ({@code 以上}, {@code 上述}) —
 * a units label by its shape, and the list after {@code 为}, {@code 是} or a colon.
 */
final class ProseAssignment {

  /** Every clause-less item back to the last with units. */
  static final int ALL = -1;

  final int count;
  final Clause.Kind kind;
  /** Where the unit list starts and ends in the line's text. */
  final int listStart;
  final int listEnd;

  private ProseAssignment(int count, Clause.Kind kind, int listStart, int listEnd) {
    this.count = count;
    this.kind = kind;
    this.listStart = listStart;
    this.listEnd = listEnd;
  }

  /** The longest line read whole; of a longer one, only a first sentence that opens with 以上 or 上述. */
  private static final int MAX_LINE = 120;

  /** The assignment a folded line states, or null. Looks only at lines under 120 chars, or such a first sentence. */
  static ProseAssignment of(String folded) {
    int n = folded.length();
    int b = Fold.trimStart(folded, 0, n);
    if (n - b > MAX_LINE) {
      // 以上项目由凤屯镇人民政府组织实施,…完工。欢迎…监督。: the statement is the line's first sentence, what follows it the
      // notice's other words
      int stop = folded.indexOf('。', b);
      if (stop < 0 || stop - b >= MAX_LINE || !(folded.startsWith("以上", b) || folded.startsWith("上述", b))) {
        return null;
      }
      n = stop + 1;
    }
    if (n - b < 8) {
      return null;
    }
    int i = b;
    boolean back = false;
    if (folded.startsWith("以上", i) || folded.startsWith("上述", i) || folded.startsWith("前述", i)) {
      back = true;
      i += 2;
    }
    int count = 0;
    int digits = i;
    while (i < n && (Character.isDigit(folded.charAt(i)) || "一二三四五六七八九十两".indexOf(folded.charAt(i)) >= 0)) {
      i++;
    }
    if (i > digits) {
      count = Numbering.smallNumber(folded.substring(digits, i));
      if (count <= 0 || i >= n || folded.charAt(i) != '项' && folded.charAt(i) != '条' && folded.charAt(i) != '个') {
        return null;
      }
      i++;
    } else if (i < n && "该此本".indexOf(folded.charAt(i)) >= 0) {
      count = 1;
      i++;
      if (i < n && folded.charAt(i) == '项') {
        i++;
      }
    } else if (back) {
      count = ALL;
      if (folded.startsWith("各项", i)) {
        i += 2;
      }
    } else {
      return null;
    }
    // the items' noun and 的: 目标的, 任务, 工作的
    int label = i;
    while (i < n && i - label < 24) {
      int residue = Residue.groupEnd(folded, i);
      if (residue > i) {
        i = residue; // 項(xiàng)目標(biāo): the pinyin a converter left
        continue;
      }
      if (!Fold.isHan(folded.charAt(i))) {
        break;
      }
      if (folded.startsWith("均为", i) || folded.startsWith("为", i) || folded.startsWith("均是", i)
          || folded.startsWith("是", i) || folded.startsWith("由", i) || folded.startsWith("均由", i)) {
        break;
      }
      i++;
    }
    int labelEnd = i;
    if (count == ALL && (folded.startsWith("由", i) || folded.startsWith("均由", i))) {
      return byRole(folded, i + (folded.charAt(i) == '均' ? 2 : 1), n);
    }
    int connector = folded.startsWith("均为", i) || folded.startsWith("均是", i) ? 2
        : i < n && (folded.charAt(i) == '为' || folded.charAt(i) == '是' || folded.charAt(i) == ':') ? 1 : 0;
    if (connector == 0) {
      return null;
    }
    // the label is the words after the items' noun: the longest tail of [label, labelEnd) that reads as one
    Clause.Kind kind = null;
    LabelShape.Reading[] reading = new LabelShape.Reading[1];
    for (int s = label; s < labelEnd - 1 && kind == null; s++) {
      Clause.Kind k = LabelShape.kind(folded, s, labelEnd, reading);
      if (k != null && k.namesUnits() && reading[0] == LabelShape.Reading.KNOWN) {
        kind = k;
      }
    }
    if (kind == null) {
      return null;
    }
    int listStart = Residue.groupEnd(folded, i + connector);
    listStart = Fold.trimStart(folded, listStart, n);
    int listEnd = InlineClauses.sentenceEnd(folded, listStart);
    if (listEnd <= listStart || !AgencyNames.isList(folded.substring(listStart, listEnd))) {
      return null;
    }
    return new ProseAssignment(count, kind, listStart, listEnd);
  }

  /**
   * {@code 上述项目由区商务委牵头负责。}: the items before are given to the units of the role sentence after 由 — a lead
   * where it says 牵头, the units it names where it only says 负责. Null unless what 由 introduces is a list of units.
   */
  private static ProseAssignment byRole(String folded, int from, int n) {
    int listStart = Fold.trimStart(folded, from, n);
    int end = InlineClauses.sentenceEnd(folded, listStart);
    int comma = folded.indexOf(',', listStart);
    if (comma > listStart && comma < end) {
      // 以上工作由市交通局负责,各有关部门配合。: parts of units and their role words, the responsibility stage's to read
      if (partsWithRoles(folded, listStart, end)) {
        return new ProseAssignment(ALL, Clause.Kind.GENERIC, listStart, end);
      }
      // 以上项目由凤屯镇人民政府组织实施,2018年2月开工建设。: the units and their verb, then when or how they do it
      end = comma;
    }
    int listEnd = end;
    for (String tail : new String[] {"负责落实", "负责实施", "组织实施", "具体负责", "负责", "落实", "实施"}) {
      if (listEnd - listStart > tail.length() && folded.startsWith(tail, listEnd - tail.length())) {
        listEnd -= tail.length();
        break;
      }
    }
    if (listEnd == end && end == comma) {
      return null; // (before a comma, the units' verb says the part is theirs)
    }
    boolean leads = listEnd - listStart > 2 && folded.startsWith("牵头", listEnd - 2);
    int namesEnd = leads ? listEnd - 2 : listEnd;
    if (namesEnd <= listStart || !AgencyNames.isList(folded.substring(listStart, namesEnd))) {
      return null;
    }
    return new ProseAssignment(ALL, Clause.Kind.GENERIC, listStart, listEnd);
  }

  /** Role words that end each part of {@code 市交通局负责,各有关部门配合}. */
  private static final String[] PART_ROLES = {"牵头负责", "负责", "牵头", "配合", "协助", "协办", "参与"};

  /** Whether every comma part of {@code f[b, e)} is a list of units and a role word. */
  private static boolean partsWithRoles(String f, int b, int e) {
    for (int s = b; s < e; ) {
      int c = f.indexOf(',', s);
      int partEnd = c < 0 || c > e ? e : c;
      String part = Fold.trim(f.substring(s, partEnd));
      String list = null;
      for (String r : PART_ROLES) {
        if (part.length() > r.length() + 1 && part.endsWith(r)) {
          list = part.substring(0, part.length() - r.length());
          break;
        }
      }
      if (list == null || !AgencyNames.isList(list)) {
        return false;
      }
      s = partEnd + 1;
    }
    return true;
  }
}
