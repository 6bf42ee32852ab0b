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

import dev.mandate.parser.internal.responsibility.Clause;
import dev.mandate.parser.internal.source.Block;
import dev.mandate.parser.internal.source.Line;
import dev.mandate.parser.internal.text.Fold;
import java.util.List;
import java.util.function.Consumer;

/**
 * The lines {@link Items} meets that a unit leads or heads: a unit's name and its duties ({@code 交通部门:负责…}, or its
 * label over the list below it), a unit's heading over its items ({@code (二)区教育局}, {@code 防汛办主要职责}), a line
 * that says by whom the task above is done. Some of them are read by what the document does elsewhere: a name with its
 * colon alone heads a list only where two such lines do.
 */
final class UnitLines {

  private final Outline outline;
  /** Whether the document has two lines at least of a unit's name and its colon alone over its duties. */
  private final TwoLines namesWithColons = new TwoLines((blocks, k, l) -> UnitHeading.namedWithColon(l.folded()) != null
      && opensDuties(FlatCells.nthText(blocks, k + 1, 1)));
  /** Whether the document has two lines at least of a unit's label whose duties are counted in words. */
  private final TwoLines countedLabels = new TwoLines((blocks, k, l) -> isCountedLabel(l.folded()));

  UnitLines(Outline outline) {
    this.outline = outline;
  }

  /**
   * Whether a line opens a list numbered from 1 that is no report in the first person ({@code 1.我县已完成…}: what was
   * done, told to the name above it, its addressee).
   */
  private static boolean opensDuties(String folded) {
    return LineShapes.opensFirstItem(folded) && !folded.startsWith("我", Numbering.of(folded).length);
  }

  /** Whether a line is a unit's label whose text is counted in words ({@code 交通部门:一是负责…}). */
  private static boolean isCountedLabel(String folded) {
    if (!folded.contains(":一是")) {
      return false; // most lines
    }
    UnitLead unit = UnitLead.of(folded, Numbering.of(folded).length);
    return unit != null && unit.label && folded.startsWith("一是", unit.textStart);
  }

  /**
   * {@code 防汛办主要职责} / {@code 1、贯彻…}: an unnumbered line, line {@code index} of {@code blocks}, that heads a unit's
   * duties listed from 1 below it; false, having added nothing, if it is none.
   */
  boolean headsListBelow(Line line, String text, String folded, List<? extends Block> blocks, int index) {
    if (!LineShapes.opensFirstItem(FlatCells.nthText(blocks, index + 1, 1))) {
      return false;
    }
    UnitLead heads = UnitHeading.unnumbered(folded);
    if (heads == null && (heads = UnitHeading.namedWithColon(folded)) != null && !namesWithColons.in(blocks)) {
      heads = null; // (市水利局: / 1.我县已完成…: a name and its colon alone, once, may be a report's addressee)
    }
    // (a name and its colon is no heading's wrapped rest, as its duties' words may be: 一、…部门的 / 主要职责)
    if (heads == null || folded.charAt(Fold.trimEnd(folded, 0, folded.length()) - 1) != ':'
        && Items.mayWrapItemAbove(outline, blocks, index)) {
      return false;
    }
    UnitLedLines.unitHeading(outline, line, text, new Numbering.Prefix(Numbering.NAMED_GROUP, 0), heads);
    return true;
  }

  /** Whether the line with text before line {@code index} is a person's label and value ({@code 联系人:郑大远}). */
  private static boolean afterContact(List<? extends Block> blocks, int index) {
    for (int k = index - 1; k >= 0 && k >= index - 3; k--) {
      if (!(blocks.get(k) instanceof Line)) {
        return false;
      }
      Line l = (Line) blocks.get(k);
      if (l.isBlank()) {
        continue;
      }
      String f = Fold.trim(l.folded());
      int colon = f.indexOf(':');
      return colon >= 2 && colon <= 6 && f.length() - colon <= 12
          && dev.mandate.parser.internal.responsibility.LabelShape.kind(f, 0, colon, null)
              == dev.mandate.parser.internal.responsibility.Clause.Kind.PERSON;
    }
    return false;
  }

  /**
   * Reads a line, line {@code index} of {@code blocks}, that a unit leads or heads; false, having added nothing, if it
   * is none. {@code clauseStart} is where the line's clause starts, -1 if it has none; {@code rest} reads the part of
   * the line after a unit's label whose first item goes on after its colon.
   */
  boolean read(Line line, String text, String folded, Numbering.Prefix prefix, int clauseStart,
      List<? extends Block> blocks, int index, Consumer<Line> rest) {
    if (clauseStart >= 0) {
      UnitLead office = prefix.style == Numbering.NONE ? null : UnitHeading.of(folded, prefix.length);
      if (office == null || office.nameEnd > clauseStart) {
        return false;
      }
      // (二)招商合作局(行政审批局、政务服务中心): an office heading with its other names, over its items
      UnitLedLines.unitHeading(outline, line, text, prefix, office);
      return true;
    }
    UnitLead unit = UnitLead.of(folded, prefix.length);
    if (unit != null && unit.label && UnitLead.isPersonAlone(folded, unit.textStart, folded.length())
        && afterContact(blocks, index)) {
      // 联系人:王彪 / 体育部:王昊: under a contact's line, a unit's label and a name of two or three chars is another
      // person to ask, no duty of the unit's (宣传部:宣传 alone is its duty)
      return false;
    }
    if (unit == null && prefix.style != Numbering.NONE) {
      unit = UnitRequests.requestInItem(folded, prefix.length);
    }
    if (unit == null && prefix.style != Numbering.NONE) {
      UnitLead named = OfficeSubjects.nameSentence(folded, prefix.length);
      // (二)人事股。拟订…: an organ's name of weak suffix before its duties, beside an item so named too
      UnitLead organ = named == null ? OfficeSubjects.nameSentence(folded, prefix.length, true) : null;
      unit = named != null && UnitSections.siblingNamed(blocks, index, prefix.style)
          && !UnitSections.unitsGivenBefore(outline, prefix.style) ? named
          : organ != null && UnitSections.siblingOrganNamed(blocks, index, prefix.style)
          && !UnitSections.unitsGivenBefore(outline, prefix.style) ? organ
          : null;
    }
    if (unit == null && prefix.style != Numbering.NONE) {
      // 3.后勤处做好…: an office's name, no level, as the subject, where an item beside it is led by a unit too
      UnitLead office = OfficeSubjects.officeSubject(folded, prefix.length);
      unit = office != null && UnitSections.siblingOffices(blocks, index, prefix.style) ? office : null;
    }
    if (unit != null && InlineClauses.roleSentenceStart(folded, prefix.length) < 0) {
      return unitLed(line, text, folded, prefix, unit, blocks, rest);
    }
    if (prefix.style == Numbering.NONE) {
      return false;
    }
    UnitLead named = UnitHeading.of(folded, prefix.length);
    if (named != null) {
      UnitLedLines.unitHeading(outline, line, text, prefix, named);
      return true;
    }
    UnitLead weak = UnitHeading.weak(folded, prefix.length);
    if (weak != null) {
      UnitLedLines.unitHeading(outline, line, text, prefix, weak).weakName = true;
      return true;
    }
    return false;
  }

  /** Reads a line that {@code unit} leads. */
  private boolean unitLed(Line line, String text, String folded, Numbering.Prefix prefix, UnitLead unit,
      List<? extends Block> blocks, Consumer<Line> rest) {
    if (prefix.style == Numbering.NONE && RoleLines.attachToItemAbove(outline, line, text, folded, unit)) {
      return true;
    }
    Item above = outline.current();
    if (prefix.style == Numbering.NONE && unit.nameStart > unit.textStart && folded.charAt(unit.nameStart - 1) == '由'
        && above != null && !above.direct
        && above.style != Numbering.NONE && !above.hasClauses() && !outline.hasPending()
        && above.measure().line != line.number()) {
      // 1.加强汛期巡查… / 防汛物资储备由县应急局负责。: a line that says by whom, under an item that names no unit (a
      // part cut from the item's own line is a topic of the chain the line was cut into: 高新技术馆由省科技厅牵头;…)
      outline.closeContinuation();
      Clause lead = new Clause(unit.leads ? Clause.Kind.LEAD : Clause.Kind.GENERIC,
          text.substring(unit.nameStart, unit.nameEnd), line.number(), unit.nameStart + 1);
      // (城区环境由市城管局牵头,市住建局配合;: the partners the line names support the item too)
      outline.addClauses(above.measure(), unit.supportStart < 0 ? List.of(lead) : List.of(lead, new Clause(
          Clause.Kind.SUPPORT, text.substring(unit.supportStart, unit.supportEnd), line.number(),
          unit.supportStart + 1)));
      return true;
    }
    int first = prefix.style == Numbering.NONE && unit.label && unit.supportStart < 0
        ? Fold.trimStart(folded, unit.textStart, folded.length()) : -1;
    if (first > 0 && first < folded.length() && RunOnLines.isItemStart(folded, first)
        && Numbering.valueAt(folded, first) == 1) {
      // 交通部门:一是负责…。 / 二是制订…: the unit's label over its list, whose first item goes on after its colon
      UnitLedLines.unitHeading(outline, line.part(0, unit.textStart), text.substring(0, unit.textStart),
          new Numbering.Prefix(Numbering.NAMED_GROUP, 0), unit);
      rest.accept(line.part(first, folded.length()));
      return true;
    }
    UnitLedLines.unitLed(outline, line, text, prefix, unit, countedLabels.in(blocks));
    return true;
  }
}
