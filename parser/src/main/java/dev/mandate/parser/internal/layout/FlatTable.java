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

import static dev.mandate.parser.internal.layout.FlatCells.endsSentence;
import static dev.mandate.parser.internal.layout.FlatCells.endsWithSeparator;
import static dev.mandate.parser.internal.layout.FlatCells.hasTextAfter;
import static dev.mandate.parser.internal.layout.FlatCells.isSectionCell;
import static dev.mandate.parser.internal.layout.FlatCells.nextCanBeTask;
import static dev.mandate.parser.internal.layout.FlatCells.nextIsSerial;
import static dev.mandate.parser.internal.layout.FlatCells.nextIsWords;
import static dev.mandate.parser.internal.layout.FlatHeadings.isSectionRow;

import dev.mandate.parser.internal.responsibility.AgencyNames;
import dev.mandate.parser.internal.responsibility.Labels;
import dev.mandate.parser.internal.source.Block;
import dev.mandate.parser.internal.source.Line;
import dev.mandate.parser.internal.text.Fold;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a flattened table — the usual result of copying an HTML or Word table: one cell a line, a multi-unit cell
 * broken over several lines, merged cells simply missing. Lines are placed column by column: a serial opens a row,
 * the next line is the task, unit-like lines fill the unit column (where there are several, such as 牵头单位 and
 * 配合单位, each takes one line unless the line breaks after a 、), a deadline-like line the deadline column, any
 * line an other column (progress, remarks). A task-like line after a complete row is a sub-task whose merged cells
 * (serial, units) it shares with the row above. The table ends at the first line that fits nowhere.
 */
final class FlatTable {
  private final List<Columns.Kind> columns;
  private final TableRows rows;
  private final Outline outline;
  private final boolean hasSerial;
  private final int taskColumn;
  /** The column of the units that grade the task (评分部门), or -1. */
  private final int overseer;

  /** The serials of the rows read so far. */
  private final RowSerials serials = new RowSerials();
  /** The row being read, a builder per column: a cell may gather many lines, which joined strings would copy. */
  private List<StringBuilder> cells;
  private int rowLine;
  /** The column the previous line went to, -1 at a row's start. */
  private int lastPlaced = -1;

  /** The header's lines as read (folded, trimmed): a page printing the header again is passed over. */
  private final List<String> headerLines;
  /**
   * The columns whose name says where ({@code 活动地点}): a unit's name under one is the place (县电视台 hosts the
   * contest), no units whose column's empty cell vanished before them.
   */
  private final boolean[] places;

  FlatTable(List<Columns.Kind> columns, TableRows rows, Outline outline, List<String> headerLines) {
    this.headerLines = headerLines;
    this.columns = columns;
    this.rows = rows;
    this.outline = outline;
    this.hasSerial = columns.contains(Columns.Kind.SERIAL);
    this.taskColumn = columns.indexOf(Columns.Kind.TASK);
    this.overseer = columns.indexOf(Columns.Kind.OVERSEER);
    this.places = new boolean[columns.size()];
    if (headerLines.size() == columns.size()) {
      for (int c = 0; c < places.length; c++) {
        places[c] = columns.get(c) == Columns.Kind.OTHER
            && RecordFields.namesPlace(Fold.trim(headerLines.get(c)).replace(" ", ""));
      }
    }
  }

  /** Reads from line index {@code start}; returns the index of the first line not part of the table. */
  int read(List<? extends Block> lines, int start) {
    int ptr = 0;
    int i = start;
    for (; i < lines.size(); i++) {
      Block block = lines.get(i);
      if (!(block instanceof Line)) {
        break;
      }
      Line line = (Line) block;
      String t = Fold.trim(line.text());
      String f = Fold.fold(t);
      if (t.isEmpty() || Cells.isPlaceholder(f) && cells != null) {
        if ((!t.isEmpty() || line.isEmptyCell()) && cells != null && ptr < columns.size()) {
          // an empty cell written as its pipe, or as a sign that it is empty (/, -, 无): the column it stands for is
          // passed (the one after a units cell that was still open to more units)
          ptr += lastPlaced == ptr ? 1 : 0;
          lastPlaced = ptr < columns.size() ? ptr++ : lastPlaced;
        }
        continue;
      }
      int repeated = cells != null && f.equals(headerLines.get(0)) ? FlatCells.headerAgain(lines, i, headerLines) : -1;
      if (repeated > i) {
        // 序号 / 项目 / 类别 / … again in the body: the header printed again on a new page, no row's cells
        flush();
        i = repeated;
        ptr = 0;
        lastPlaced = -1;
        continue;
      }
      if (cells != null && FlatCells.isDoubled(f)) {
        break; // 相关依据 相关依据: a page's next label, printed twice, after the table
      }
      if ((f.indexOf(':') >= 0 || f.indexOf("ICP") >= 0 || f.indexOf("版权") >= 0)
          && (Furniture.isLine(f) || Furniture.isSiteCredit(lines, i, f))) {
        break; // the page's footer after the last row (its lines have a colon, a licence or a copyright)
      }
      if (cells != null && lastPlaced >= 0 && rowHasUnits() && Labels.leading(f) != null) {
        // 省牵头单位:省农业农村厅 under a row that has its units: a label line of the row's, not a task of its own
        flush();
        outline.attach(t, null, line.number(), 1);
        ptr = columns.size();
        lastPlaced = -1;
        continue;
      }
      if ((isSectionRow(f) || FlatHeadings.isClosedHeading(lines, i, f) || hasSerial && cells == null
          && FlatHeadings.isHeadingOverHeading(lines, i, f)) && !(cells != null && lastPlaced < 0 && ptr < columns.size()
          && columns.get(ptr) == Columns.Kind.SECTION)) {
        // (right after a row's serial, where a category column comes, 一、就业促进 is the row's category cell)
        // 一、… where a row would start: a row spanning the table, a heading over the rows below; its text may be
        // broken over short lines up to the next row's serial ((一) / 持续 / 推进 / “两个 / 示范村” / 建设)
        flush();
        i = FlatHeadings.spanningRow(lines, i, line, outline);
        serials.restart(); // (二、重点工作 / 1 / …: a section's rows numbered from 1 again)
        ptr = 0;
        lastPlaced = -1;
        continue;
      }
      int serial = columns.indexOf(Columns.Kind.SERIAL);
      int at = i;
      if (hasSerial && Cells.isSerial(f)
          && serials.follows(f, () -> rowHasUnits() && !lastIsFigure() && nextIsWords(lines, at))) {
        if (!onlyBefore(serial)) {
          flush();
          open(line.number());
        }
        set(serial, t);
        ptr = serial + 1;
        lastPlaced = -1;
        continue;
      }
      if (FlatRowStarts.categoryFirst(columns, cells, ptr, hasSerial, taskColumn, serial, lines, i, f)
          || FlatRowStarts.leaderFirst(columns, cells, hasSerial, taskColumn, lines, i, f)) {
        openAtFirstCell(line.number(), t);
        ptr = 1;
        continue;
      }
      if (FlatRowStarts.atUnnamedSerial(columns, cells, hasSerial, taskColumn, lastPlaced, lines, i, f)) {
        // 强化…公开 / 1 / 对行政规范性文件…: a serial the header names no column for; the line before it, if the row
        // has no more, was the row's category (a merged one is missing from later rows, which the serial opens)
        if (rowHasUnits()) {
          flush();
          open(line.number());
        } else if (cells.get(taskColumn).length() > 0) {
          int section = columns.subList(0, taskColumn).lastIndexOf(Columns.Kind.SECTION);
          cells.get(section).append(cells.get(taskColumn));
          cells.get(taskColumn).setLength(0);
        }
        ptr = taskColumn;
        lastPlaced = -1;
        continue;
      }
      if (FlatRowStarts.unitsFirst(columns, cells, ptr, hasSerial, taskColumn, lines, i, f)) {
        openAtFirstCell(line.number(), t);
        ptr = 1;
        continue;
      }
      int unitsFirst = FlatCells.firstUnitsColumn(columns);
      int end = FlatRowStarts.unitsUnderMergedSerial(columns, cells, ptr, hasSerial, taskColumn, unitsFirst, lines, i, f);
      if (end >= i) {
        String name = end == i ? t : t + Fold.trim(((Line) lines.get(end)).text());
        flush();
        open(line.number());
        set(unitsFirst, name);
        ptr = unitsFirst;
        lastPlaced = unitsFirst;
        i = end;
        continue;
      }
      if (cells == null) {
        int section = taskColumn < 0 ? -1 : columns.subList(0, taskColumn).lastIndexOf(Columns.Kind.SECTION);
        if (!hasSerial && Cells.isTask(f)) {
          open(line.number());
          ptr = taskColumn;
          lastPlaced = -1;
        } else if (!hasSerial && section >= 0 && isSectionCell(f) && nextIsSerial(lines, i + 1)) {
          // 强化公开 / 1 / 对…: a short category, then a serial the header names no column for, opens the first row
          open(line.number());
          set(section, t);
          ptr = section + 1;
          lastPlaced = section;
          continue;
        } else {
          break;
        }
      }
      if (FlatRowStarts.numberedAsRow(columns, cells, ptr, taskColumn, f)) {
        flush();
        open(line.number());
        set(taskColumn, t);
        ptr = taskColumn + 1;
        lastPlaced = taskColumn;
        continue;
      }
      // (not a leader's name beside them: 顧國煜 / 區科技局 are a person's cell and the units')
      // (市人社局 / 市数据资源 / 管理局: one broken after another of the cell's units too)
      int broken = cells != null && ptr < columns.size() && columns.get(ptr).holdsUnits()
          && (cells.get(ptr).length() == 0 || lastPlaced == ptr)
          && !(lastPlaced >= 0 && columns.get(lastPlaced) == Columns.Kind.PERSON) && !Cells.isPersonName(f)
          ? FlatCells.nameBrokenOn(lines, i, f) : -1;
      if (broken > i) {
        // 區新興產業 / 服務中心: a unit's name broken over two lines of its cell, one name together
        t = t + Fold.trim(((Line) lines.get(broken)).text());
        f = Fold.fold(t);
        i = broken;
      }
      boolean placed = false;
      int prev = lastPlaced;
      String join = FlatRows.continuedBy(columns, cells, lines, i, f, ptr, prev);
      if (join != null) {
        cells.get(prev).append(join).append(t);
        continue;
      }
      while (ptr < columns.size() && !placed) {
        Columns.Kind kind = columns.get(ptr);
        StringBuilder cell = cells.get(ptr);
        if (kind == Columns.Kind.TASK) {
          if (cell.length() == 0) {
            cell.append(t);
            placed = true;
            lastPlaced = ptr;
          }
          ptr++;
        } else if (kind.holdsUnits()) {
          int nextUnits = FlatCells.nextUnitsColumn(columns, ptr);
          // (區發改局、未來科技城 under a units column: a list its first name says is one, where a serial opens each row
          // and no next row's task can be taken for it: 县人民医院、县中医院改扩建; or as the text's last line, a name
          // the page's end cut, going on the units just placed or after the row's task: 区工信局 / 区投促局、多福湾工作专)
          boolean units = Cells.isUnits(f) || hasSerial && FlatCells.isListLedByName(f)
              || (lastPlaced == ptr && cell.length() > 0 || cell.length() == 0 && taskColumn >= 0 && taskColumn < ptr
                  && cells.get(taskColumn).length() > 0) && !hasTextAfter(lines, i + 1)
                  && FlatCells.isListLedByNamePerhapsCut(f);
          if (units && cell.length() > 0 && nextUnits >= 0 && !endsWithSeparator(cell)) {
            // 牵头单位 then 配合单位: a lead cell ends where its line does, unless it breaks after a 、
            ptr = nextUnits;
          } else if (units && cell.length() > 0 && overseer > ptr && !endsWithSeparator(cell)
              && (nextIsSerial(lines, i + 1) || !hasTextAfter(lines, i + 1))) {
            // 责任部门 then 评分部门: the row's last list of units, after its own, is its overseers'
            set(overseer, t);
            placed = true;
            lastPlaced = overseer;
            ptr = overseer + 1;
          } else if (units && !(cell.length() > 0 && AgencyNames.startsWithCount(f))) {
            // (3个社区 after a units cell that has its units: a count in the next column, 年度目标, no more units)
            cell.append(cell.length() == 0 ? "" : "、").append(t);
            placed = true;
            lastPlaced = ptr;
          } else {
            ptr++;
          }
        } else if (kind == Columns.Kind.DEADLINE) {
          if (Cells.isDeadline(f) || hasSerial && rowHasUnits() && FlatCells.isLastCell(lines, i, f)) {
            // (省意见出台后6个月内完成, 按上级要求: a row's last cell under its deadline column, a date or not)
            set(ptr, t);
            placed = true;
            lastPlaced = ptr;
          }
          ptr++;
        } else if (kind == Columns.Kind.SERIAL
            || kind == Columns.Kind.PERSON && Cells.isTask(f) && (FlatCells.endsSentence(f) || f.length() > 20)
                && Numbering.of(f).style == Numbering.NONE) {
          // (组织学生认真训练、积极参赛。 where the row's 负责人 would come: a sentence is no person's cell but the task
          // of the next row, the cells this row lacks merged with the row above's; not ②完成…, the task cell's next
          // numbered piece, whose row's units come after it)
          ptr++;
        } else if (kind == Columns.Kind.SECTION) {
          // a category or a project's name: short, no sentence; a merged one is missing from later rows, whose task
          // line then passes on to the task column
          if (cell.length() == 0 && isSectionCell(f) && (ptr + 1 != taskColumn || nextCanBeTask(lines, i))) {
            set(ptr, t);
            placed = true;
            lastPlaced = ptr;
          }
          ptr++;
        } else if ((kind == Columns.Kind.PERSON ? Cells.isAgencyList(f) || Cells.isUnits(f) && !Cells.mayBePerson(f)
            : !Cells.isPlace(f) && !places[ptr] && Cells.isAgencyList(f))
                && FlatCells.nextUnitsColumn(columns, ptr) >= 0
            || Cells.isDeadline(f) && columns.subList(ptr, columns.size()).contains(Columns.Kind.DEADLINE)
            || ptr + 1 == taskColumn && kind == Columns.Kind.OTHER && isSectionCell(f) && !nextCanBeTask(lines, i)
            || ptr < taskColumn && kind == Columns.Kind.OTHER && cells.get(taskColumn).length() == 0
                && (endsSentence(f) || f.length() > 24) && !nextCanBeTask(lines, i)) {
          // (a sentence where a column of words before the task stands, 指标, and no task after it: that cell is
          // merged, missing here, and the sentence is the task)
          // units (no place's name) or a date under another column: an empty cell vanished before them; a short
          // line before a quantity's unit is the task, its merged neighbour before it missing from this row
          ptr++;
        } else {
          set(ptr, t);
          placed = true;
          lastPlaced = ptr;
          ptr++;
        }
      }
      if (!placed) {
        int firstUnits = FlatCells.firstUnitsColumn(columns);
        if (prev >= 0 && columns.get(prev) == Columns.Kind.OTHER && hasSerial && firstUnits >= 0
            && FlatCells.lastUnitsColumn(columns) < taskColumn && cells.get(prev).length() > 0 && !Cells.isUnits(f)
            && !Cells.isSerial(f) && !f.endsWith("。")) {
          // (新建学府路,全长1.1公里。: a sentence is a sub-task under the row's merged units, no cell's next line)
          // 7月底 / 具備擋水條件: where a row's units stand before its task, a line of words after its last cell is that
          // cell's next line, no task of a row of its own (which would open with its units)
          cells.get(prev).append(t);
          continue;
        }
        if (Cells.isTask(f) && taskColumn >= 0) {
          flush();
          open(line.number());
          set(taskColumn, t);
          ptr = taskColumn + 1;
          lastPlaced = taskColumn;
        } else if (hasSerial && Cells.isUnits(f) && rowHasUnits() && eachUnitsProgress(lines, i)) {
          // 市人社局 / 上半年…28128元。 / 市农业农村局 / 2023年上半年…: a row's units one a line, each with its own
          // progress cell after it, are the row's units (the progress columns' cells each unit's account); only
          // where a serial opens each row: with none, an empty progress cell makes the next row's task look one
          int units = FlatCells.lastUnitsColumn(columns);
          cells.get(units).append("、").append(t);
          lastPlaced = units;
          ptr = units + 1;
        } else if (Cells.isUnits(f) && !rowHasUnits() && FlatCells.nextUnitsColumn(columns, -1) >= 0) {
          // a row's units after its columns ran out (a cell before them was misread as a later column's): the row's
          // units still, not the table's end and every row after it lost
          int units = FlatCells.nextUnitsColumn(columns, -1);
          set(units, t);
          lastPlaced = units;
          ptr = units + 1;
        } else {
          break;
        }
      }
    }
    flush(i >= lines.size());
    return i;
  }

  /** Whether the last cell placed in the row is a figure (1100 before 1063: a figure beside a figure). */
  private boolean lastIsFigure() {
    return FlatRows.lastIsFigure(cells, lastPlaced);
  }

  /**
   * Whether the table's last columns are its units and then progress or remarks only, the row's progress cell is
   * filled, and a line of words (no serial, no units) follows line {@code i}: the next unit's own progress.
   */
  private boolean eachUnitsProgress(List<? extends Block> lines, int i) {
    int units = FlatCells.lastUnitsColumn(columns);
    if (units < 0 || units + 1 >= columns.size() || cells.get(units + 1).length() == 0) {
      return false;
    }
    for (int c = units + 1; c < columns.size(); c++) {
      if (columns.get(c) != Columns.Kind.OTHER) {
        return false;
      }
    }
    String next = FlatCells.nthText(lines, i + 1, 1);
    return next != null && !Cells.isSerial(next) && !Cells.isUnits(next) && next.length() > 8;
  }

  /** Whether the row being read has a units cell filled (a row that may be complete). */
  private boolean rowHasUnits() {
    return FlatRows.hasUnits(cells, columns);
  }

  /** Whether the row being read holds text only in columns before {@code column} (or is none). */
  private boolean onlyBefore(int column) {
    return FlatRows.onlyBefore(cells, column);
  }

  /** Opens the next row with its first column's cell (a category before its serial, units before their task). */
  private void openAtFirstCell(int line, String text) {
    flush();
    open(line);
    set(0, text);
    lastPlaced = 0;
  }

  /** Sets a cell's text, replacing what it held. */
  private void set(int column, String text) {
    cells.get(column).setLength(0);
    cells.get(column).append(text);
  }

  private void open(int line) {
    cells = new ArrayList<>(columns.size());
    for (int c = 0; c < columns.size(); c++) {
      cells.add(new StringBuilder());
    }
    rowLine = line;
  }

  private void flush() {
    flush(false);
  }

  /** Makes the row read so far a measure; {@code endOfText}: the text ends in it (see TableRows). */
  private void flush(boolean endOfText) {
    if (cells != null) {
      List<dev.mandate.parser.internal.source.Cell> row = new ArrayList<>(cells.size());
      for (StringBuilder c : cells) {
        row.add(dev.mandate.parser.internal.source.Cell.plain(c.toString()));
      }
      // (10、新建社区卫生服务站点 / 2个 / 1个 and the text's end: a row numbered as the rows are, cut before its units)
      boolean numbered = !hasSerial && taskColumn >= 0
          && Numbering.of(Fold.fold(row.get(taskColumn).text())).style != Numbering.NONE;
      RawMeasure m = rows.row(row, rowLine, endOfText, numbered);
      if (m != null) {
        outline.addDirect(m);
      }
      cells = null;
    }
  }
}
