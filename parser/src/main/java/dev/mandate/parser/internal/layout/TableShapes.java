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
import dev.mandate.parser.internal.source.Cell;
import dev.mandate.parser.internal.source.Line;
import dev.mandate.parser.internal.text.Fold;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@link Tables} asks of a header and a row's cells: the columns a headless row's cells say, a heading row across
 * the table, whether a row was cut inside its task. Where the cells of a row that lost its merged cells go is
 * {@link ShortRows}'.
 */
final class TableShapes {

  private TableShapes() {}

  /**
   * The columns of a row with no header above it, read from its cells: a serial first, then a task (a sentence, no
   * list of units), then a cell that is a list of agencies' names; deadlines where a cell is one, the rest other
   * columns (progress, remarks). Null unless the row has all three.
   */
  static List<Columns.Kind> headerFromCells(List<String> texts) {
    if (texts.size() < 3 || !Cells.isSerial(Fold.fold(texts.get(0)))) {
      return null;
    }
    List<Columns.Kind> kinds = new ArrayList<>(texts.size());
    kinds.add(Columns.Kind.SERIAL);
    boolean task = false;
    boolean units = false;
    for (int c = 1; c < texts.size(); c++) {
      String f = Fold.trim(Fold.fold(texts.get(c)));
      Columns.Kind k = Columns.Kind.OTHER;
      if (!task && Cells.isTask(f) && Titles.mostlyHan(f)) {
        k = Columns.Kind.TASK;
        task = true;
      } else if (task && !units && Cells.isUnits(f)) {
        k = Columns.Kind.UNITS;
        units = true;
      } else if (task && Cells.isDeadline(f)) {
        k = Columns.Kind.DEADLINE;
      }
      kinds.add(k);
    }
    return task && units ? kinds : null;
  }

  /**
   * Whether a row written with pipes has text in its first cell only, numbered as a heading: a row spanning the table
   * ({@code | 一、教育领域 | | | |}); a {@code (一)} where its line has one cell or its first cell is the serial's; not a
   * task whose merged cells are empty ({@code | (二)推进棚户区改造 | | |}).
   */
  static boolean headingAlone(List<String> texts, boolean spans) {
    for (int c = 1; c < texts.size(); c++) {
      if (!texts.get(c).isEmpty()) {
        return false;
      }
    }
    if (texts.isEmpty()) {
      return false;
    }
    // (一、教育领域 spans a table whatever its columns: a top heading's numbering no task in a column takes)
    Numbering style = Numbering.of(Fold.trim(Fold.fold(texts.get(0)))).style;
    return style == Numbering.CN_DUN || style == Numbering.CHAPTER || spans && style == Numbering.PAREN_CN;
  }

  /**
   * Whether a row's last cell with text is its task's or one before it: a row that ends the text without its closing
   * pipe was cut inside its task (a row with cells after its task, 进展情况 and the like, ended where it was written).
   */
  static boolean endsInTask(List<Columns.Kind> header, List<Cell> aligned) {
    int task = header.indexOf(Columns.Kind.TASK);
    for (int c = aligned.size() - 1; c > task; c--) {
      if (aligned.get(c).hasText()) {
        return false;
      }
    }
    return true;
  }

  /** The pipes of a line: one cell and its edges have two at most. */
  static int pipes(Line line) {
    String f = line.folded();
    int n = 0;
    for (int i = 0; i < f.length(); i++) {
      n += f.charAt(i) == '|' ? 1 : 0;
    }
    return n;
  }

  /** Whether a line is numbered as a heading is ({@code 一、}, {@code (一)}, {@code 第一章}). */
  static boolean isHeadingNumbered(String folded) {
    Numbering style = Numbering.of(Fold.trim(folded)).style;
    return style == Numbering.CN_DUN || style == Numbering.PAREN_CN || style == Numbering.CHAPTER;
  }

  /** Whether every non-empty cell of a row has the same text (one cell spanning the row). */
  static boolean spanning(List<String> texts) {
    String first = null;
    int filled = 0;
    for (String t : texts) {
      if (t.isEmpty()) {
        continue;
      }
      filled++;
      if (first == null) {
        first = t;
      } else if (!first.equals(t)) {
        return false;
      }
    }
    return filled >= 2 || (filled == 1 && texts.size() >= 3 && !texts.get(0).isEmpty());
  }

  /** The kind of a header's one column of units, or null if it has none or several. */
  static Columns.Kind onlyUnitsColumn(List<Columns.Kind> header) {
    Columns.Kind found = null;
    for (Columns.Kind k : header) {
      if (k.holdsUnits()) {
        if (found != null) {
          return null;
        }
        found = k;
      }
    }
    return found;
  }

  /**
   * The header with its column of units replaced by the names of a row under it that names roles alone ({@code 牵头单位 |
   * 配合单位} under {@code 责任单位}): a header of two levels written as text, the second level only where the first
   * spans; null where the row is no such level, or the header has no column of units or two.
   */
  static List<Columns.Kind> subHeader(List<Columns.Kind> header, List<String> texts) {
    List<Columns.Kind> roles = new ArrayList<>();
    for (String t : texts) {
      if (Fold.trim(t).isEmpty()) {
        continue;
      }
      Columns.Name name = ColumnNames.name(Fold.trim(Fold.fold(t)));
      if (name != Columns.Name.LEAD && name != Columns.Name.SUPPORT) {
        return null;
      }
      roles.add(Columns.kindOf(name));
    }
    int parent = header.indexOf(Columns.Kind.UNITS);
    if (roles.size() < 2 || parent < 0 || header.lastIndexOf(Columns.Kind.UNITS) != parent) {
      return null;
    }
    List<Columns.Kind> out = new ArrayList<>(header.subList(0, parent));
    out.addAll(roles);
    out.addAll(header.subList(parent + 1, header.size()));
    return out;
  }

  /**
   * Whether a row's cells are all names of columns ({@code 投資 | 工程主要形象進度 | % |}), two at least, none a serial, a
   * figure or a sentence: a header's second level.
   */
  static boolean namesOnly(List<String> texts) {
    int names = 0;
    for (String t : texts) {
      String f = Fold.trim(Fold.fold(t));
      if (f.isEmpty()) {
        continue;
      }
      Columns.Name n = ColumnNames.name(f);
      if (f.equals("%") || f.equals("‰")) {
        continue; // a percentage's column under its parent
      }
      if (n == null || n == Columns.Name.UNKNOWN || Cells.isSerial(f)) {
        return false;
      }
      names++;
    }
    return names >= 2;
  }

  /** The longest name of a column under one that spans several ({@code 中央}, {@code 省级}, {@code 完成投资}). */
  private static final int MAX_LEVEL_NAME = 6;

  /**
   * Whether a row is a header's second level of any names ({@code 中央 | 省级 | 市级 | 县级 | | |}): two short words at
   * least, each read as a name or a word of no known name, no figure, no serial, and fewer than the header's {@code
   * width} (the first level's other columns stand empty).
   */
  static boolean levelBelow(List<String> texts, int width) {
    int names = 0;
    for (int i = 0; i < texts.size(); i++) {
      String f = Fold.trim(Fold.fold(texts.get(i)));
      if (f.isEmpty()) {
        continue;
      }
      if (f.length() > MAX_LEVEL_NAME || ColumnNames.name(f) == null || Cells.isSerial(f)
          || AgencyNames.isName(f)) {
        return false; // (a unit's name is a row's cell)
      }
      for (int k = 0; k < f.length(); k++) {
        if (Character.isDigit(f.charAt(k))) {
          return false;
        }
      }
      names++;
    }
    return names >= 2 && names < width - 1;
  }

  /**
   * A row wider than its header (columns that span several over a second level of names): where the header's first
   * units column finds no units in the row, but a cell further right holds them, the columns from the units on are
   * read from that cell ({@code … | 100 | 完成 | 縣教育局 |} under {@code … | 項目建設階段 | 責任單位 |}).
   */
  static List<Cell> unitsWhereTheyStand(List<Columns.Kind> header, List<Cell> row) {
    int task = header.indexOf(Columns.Kind.TASK);
    int units = unitsAfterTask(header, task);
    if (units < 0 || units >= row.size()) {
      return row;
    }
    String own = Fold.trim(Fold.fold(row.get(units).text()));
    if (own.isEmpty() || Cells.isPlaceholder(own) || isUnitsCell(own)) {
      return row; // (an empty or dashed units cell is the row's own: the units are none, or merged from above)
    }
    for (int c = units + 1; c < row.size(); c++) {
      String f = Fold.trim(Fold.fold(row.get(c).text()));
      if (Cells.isDeadline(f)) {
        return row; // (past the row's deadline no cell is the units': a remark, progress)
      }
      if (isUnitsCell(f)) {
        // the first units cell to the right: a lead's before its support's
        List<Cell> out = new ArrayList<>(row.subList(0, units));
        out.addAll(row.subList(c, row.size()));
        return out;
      }
    }
    return row;
  }

  /** Whether a folded cell is a list of units, or opens with a unit's name (a cell that may go on with notes). */
  static boolean isUnitsCell(String folded) {
    return !folded.isEmpty() && (Cells.isUnits(folded) || Cells.startsWithUnit(folded));
  }

  /**
   * Whether a row's first cell, under the serial column, is the heading of the rows it opens ({@code 一、…},
   * {@code (一)…}) beside a row of its own: a task where the header has it, and a cell for every column but the last
   * (a row's empty last cells are left out of its text).
   */
  static boolean headsItsGroup(List<Columns.Kind> header, List<String> texts) {
    int task = header.indexOf(Columns.Kind.TASK);
    if (task <= 0 || texts.size() < header.size() - 1 || filled(texts) <= task) {
      return false;
    }
    return isGroupHeading(Fold.trim(Fold.fold(texts.get(0)))) && Cells.isTask(Fold.trim(Fold.fold(texts.get(task))));
  }

  /**
   * Whether a folded cell is the heading of a group of rows ({@code 一、完善交通基础设施}, {@code (一)…}): short, with
   * words after its number (a row's own serial, (一) or 一、 alone, is no heading), no list of units.
   */
  private static boolean isGroupHeading(String f) {
    Numbering.Prefix prefix = Numbering.of(f);
    return (prefix.style == Numbering.CN_DUN || prefix.style == Numbering.PAREN_CN) && f.length() <= 30
        && f.length() - prefix.length >= 2 && !Cells.isUnits(f);
  }

  /** The header's first column of units after its task column, or -1 (no task column, or no units after it). */
  private static int unitsAfterTask(List<Columns.Kind> header, int task) {
    for (int c = task + 1; c < header.size() && task >= 0; c++) {
      if (header.get(c).holdsUnits()) {
        return c;
      }
    }
    return -1;
  }

  /**
   * The number of leading cells of a row wider than its header that are its group's heading and its serial, under a
   * header with no serial column whose first name spans them ({@code 具 体 要 求 | 责任科室} over {@code 一、围绕…公开。 |
   * 1 | 紧扣… | 办公室牵头,… |} and {@code 3 | 科学确定… | 办公室牵头,… | |}): where, without them, a task stands in the
   * task column and units in the units column — or, once a row above showed the table so ({@code seen}), a task alone (a
   * row cut short by the text's end); 0 if none.
   */
  static int cellsBeforeHeader(List<Columns.Kind> header, List<String> texts, boolean seen) {
    int task = header.indexOf(Columns.Kind.TASK);
    int units = unitsAfterTask(header, task);
    int filled = filled(texts);
    if (units < 0 || header.contains(Columns.Kind.SERIAL) || filled <= (seen ? 1 : header.size())) {
      return 0;
    }
    int k = isGroupHeading(Fold.trim(Fold.fold(texts.get(0)))) ? 1 : 0;
    if (k < filled && Cells.isSerial(Fold.trim(Fold.fold(texts.get(k))))) {
      k++;
    }
    // (the rest must still fill the header's columns: a row of its own cells keeps them)
    if (k == 0 || k + task >= filled || !Cells.isTask(Fold.trim(Fold.fold(texts.get(k + task))))) {
      return 0;
    }
    return seen || filled - k >= header.size() && isUnitsCell(Fold.trim(Fold.fold(texts.get(k + units)))) ? k : 0;
  }

  /** The number of cells up to the last with text. */
  static int filled(List<String> texts) {
    int n = texts.size();
    while (n > 0 && Fold.trim(texts.get(n - 1)).isEmpty()) {
      n--;
    }
    return n;
  }
}
