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
 * The lines {@link Items} finds led by a unit's name ({@link UnitLead}): a heading whose items are the unit's, or a
 * task of the unit's, its name the label or the subject.
 */
final class UnitLedLines {

  private UnitLedLines() {}

  /**
   * A line led by its unit: under numbering a heading whose items are the unit's ({@code 一、县示范区管委会牵头工作}), else
   * a task of the unit's ({@code 区委宣传部:制订…}, {@code 区住建局负责…}) — its text after the colon, or the whole
   * sentence where the unit is its subject. {@code countedByUnit}: the document counts units' duties in words under two
   * labels at least ({@code 交通部门:一是…二是…}), a task each.
   */
  static void unitLed(Outline outline, Line line, String text, Numbering.Prefix prefix, UnitLead unit,
      boolean countedByUnit) {
    Clause clause = new Clause(unit.leads ? Clause.Kind.LEAD : Clause.Kind.GENERIC,
        text.substring(unit.nameStart, unit.nameEnd), line.number(), unit.nameStart + 1);
    int[] support = unit.supportStart < 0 ? UnitPartners.closingSupport(unit, line.folded()) : new int[] {unit.supportStart,
        unit.supportEnd};
    List<Clause> clauses = new java.util.ArrayList<>(List.of(clause));
    if (support != null) {
      clauses.add(new Clause(Clause.Kind.SUPPORT, text.substring(support[0], support[1]), line.number(), support[0] + 1));
    }
    if (unit.requested) {
      // 请农业处提醒…;并请警察局及新闻处加强宣导: those the item's later requests address are its partners
      for (int[] other : UnitRequests.laterAddressees(unit, line.folded())) {
        clauses.add(new Clause(Clause.Kind.SUPPORT, text.substring(other[0], other[1]), line.number(), other[0] + 1));
      }
    }
    int b = unit.textStart;
    int e = Fold.trimEnd(text, b, unit.textEnd > b ? unit.textEnd : text.length());
    // (2、食堂工作人员无健康证.请市文明办协调解决: a request is asked of its units, no heading over theirs, stop or none)
    if (prefix.style != Numbering.NONE && !unit.requested && LineShapes.isHeadingLike(text, prefix.length, e)) {
      Item heading = new Item(line.source(), line.start() + Fold.trimStart(text, 0, e),
          line.start() + e, prefix.length - Fold.trimStart(text, 0, e), e - Fold.trimStart(text, 0, e), line.number(),
          prefix.length + 1, prefix.style);
      heading.headingUnits = clause;
      outline.addCandidate(heading, text, prefix.length, e);
      return;
    }
    if (prefix.style != Numbering.NONE) {
      // 3、各乡(镇)政府、街道办事处必须…: a numbered task whose unit is its subject
      b = Math.max(b, prefix.length);
      RawMeasure m = new RawMeasure(text.substring(b, e), line.number(), b + 1);
      outline.addClauses(m, clauses);
      m.unitsFromSubject = !unit.label;
      outline.addCandidate(new Item(m, prefix.style, Fold.trim(text), false), text, b, e);
      return;
    }
    List<int[]> duties = unit.label && countedByUnit ? counted(line.folded(), b, e) : null;
    if (duties != null) {
      // 交通部门:一是负责…。二是制订…。: the unit's duties counted in words, a task each, their words dropped as a
      // number is
      for (int[] duty : duties) {
        RawMeasure m = new RawMeasure(text.substring(duty[0], duty[1]), line.number(), duty[0] + 1);
        outline.addClauses(m, clauses);
        Item it = new Item(m, Numbering.NONE, Fold.trim(text), false);
        it.unitLed = true;
        outline.addCandidate(it, text, duty[0], duty[1]);
      }
      return;
    }
    RawMeasure m = new RawMeasure(text.substring(b, e), line.number(), b + 1);
    outline.addClauses(m, clauses);
    Item it = new Item(m, Numbering.NONE, Fold.trim(text), false);
    it.unitLed = true;
    // (the name as read may hold its 由: 由市民政局; words that go on naming units, 会同市农业局和区、, are the role
    // clause's, cut short, no task)
    String after = Fold.fold(text.substring(unit.textStart, e));
    it.assignedBy = unit.leads && unit.textStart < e && (text.charAt(unit.nameStart) == '由'
        || unit.nameStart > 0 && text.charAt(unit.nameStart - 1) == '由') && !after.startsWith("会同")
        && !AgencyNames.startsWithName(after);
    outline.addCandidate(it, text, b, e);
  }

  /** The numerals duties are counted by, in order: 一是, 二是, … 十是. */
  private static final String COUNT = "一二三四五六七八九十";

  /**
   * The duties a unit's label gives where they are counted in words from its colon ({@code 一是负责…。二是制订…。}):
   * each duty's text, its count's words left out, from {@code f[b, e)}; null unless two or more follow one another,
   * each after a sentence's end. Asked of a label's text only: elsewhere 一是… counts a task's parts, no tasks.
   */
  static List<int[]> counted(String f, int b, int e) {
    if (e - b < 6 || f.charAt(b) != '一' || f.charAt(b + 1) != '是') {
      return null;
    }
    List<int[]> duties = new java.util.ArrayList<>();
    int start = b + 2;
    for (int k = 1; k < COUNT.length(); k++) {
      String next = COUNT.charAt(k) + "是";
      int at = f.indexOf(next, start);
      while (at > 0 && at < e && "。;!".indexOf(f.charAt(at - 1)) < 0) {
        at = f.indexOf(next, at + 2);
      }
      if (at < 0 || at >= e) {
        break;
      }
      duties.add(new int[] {start, Fold.trimEnd(f, start, at)});
      start = at + 2;
    }
    if (duties.isEmpty()) {
      return null;
    }
    duties.add(new int[] {start, e});
    return duties;
  }

  /** A numbered line that is a unit's name alone ({@code (一)市教育局:}): a heading whose items are the unit's. */
  static Item unitHeading(Outline outline, Line line, String text, Numbering.Prefix prefix, UnitLead unit) {
    Clause clause = new Clause(Clause.Kind.GENERIC, text.substring(unit.nameStart, unit.nameEnd), line.number(),
        unit.nameStart + 1);
    int b = Fold.trimStart(text, 0, text.length());
    int e = Fold.trimEnd(text, b, text.length());
    Item heading = new Item(line.source(), line.start() + b, line.start() + e, prefix.length - b, e - b,
        line.number(), prefix.length + 1, prefix.style);
    heading.headingUnits = clause;
    heading.headingIsName = true;
    outline.addCandidate(heading, text, prefix.length, e);
    return heading;
  }
}
