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

import static dev.mandate.parser.internal.layout.FlatCells.isSectionCell;
import static dev.mandate.parser.internal.layout.FlatCells.nextCanBeTask;
import static dev.mandate.parser.internal.layout.FlatCells.nextIsSerial;
import static dev.mandate.parser.internal.layout.FlatCells.unitsNext;

import dev.mandate.parser.internal.responsibility.AgencyNames;
import dev.mandate.parser.internal.source.Block;
import java.util.List;

/**
 * The lines that open a flattened table's next row other than at a serial in its serial column, for {@link FlatTable}:
 * a category cell or units before the cell that would open the row (a merged one is only in the first of its rows), a
 * serial the header names no column for, units under a merged serial, a task numbered as the row's. Each is asked of
 * the row read so far, its cells by column ({@link FlatRows}), null before the first row; the table opens the row.
 */
final class FlatRowStarts {

  private FlatRowStarts() {}

  /**
   * Whether line {@code i} ({@code f}, folded) is a category cell that opens the next row before its serial, or before
   * its numbered task where the header has no serial column. {@code serial}: the serial's column, or -1.
   */
  static boolean categoryFirst(List<Columns.Kind> columns, List<StringBuilder> cells, int ptr, boolean hasSerial,
      int taskColumn, int serial, List<? extends Block> lines, int i, String f) {
    if (serial > 0 && (cells == null || ptr >= columns.size()) && isSectionCell(f) && nextIsSerial(lines, i + 1)) {
      // a category cell before a row's serial (分类 | 序号 | …): it opens the row; merged, it is only in the first
      return true;
    }
    // 类别 | 指标名称 | 年度目标 | … with no serial column: 高品质生活 / 9、城乡登记失业人数 — a category cell before a
    // row's numbered task, whose own cells follow it, opens the row; merged, it is only in the first of its rows
    // (where the units follow the task at once, several numbered tasks may share one units cell after them)
    return !hasSerial && taskColumn == 1 && columns.get(0) == Columns.Kind.SECTION && columns.size() >= 4
        && !columns.get(2).holdsUnits() && (cells == null || FlatRows.hasUnits(cells, columns))
        && isSectionCell(f) && Numbering.of(f).style == Numbering.NONE && FlatCells.nextIsNumberedTask(lines, i + 1);
  }

  /**
   * Whether line {@code i} ({@code f}, folded) is a leader's cell that opens the next row before its numbered task, in a
   * table of no serial whose first column names the leader ({@code 牵头领导 | 重点工作 | 牵头单位 | …}: {@code 周阳市长} /
   * {@code 1.始终…} / {@code 市府办}); merged over rows, it is only in the first of them, whose tasks open the rest.
   */
  static boolean leaderFirst(List<Columns.Kind> columns, List<StringBuilder> cells, boolean hasSerial, int taskColumn,
      List<? extends Block> lines, int i, String f) {
    return !hasSerial && taskColumn == 1 && columns.get(0) == Columns.Kind.PERSON
        && (cells == null || FlatRows.hasUnits(cells, columns)) && Numbering.of(f).style == Numbering.NONE
        && (Cells.isPersonName(f) && !Cells.isUnits(f) || AgencyNames.isLeaderTitle(f))
        && FlatCells.nextIsNumberedTask(lines, i + 1);
  }

  /**
   * Whether line {@code i} is a serial the header names no column for, where the row read so far can take one (see
   * {@link FlatRows#unnamedSerial}).
   */
  static boolean atUnnamedSerial(List<Columns.Kind> columns, List<StringBuilder> cells, boolean hasSerial, int taskColumn,
      int lastPlaced, List<? extends Block> lines, int i, String f) {
    return !hasSerial && Cells.isSerial(f) && cells != null && nextCanBeTask(lines, i)
        && FlatRows.unnamedSerial(cells, columns, taskColumn, lastPlaced);
  }

  /** Whether line {@code i} is units that open the next row of a table whose rows open with their units. */
  static boolean unitsFirst(List<Columns.Kind> columns, List<StringBuilder> cells, int ptr, boolean hasSerial,
      int taskColumn, List<? extends Block> lines, int i, String f) {
    // 区公安分局 / 维护考点周边安全…: a table whose rows open with their units, no serial: a units line after a row's
    // task opens the next row, past any units column after it (牵头单位 / 工作任务 / 配合单位), or where a task's
    // line follows it (an empty 配合单位 cell)
    return !hasSerial && columns.get(0).holdsUnits() && Cells.isUnits(f) && taskColumn > 0
        && (cells == null || cells.get(taskColumn).length() > 0
            && (ptr > Math.max(taskColumn, FlatCells.lastUnitsColumn(columns)) || ptr > taskColumn && nextCanBeTask(lines, i)));
  }

  /**
   * Where the units that open the next row under a merged serial end: the line of their name's end (line {@code i}, or
   * the next where the name is broken over two), or -1 if line {@code i} opens no such row. {@code unitsFirst}: the
   * header's first units column.
   */
  static int unitsUnderMergedSerial(List<Columns.Kind> columns, List<StringBuilder> cells, int ptr, boolean hasSerial,
      int taskColumn, int unitsFirst, List<? extends Block> lines, int i, String f) {
    if (hasSerial && cells != null && unitsFirst > 0 && FlatCells.lastUnitsColumn(columns) < taskColumn && ptr > taskColumn
        && cells.get(taskColumn).length() > 0 && FlatRows.hasUnits(cells, columns)) {
      // 區住建局 / 實施…工程。 / 1000 / …: a task of the row's under its merged serial and category, its units
      // before it as the header's are (a name broken over two lines joined)
      int end = Cells.isUnits(f) ? i : FlatCells.nameBrokenOn(lines, i, f);
      if (end >= i && (nextCanBeTask(lines, end) || unitsNext(lines, end))) {
        // (區綜合行政 / 執法局 / 區公建中心 / 實施…: more units of the cell may follow, one a line)
        return end;
      }
    }
    return -1;
  }

  /** Whether a line ({@code f}, folded) is a task numbered as the row's task is, after the row has its units. */
  static boolean numberedAsRow(List<Columns.Kind> columns, List<StringBuilder> cells, int ptr, int taskColumn, String f) {
    // 56.做好… / progress / 90% / 86.深入推进…: a task numbered as the row's is the next row's, its merged cells
    // (serial, units) missing, not a later column's cell
    return taskColumn >= 0 && ptr > taskColumn && cells.get(taskColumn).length() > 0 && FlatRows.hasUnits(cells, columns)
        && FlatCells.sameNumbering(cells.get(taskColumn), f);
  }
}
