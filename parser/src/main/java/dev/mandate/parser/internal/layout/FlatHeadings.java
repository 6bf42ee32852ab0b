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

import dev.mandate.parser.internal.source.Block;
import dev.mandate.parser.internal.source.Line;
import dev.mandate.parser.internal.text.Fold;
import java.util.List;

/**
 * Rows that span a table flattened one cell a line: its headings ({@code 一、…}, {@code (二)…}, one closed by a full
 * stop over a task's sentence, one with no number over a numbered one), their words broken over short lines or in the
 * cell after their number, read into the outline as headings over the rows below.
 */
final class FlatHeadings {

  private FlatHeadings() {}

  /** A heading's numbering ({@code 一、}, {@code （二）}) on a short line that is no sentence: a row spanning the table. */
  static boolean isSectionRow(String folded) {
    Numbering style = Numbering.of(folded).style;
    String t = Fold.trim(folded);
    return (style == Numbering.CN_DUN || style == Numbering.PAREN_CN || style == Numbering.CHAPTER
        || style == Numbering.ROMAN) && t.length() <= 100 && !t.endsWith("。");
  }

  /** The longest piece of a spanning heading broken over short lines ({@code (一) / 持续 / 推进 / “两个 / 示范村”}). */
  private static final int MAX_HEADING_PIECE = 6;

  /** The longest heading closed by a full stop ({@code 一、做好各类规划主动公开。}). */
  private static final int MAX_CLOSED_HEADING = 30;

  /**
   * Whether line {@code i} is a heading numbered so and closed by a full stop ({@code 一、做好财政信息公开。}) over a task's
   * sentence on the next line: a row spanning the table, as one not closed is; a task so numbered has its units or
   * its date next ({@code 一、新建学校3所。} / {@code 县教育局}).
   */
  static boolean isClosedHeading(List<? extends Block> lines, int i, String folded) {
    Numbering style = Numbering.of(folded).style;
    String t = Fold.trim(folded);
    if (style != Numbering.CN_DUN && style != Numbering.PAREN_CN || !t.endsWith("。") || t.length() > MAX_CLOSED_HEADING
        || t.indexOf(',') >= 0) {
      return false;
    }
    String next = FlatCells.nthText(lines, i + 1, 1);
    return next != null && next.length() >= 8 && Numbering.of(next).style != style && !Cells.isUnits(next)
        && !Cells.isDeadline(next) && !Cells.isSerial(next);
  }

  /**
   * Whether line {@code i} is a heading with no number over a numbered one ({@code 强化科技创新支撑能力。} / {@code (一)}):
   * a row spanning the table above the rows its numbered headings open.
   */
  static boolean isHeadingOverHeading(List<? extends Block> lines, int i, String folded) {
    String t = Fold.trim(folded);
    if (Numbering.of(t).style != Numbering.NONE || t.length() < 2 || t.length() > MAX_CLOSED_HEADING
        || t.indexOf(',') >= 0 || Cells.isUnits(t) || Cells.isSerial(t)) {
      return false;
    }
    String next = FlatCells.nthText(lines, i + 1, 1);
    Numbering after = next == null ? Numbering.NONE : Numbering.of(next).style;
    return after == Numbering.CN_DUN || after == Numbering.PAREN_CN;
  }

  /**
   * Reads a row spanning a flattened table at line {@code i} ({@code 一、…}), a heading over the rows below, into the
   * outline; its text may be broken over short lines up to the next row's serial ((一) / 持续 / 推进 / “两个 / 示范村” /
   * 建设). The index of its last line.
   */
  static int spanningRow(List<? extends Block> lines, int i, Line line, Outline outline) {
    StringBuilder heading = new StringBuilder(Fold.trim(line.text()));
    String own = Fold.trim(line.folded());
    if (Numbering.of(own).length >= own.length()) {
      // (一) / 加强战略科技力量建设。: the number alone in its cell, the heading's words in the next
      int k = FlatCells.nextTextIndex(lines, i + 1);
      if (k >= 0) {
        String words = Fold.trim(((Line) lines.get(k)).folded());
        // (short pieces, (一) / 持续 / 推进 / …, are the heading broken over lines, joined below)
        if (words.length() > MAX_HEADING_PIECE && words.length() <= MAX_CLOSED_HEADING + 10 && !Cells.isSerial(words)
            && !Cells.isUnits(words) && Numbering.of(words).style == Numbering.NONE) {
          String h = heading.append(Fold.trim(((Line) lines.get(k)).text())).toString();
          outline.addSpanningRow(new Item(new RawMeasure(h, line.number(), 1), Numbering.of(own).style, h, false));
          return k;
        }
      }
    }
    int k = i + 1;
    int end = i;
    for (; k < lines.size() && lines.get(k) instanceof Line && k - i <= 12; k++) {
      Line l = (Line) lines.get(k);
      String lf = Fold.trim(l.folded());
      if (lf.isEmpty()) {
        continue;
      }
      if (lf.length() > MAX_HEADING_PIECE || Cells.isSerial(lf) || !Titles.mostlyHan(lf) && !lf.startsWith("“")) {
        break;
      }
      // (二、常务副区长…牵头重点工作 / 序号 / 目标任务 / 牵头单位 / 配合单位 / 1: the table's header printed again under
      // the heading, its names no words of the heading's)
      if (!ColumnNames.isListed(lf)) {
        heading.append(Fold.trim(l.text()));
      }
      end = k;
    }
    int last = i;
    if (end > i && FlatCells.nextIsSerial(lines, end + 1)) {
      last = end;
    } else {
      heading.setLength(0);
      heading.append(Fold.trim(line.text()));
    }
    String h = heading.toString();
    outline.addSpanningRow(new Item(new RawMeasure(h, line.number(), 1),
        Numbering.of(Fold.trim(line.folded())).style, h, false));
    return last;
  }
}
