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
import dev.mandate.parser.internal.source.Block;
import dev.mandate.parser.internal.source.Line;
import dev.mandate.parser.internal.text.Fold;
import java.util.List;

/**
 * What the row a {@link FlatTable} is filling holds so far (its cells by column, null before the first row): whether
 * it has its units, what its last cell was, where it has text. The table decides by them where a line goes.
 */
final class FlatRows {

  private FlatRows() {}

  /** Whether the last cell placed in the row is a figure (1100 before 1063: a figure beside a figure). */
  static boolean lastIsFigure(List<StringBuilder> cells, int lastPlaced) {
    if (cells == null || lastPlaced < 0 || lastPlaced >= cells.size() || cells.get(lastPlaced).length() == 0) {
      return false;
    }
    String f = Fold.trim(Fold.fold(cells.get(lastPlaced).toString()));
    return Cells.isFigure(f) || Cells.isShortValue(f) || Cells.isSerial(f);
  }

  /**
   * Whether the row read so far can take a serial its header does not name: it has its units (the serial opens the
   * next row), or only a task cell that a category column before it may hold instead.
   */
  static boolean unnamedSerial(List<StringBuilder> cells, List<Columns.Kind> columns, int taskColumn, int lastPlaced) {
    if (taskColumn < 0) {
      return false;
    }
    if (hasUnits(cells, columns)) {
      return true;
    }
    int section = columns.subList(0, taskColumn).lastIndexOf(Columns.Kind.SECTION);
    if (section < 0 || lastPlaced != taskColumn && lastPlaced != section) {
      return false;
    }
    for (int c = 0; c < cells.size(); c++) {
      if (c != lastPlaced && cells.get(c).length() > 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether the row being read has a units cell filled (a row that may be complete). */
  static boolean hasUnits(List<StringBuilder> cells, List<Columns.Kind> columns) {
    if (cells == null) {
      return true;
    }
    for (int c = 0; c < columns.size(); c++) {
      if (columns.get(c).holdsUnits() && cells.get(c).length() > 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether the row being read holds text only in columns before {@code column} (or is none). */
  static boolean onlyBefore(List<StringBuilder> cells, int column) {
    if (cells == null) {
      return false;
    }
    for (int c = column; c < cells.size(); c++) {
      if (cells.get(c).length() > 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a line ({@code f}, folded) is numbered one after the last part of a cell that opens with the number one in
   * the same style ({@code 1. …} then {@code 2. …}).
   */
  private static boolean nextNumberedPart(CharSequence cell, String f) {
    Numbering.Prefix p = Numbering.of(f);
    if (p.style != Numbering.ARABIC_DOT && p.style != Numbering.PAREN_ARABIC || p.length >= f.length()) {
      return false;
    }
    String c = Fold.fold(cell.toString().trim());
    int v = Numbering.valueAt(f, Fold.trimStart(f, 0, f.length()));
    if (v < 2 || Numbering.of(c).style != p.style || Numbering.valueAt(c, 0) != 1) {
      return false;
    }
    String mark = Fold.trim(f.substring(0, p.length));
    String before = mark.replace(String.valueOf(v), String.valueOf(v - 1));
    return c.contains(before) && !c.contains(mark);
  }

  /**
   * What a flattened table's line {@code i} ({@code f}, folded) goes on with, if it continues the cell of column
   * {@code prev} rather than filling the next: the text to put between them ({@code ""}, or {@code 、} between
   * leaders one a line), or null. A section's name broken before the task, a progress cell broken after its comma, a
   * unit's other name in brackets, a row's leaders one a line, a task cell of two paragraphs, a task cell broken over
   * lines.
   */
  static String continuedBy(List<Columns.Kind> columns, List<StringBuilder> cells, List<? extends Block> lines, int i,
      String f, int ptr, int prev) {
    // a section cell broken over lines (完成2022年度 / 乡村振兴示范村建设): a short line after it, before the long task
    // (not where a column of words stands between task and units: 地区生产总值 / 地区生产总值增长8%左右 / progress)
    if (prev >= 0 && columns.get(prev) == Columns.Kind.SECTION && FlatCells.isShortCell(f) && ptr < columns.size()
        && columns.get(ptr) == Columns.Kind.TASK && cells.get(ptr).length() == 0 && !FlatCells.nextIsShortOrSerial(lines, i)
        && !(ptr + 1 < columns.size() && columns.get(ptr + 1) == Columns.Kind.OTHER && FlatCells.unitsSecondNext(lines, i))) {
      return "";
    }
    if (prev >= 0 && columns.get(prev) == Columns.Kind.OTHER && cells.get(prev).length() > 0
        && nextNumberedPart(cells.get(prev), f)) {
      // 1. 完善惠企政策… / 2. 完善企业中心功能…: a progress cell's own numbered parts, one a line, numbered on from it
      return " ";
    }
    if (prev >= 0 && columns.get(prev) == Columns.Kind.OTHER && cells.get(prev).length() > 0
        && FlatCells.endsWithComma(cells.get(prev)) && !Cells.isSerial(f) && !Cells.isUnits(f)) {
      // 一季度開工,宏圖路年內完成工程量的50%, / 通惠路一標段…: a progress cell broken after its comma goes on, no sub-task
      return "";
    }
    if (prev >= 0 && columns.get(prev) == Columns.Kind.OTHER && cells.get(prev).length() > 0 && i > 0
        && lines.get(i - 1) instanceof Line && ((Line) lines.get(i - 1)).number() == ((Line) lines.get(i)).number()) {
      // (1)城南再生水厂:… (2)杨台子再生水厂:…: a progress cell's own numbered parts, one line run apart, stay the cell's
      return " ";
    }
    if (prev >= 0 && columns.get(prev) == Columns.Kind.OTHER && cells.get(prev).length() > 0 && ptr >= columns.size()
        && !Cells.isSerial(f) && !FlatCells.hasHan(f)) {
      // 完成率 / (  100 %): a row's last cell of words broken before its figure; no Han, no task of a next row
      return "";
    }
    if (prev >= 0 && columns.get(prev).holdsUnits() && cells.get(prev).length() > 0 && FlatCells.isBracketAlone(f)) {
      // 高新园 / (邹区镇): a unit's other name in brackets, broken onto its own line, is the name's
      return "";
    }
    if (prev >= 0 && columns.get(prev) == Columns.Kind.PERSON && cells.get(prev).length() > 0
        && Cells.isPersonName(f) && !Cells.isUnits(f)) {
      // 王 嵘 / 方 勇: a row's leaders, one a line, in its one cell (not the units after them)
      return "、";
    }
    if (prev >= 0 && columns.get(prev) == Columns.Kind.TASK && ptr < columns.size() && columns.get(ptr).holdsUnits()
        && cells.get(ptr).length() == 0 && f.endsWith("。") && !Cells.isUnits(f) && FlatCells.unitsNext(lines, i)) {
      // 完成成人学历提升416人。 / 完成大专学历提升902人。 / 县教育局: a task cell of two paragraphs, its units after both
      return "";
    }
    // a task cell broken over lines: right after the task, a line that is no unit, deadline or next task column
    if (prev >= 0 && columns.get(prev) == Columns.Kind.TASK && !FlatCells.endsSentence(cells.get(prev))
        && (ptr >= columns.size() || columns.get(ptr) != Columns.Kind.TASK)
        && !(FlatCells.opensWithProgress(f) && columns.subList(prev, columns.size()).contains(Columns.Kind.OTHER))
        && !Cells.isUnits(f) && !Cells.isDeadline(f) && !Cells.isFigure(f) && !Cells.isShortValue(f)
        && !(ptr < columns.size() && columns.get(ptr) == Columns.Kind.PERSON
            && (Cells.isPersonName(f) || AgencyNames.isLeaderTitle(f)))
        && !(ptr < columns.size() && columns.get(ptr) == Columns.Kind.OTHER && !FlatCells.endsWithSeparator(cells.get(prev))
            && FlatCells.unitsNext(lines, i))
        && !FlatCells.cellPerColumnToUnits(columns, lines, i, ptr)
        && !(ptr < columns.size() && columns.get(ptr) == Columns.Kind.OTHER && Cells.isCount(f))) {
      // (a line with the units right after it, where a column of words follows the task's, is that column's cell)
      return "";
    }
    return null;
  }
}
