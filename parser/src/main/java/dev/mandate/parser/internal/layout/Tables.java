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
import dev.mandate.parser.internal.responsibility.Labels;
import dev.mandate.parser.internal.source.Cell;
import dev.mandate.parser.internal.source.Line;
import dev.mandate.parser.internal.source.Row;
import dev.mandate.parser.internal.text.Fold;
import java.util.ArrayList;
import java.util.List;

/**
 * Tables with a header row: the rows of an HTML, Word or Excel table, and rows written as text — cells apart by pipes,
 * tabs, or runs of spaces (the last only under a header that splits so into column names). Labelled rows among them
 * go to {@link LabelledRows}. A row spanning the table ({@code 一、…}) is a heading; in text, rows that lost merged
 * leading cells are moved right to fit the header, and empty unit or deadline cells inherit from the row above.
 */
final class Tables {

  private final Outline outline;
  private final LabelledRows labelled;
  /** The header in force, or null outside a table. */
  private List<Columns.Kind> header;
  /** The numbering of the last row's task cell (a row numbered as its tasks are is one of them, no heading). */
  private Numbering lastTaskStyle = Numbering.NONE;
  /**
   * A header naming a task column and no units column, held until the row after it shows whether its task cells close
   * with their own units; null if none.
   */
  private List<Columns.Kind> withoutUnits;
  /** The names of the header in force, until its first row has been read against them (see below). */
  private List<String> headerNames;
  private TableRows rows;
  /** Whether a row of the header in force had its heading and serial before the cells the header names. */
  private boolean cellsBeforeHeader;
  /** Whether the rows being read are those of a table whose cells are apart by spaces. */
  private boolean spaced;
  /** Whether the line being read is the text's last: a row there may have lost its cells to a cut. */
  private boolean lastOfText;
  /** Whether the rows being read are those of a table with one space between its cells (see WordSpacedRows). */
  private boolean wordSpaced;
  /** The number of the last line the table apart by one space read. */
  private int spacedLine = -2;
  /** The measure the last row of that table made, whose task cell the next lines may go on with. */
  private Item spacedRow;

  Tables(Outline outline) {
    this.outline = outline;
    this.labelled = new LabelledRows(outline);
  }

  /** Ends the table being read: a line that is no row came. */
  void end() {
    header = null;
    withoutUnits = null;
    headerNames = null;
    spaced = false;
    wordSpaced = false;
    cellsBeforeHeader = false;
  }

  /** A row of a real table (HTML, Word, Excel), merged cells expanded. */
  void row(Row row) {
    row(row.cells(), row.number(), null);
  }

  /**
   * Reads a line if it is a table row, a Markdown rule or a wrapped cell of a spaced table; false if not.
   * {@code lastOfText}: no line with text follows (a row there may be cut short).
   */
  boolean line(Line line, boolean lastOfText) {
    this.lastOfText = lastOfText;
    // inside a tab table, leading and trailing tabs are empty cells, so look for tabs in the untrimmed line
    char sep = line.foldedContains('|', true) ? '|' : line.foldedContains('\t', header == null) ? '\t' : 0;
    if (sep == '|' && labelled.pipeLine(line) != LabelledRows.Read.NONE) {
      header = null;
      return true;
    }
    if (sep != 0) {
      // rows are read off the line where it lies in the input: cells are cut from there, not from a copy of the line
      List<String> raw = TextCells.withoutLostChars(TextCells.cells(line.source(), line.start(), line.end(), sep));
      if (sep == '|' && TextCells.isRule(raw)) {
        return true; // |---|:---:| under a header copied from Markdown: a rule, not a heading or a row
      }
      // a tab is a cell break only in a table (copied from a browser) or a header or labelled row, not in
      // "1.<tab>新建学校…"
      if (!raw.isEmpty() && (sep == '|' || header != null || Columns.header(raw) != null
          || LoneLabel.isTaskLabelCell(Fold.fold(raw.get(0))) || Labels.leading(Fold.fold(raw.get(0))) != null
          || LoneLabel.isLabel(Fold.trim(Fold.fold(raw.get(0)))))) {
        row(TextCells.plain(raw), line.number(), line);
        return true;
      }
      return sep == '|';
    }
    if (wordSpaced && header != null) {
      List<Cell> cells = WordSpacedRows.row(line.text(), header, lastOfText);
      if (cells != null) {
        RawMeasure m = rows.row(cells, line.number(), lastOfText);
        spacedRow = null;
        spacedLine = line.number();
        if (m != null) {
          outline.addDirect(m);
          spacedRow = outline.current();
        }
        return true;
      }
      return wordSpacedLine(line);
    }
    List<Columns.Kind> words = WordSpacedRows.header(line);
    if (words != null) {
      header = words;
      rows = new TableRows(words, true);
      wordSpaced = true;
      return true;
    }
    return (spaced && header != null || TextCells.mayBeSpacedHeader(line)) && spacedLine(line);
  }

  /**
   * A line inside a table with one space between its cells that is no row: a heading of the rows below it
   * ({@code 二、重点工作}, {@code (一)…}), or a cell of the row above broken over lines, as a unit list is when each of
   * its units stands on a line of its own — a list of units then goes to the row's units (where the table has one
   * units column), other words are the rest of a progress or remarks cell. False for anything else: the table ends.
   */
  private boolean wordSpacedLine(Line line) {
    String f = Fold.trim(line.folded());
    Numbering style = Numbering.of(f).style;
    if (style != Numbering.NONE && style != Numbering.DASH && f.length() <= 60 && !Cells.isUnits(f)) {
      String h = Fold.trim(line.text());
      outline.addSpanningRow(new Item(new RawMeasure(h, line.number(), 1), style, h, false));
      spacedRow = null;
      return true;
    }
    if (spacedRow == null || spacedRow != outline.current() || f.indexOf(' ') >= 0
        || line.number() != spacedLine + 1) {
      return false; // (a line after a blank one, 某县人民政府办公室 over its date, is no cell of the row above)
    }
    spacedLine = line.number();
    Columns.Kind units = TableShapes.onlyUnitsColumn(header);
    if (Cells.isUnits(f)) {
      Clause.Kind kind = units != null ? LoneLabel.clauseKind(units) : continuedUnits(spacedRow.measure(), f);
      if (kind != null) {
        outline.attachCells(List.of(Cell.plain(Fold.trim(line.text()))), line.number(), kind);
      }
      return true;
    }
    return header.get(header.size() - 1) != Columns.Kind.TASK && style == Numbering.NONE;
  }

  /**
   * Which of a table's lead and support columns a units line under a row goes on with, or null: where the row has its
   * lead cell and no support cell yet, a name alone is the lead cell's next line (区财政局 / 区税务局) and a list the
   * support cell (区政府有关部门,各乡镇人民政府…); where it has its support cell, that goes on.
   */
  private Clause.Kind continuedUnits(RawMeasure row, String folded) {
    if (!header.contains(Columns.Kind.LEAD) || !header.contains(Columns.Kind.SUPPORT)) {
      return null;
    }
    boolean lead = false;
    boolean support = false;
    for (Clause c : row.clauses()) {
      lead |= c.kind() == Clause.Kind.LEAD;
      support |= c.kind() == Clause.Kind.SUPPORT;
    }
    if (support) {
      return Clause.Kind.SUPPORT;
    }
    boolean list = folded.indexOf('、') >= 0 || folded.indexOf(',') >= 0 || folded.indexOf(';') >= 0;
    return lead && !list ? Clause.Kind.LEAD : lead ? Clause.Kind.SUPPORT : null;
  }

  /**
   * A line of a table copied from a PDF, or from Word as text: cells apart by runs of spaces, read as a table only
   * under a header that splits so into column names.
   */
  private boolean spacedLine(Line line) {
    List<String> raw = TextCells.spacedCells(line.source(), line.start(), line.end());
    // a row has a cell for most columns: a line of prose with a gap in it has two
    boolean isRow = spaced && header != null && raw.size() >= Math.min(3, header.size());
    if (raw.size() >= 2 && (isRow || Columns.header(raw) != null)) {
      Item before = outline.current();
      row(TextCells.plain(raw), line.number(), line);
      spacedRow = outline.current() != before ? outline.current() : null;
      spaced = header != null;
      return true;
    }
    if (spaced && header != null && raw.size() == 1 && spacedRow != null && spacedRow == outline.current()
        && Fold.isSpace(line.source().charAt(line.start()))) {
      // an indented line of one cell under a row: a cell wrapped, as a PDF gives it — the task's, or the units' if
      // it is a list of units and the table has one units column; where a line stands says too little to place it
      // otherwise, so a date or units among several units columns are left out
      String f = Fold.trim(line.folded());
      Columns.Kind units = TableShapes.onlyUnitsColumn(header);
      if (Cells.isUnits(f)) {
        if (units != null) {
          outline.attachCells(List.of(Cell.plain(raw.get(0))), line.number(), LoneLabel.clauseKind(units));
        }
      } else if (Numbering.of(f).style == Numbering.NONE && !Cells.isDeadline(f)) {
        spacedRow.measure().setText(spacedRow.measure().text() + raw.get(0));
      }
      return true;
    }
    return false;
  }

  /**
   * One table row: a labelled row, a header row, a data row of the current table, or furniture.
   *
   * @param pipeLine the line a text row was read from, or null for a row of a real table
   */
  private void row(List<Cell> grid, int number, Line pipeLine) {
    // joined into text, a cell merged across columns counts once; aligned to a header, it fills every column
    LabelledRows.Read read = labelled.row(Row.once(grid), number, pipeLine, header != null);
    if (read == LabelledRows.Read.TASK) {
      header = null;
      return;
    }
    if (read == LabelledRows.Read.CLAUSE) {
      return;
    }
    List<String> texts = TextCells.texts(grid);
    List<Columns.Kind> named = Columns.header(texts);
    if (named == null && header == null && withoutUnits != null) {
      // 序号 | 目标任务 | 推进情况 over 1 | 促进…发展。(责任单位:市建设局) | …: a table after all, its units in its task cells
      int task = withoutUnits.indexOf(Columns.Kind.TASK);
      if (texts.size() > task && texts.size() <= withoutUnits.size()
          && TableRows.ownClauseStart(Fold.trim(texts.get(task))) > 0) {
        header = withoutUnits;
        headerNames = null;
        rows = new TableRows(withoutUnits, pipeLine != null);
      }
      withoutUnits = null;
    } else if (named == null && header == null) {
      withoutUnits = Columns.headerWithoutUnits(texts);
    }
    if (named == null && header == null && pipeLine != null) {
      // 1 | 完成27所学校改造。 | 县教育局 | 已安装… |: rows written with no header, their columns known by their cells
      List<Columns.Kind> inferred = TableShapes.headerFromCells(texts);
      if (inferred != null) {
        header = inferred;
        headerNames = null;
        rows = new TableRows(inferred, true);
      }
    }
    if (named != null) {
      header = named;
      headerNames = texts;
      cellsBeforeHeader = false;
      lastTaskStyle = Numbering.NONE;
      // merged cells are lost in text, so an empty cell there inherits; a real table's merges are already expanded
      rows = new TableRows(named, pipeLine != null);
      return;
    }
    if (header != null && (grid.size() >= 2 && TableShapes.spanning(texts)
        || pipeLine != null && TableShapes.headingAlone(texts, TableShapes.pipes(pipeLine) <= 2 || header.get(0) == Columns.Kind.SERIAL)
            && Numbering.of(Fold.trim(Fold.fold(texts.get(0)))).style != lastTaskStyle)) {
      // (二、新建学校3所 | | | among tasks numbered so: a task under merged cells, no heading)
      // 一、… in a row spanning the whole table: a heading, not a task
      heading(Fold.trim(texts.get(0).replace("\n", "")), number);
      return;
    }
    if (header != null && headerNames != null && pipeLine != null) {
      List<Columns.Kind> under = TableShapes.subHeader(header, texts);
      if (under != null) {
        // 序号 | 工作任务 | 责任单位 | 完成时限 over 牵头单位 | 配合单位: the header's second level, the names under its column
        // of units (a real table's merged cells come expanded, each level a full row)
        header = under;
        rows = new TableRows(under, true);
        return;
      }
    }
    if (header != null && headerNames != null && pipeLine != null && TableShapes.levelBelow(texts, header.size())) {
      // 中央 | 省级 | 市级 | 县级 | | |: short words under a column that spans several (本批资金安排情况), no row
      return;
    }
    if (header != null && headerNames != null && pipeLine != null && TableShapes.namesOnly(texts)) {
      // 投資 | 工程主要形象進度 | 完成投資 | % | 主要形象進度 |: the header's second level, names under columns that span
      // several (their rows wider than the first level); its names are no row's cells, and the rows are read by theirs
      return;
    }
    if (header != null && headerNames != null) {
      // the first row tells what its columns hold where their names did not: a project's name beside a column of an
      // unknown name whose cell is the task's sentence (资助项目 | 牵头单位 | 配套政策 | …)
      List<Columns.Kind> typed = Columns.taskByCells(headerNames, header, texts);
      if (typed != null) {
        header = typed;
        rows = new TableRows(typed, pipeLine != null);
      }
      headerNames = null;
    }
    if (header != null) {
      List<Cell> aligned = new ArrayList<>(grid);
      int serialColumn = header.indexOf(Columns.Kind.SERIAL);
      int before = pipeLine != null ? TableShapes.cellsBeforeHeader(header, texts, cellsBeforeHeader) : 0;
      if (before > 0) {
        cellsBeforeHeader = true;
        // 一、围绕…公开。 | 1 | 紧扣… | 办公室牵头… | under 具体要求 | 责任科室: the header's first name spans the group's
        // heading and the row's serial, lost as cells merged in text; the heading goes over the rows, the serial goes
        String first = Fold.trim(texts.get(0).replace("\n", ""));
        if (!Cells.isSerial(Fold.fold(first))) {
          heading(first, number);
        }
        aligned = new ArrayList<>(grid.subList(before, grid.size()));
      } else if (serialColumn == 0 && TableShapes.headsItsGroup(header, texts)) {
        // 一、完善交通基础设施 | 实施…工程。 | 区住建局 | …: the heading of a group of rows, merged down the serial column,
        // reaches only its first row; a heading over the row, and the row a task without a serial
        heading(Fold.trim(texts.get(0).replace("\n", "")), number);
        aligned.set(0, Cell.plain(""));
      } else if (pipeLine != null && !Cells.isSerial(Fold.fold(aligned.get(0).text()))) {
        // merged leading cells (序号, a 重点任务 category) were left out of the text: shift the row right by the number
        // of cells that puts a task in the task column and units in the unit column
        int shift = ShortRows.bestShift(header, texts);
        for (int k = 0; k < shift; k++) {
          aligned.add(0, Cell.plain(""));
        }
      } else if (pipeLine != null && serialColumn == 0 && TableShapes.filled(texts) < header.size()) {
        // 2 | 扎实做好… | 疾控处 | 长期推进 |: a row that starts with its serial, short of a merged cell after it (the
        // category its task sits under): the cells after the serial move right as far as fits them to their columns
        // (only where the cells as they stand put units where no units column is: a row cut short keeps its cells;
        // 2 | 开展农村厕所改造 | 县农业农村局 | 2023年10月 |, short of a merged target cell, moves its units and date)
        int[] at = ShortRows.alignByCells(header, texts.subList(0, TableShapes.filled(texts)));
        if (at != null) {
          List<Cell> placed = new ArrayList<>(header.size());
          for (int c = 0; c < header.size(); c++) {
            placed.add(Cell.plain(""));
          }
          for (int i = 0; i < at.length; i++) {
            placed.set(at[i], aligned.get(i));
          }
          aligned = placed;
        }
      } else if (pipeLine != null && serialColumn > 0 && aligned.size() + serialColumn <= header.size()) {
        // 2 | 任务 | …: a row that starts with its serial, short of the category cells merged before the serial column
        for (int k = 0; k < serialColumn; k++) {
          aligned.add(0, Cell.plain(""));
        }
      }
      if (pipeLine != null && aligned.size() > header.size()) {
        aligned = TableShapes.unitsWhereTheyStand(header, aligned);
      }
      RawMeasure m = rows.row(aligned, number, pipeLine != null && lastOfText,
          pipeLine != null && (TableShapes.endsInTask(header, aligned) || hasUnits(aligned))
              && !Fold.trim(pipeLine.folded()).endsWith("|"));
      int task = header.indexOf(Columns.Kind.TASK);
      lastTaskStyle = task >= 0 && task < aligned.size()
          ? Numbering.of(Fold.trim(Fold.fold(aligned.get(task).text()))).style : Numbering.NONE;
      if (m != null) {
        outline.addDirect(m);
      } else if (pipeLine != null && outline.current() != null && outline.current().direct) {
        // 2021.8 | 城投集团: a row with units but no task, in text, is the row above's, its merged task left out
        for (int c = 0; c < header.size() && c < aligned.size(); c++) {
          if (header.get(c).holdsUnits() && aligned.get(c).hasText()) {
            outline.attachCells(List.of(aligned.get(c)), number, LoneLabel.clauseKind(header.get(c)));
          }
        }
      }
      return;
    }
    if (outline.wantsFurnitureTitle()) {
      // only the first title among them is ever used: keeping every row of furniture held the whole table
      outline.offerFurnitureTitle(pipeLine != null ? Fold.trim(pipeLine.text()) : joined(Row.once(grid)));
    }
  }

  /** A row's cell that heads the rows below it ({@code 一、…}), its numbering its level among the document's headings. */
  private void heading(String h, int number) {
    outline.addSpanningRow(new Item(new RawMeasure(h, number, 1), Numbering.of(Fold.fold(h)).style, h, false));
  }

  /** Whether a row has a units cell of its own: cut short, what it lacks is no merged cell's. */
  private boolean hasUnits(List<Cell> aligned) {
    for (int c = 0; c < header.size() && c < aligned.size(); c++) {
      if (header.get(c).holdsUnits() && aligned.get(c).hasText()) {
        return true;
      }
    }
    return false;
  }

  private static String joined(List<Cell> cells) {
    StringBuilder b = new StringBuilder();
    for (Cell c : cells) {
      b.append(b.length() > 0 ? " " : "").append(c.text());
    }
    return Fold.trim(b.toString());
  }
}
