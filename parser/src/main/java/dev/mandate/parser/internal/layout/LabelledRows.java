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
import dev.mandate.parser.internal.text.Fold;
import java.util.List;

/**
 * Rows that say what their cells are with a label in the first cell, the founding document's layout:
 * {@code 具体措施: | X |} then {@code 责任单位: | Y |}; the label without its colon ({@code 具体措施 | X}); a form's row
 * of label and cell pairs ({@code 具体措施 | X | 责任单位 | Y | 完成时限 | Z}, the task ending at the next label).
 */
final class LabelledRows {

  /** What a row was read as. */
  enum Read {
    /** Not a labelled row. */
    NONE,
    /** A task row: a measure; any table above has ended. */
    TASK,
    /** A responsibility row: its clauses went to the current measure. */
    CLAUSE
  }

  private final Outline outline;

  LabelledRows(Outline outline) {
    this.outline = outline;
  }

  /**
   * A pipe line whose first cell is a label, read off the line without cutting it into cells: {@code 责任单位: | X |}
   * (the whole line a clause) or the usual {@code 具体措施: | X |}. NONE, with nothing read, for any other shape.
   */
  Read pipeLine(Line line) {
    int cellStart = TextCells.firstCellStart(line);
    String first = TextCells.firstCellLabel(line, cellStart);
    int colon = LoneLabel.taskColon(first);
    if (colon < 0 && Labels.leading(first) != null) {
      // 责任单位: | X | — only the first cell decides, and the whole line is read as a clause: no cells needed
      outline.attach(line.text().replace('|', ' ').replace('\t', ' '), null, line.number(), 1);
      return Read.TASK;
    }
    if (colon > 0 && labelledTask(line, cellStart, cellStart + colon)) {
      return Read.TASK;
    }
    return Read.NONE;
  }

  /**
   * {@code 具体措施: | X |}, the label alone in the first cell, the task in the second, nothing after — read as
   * {@link #row} would read it. False, with nothing read, for any other shape, which {@code row} then reads.
   *
   * @param labelStart where the first cell starts, after leading spaces and pipes
   * @param colon where the task label's colon is
   */
  private boolean labelledTask(Line line, int labelStart, int colon) {
    String s = line.source();
    int end = line.end();
    // the first cell as cells() cuts it: only one empty cell, before a leading pipe, is dropped
    int a = Fold.trimStart(s, line.start(), end);
    if (a < end && s.charAt(a) == '|') {
      a++;
    }
    int bar = colon + 1;
    while (bar < end && s.charAt(bar) != '|') {
      bar++;
    }
    if (Fold.trimStart(s, a, bar) != labelStart || Fold.trimEnd(s, labelStart, bar) != colon + 1 || bar == end) {
      return false;
    }
    int next = bar + 1;
    while (next < end && s.charAt(next) != '|') {
      next++;
    }
    for (int i = next; i < end; i++) {
      if (s.charAt(i) != '|' && !Fold.isSpace(s.charAt(i))) {
        return false; // a third cell: row() joins them
      }
    }
    int b = Fold.trimStart(s, bar + 1, next);
    int e = Fold.trimEnd(s, b, next);
    if (b == e) {
      return false;
    }
    outline.addDirect(new RawMeasure(s.substring(b, e), line.number(), b - line.start() + 1));
    return true;
  }

  /**
   * A row whose first cell is a label.
   *
   * @param cells the row's cells, each merged cell once
   * @param inTable whether a header row is in force (a bare label is then a column's cell, not a label)
   * @param pipeLine the line a text row was read from, or null for a row of a real table
   */
  Read row(List<Cell> cells, int number, Line pipeLine, boolean inTable) {
    String cell0 = cells.get(0).text();
    int start = Fold.trimStart(cell0, 0, cell0.length());
    String first = TextCells.labelHead(cell0, start, cell0.length());
    int colon = LoneLabel.taskColon(first);
    // 具体措施 | text | with no colon: the label alone in its cell, outside a table with a header, in a row that is
    // not a header itself (具体措施 | 责任单位)
    LoneLabel bare = colon < 0 && first.isEmpty() && !inTable && cells.size() >= 2
        ? LoneLabel.of(Fold.trim(Fold.fold(cell0))) : null;
    if (bare != null && (!bare.label() || bare.colon || !hasCellText(cells, 1) || !bareRowValues(bare, cells))) {
      bare = null;
    }
    if (colon > 0 || bare != null && bare.task) {
      taskRow(cells, number, pipeLine, colon > 0 ? start + colon + 1 : cell0.length());
      return Read.TASK;
    }
    if (bare != null) {
      // 责任单位 | units |: the other cells are the clause, of the label's kind
      outline.attachCells(cells.subList(1, cells.size()), number, bare.kind);
      return Read.CLAUSE;
    }
    if (Labels.leading(first) != null) {
      if (pipeLine != null) {
        outline.attach(pipeLine.text().replace('|', ' ').replace('\t', ' '), null, number, 1);
      } else {
        outline.attachCells(cells, number, Clause.Kind.GENERIC);
      }
      return Read.CLAUSE;
    }
    return Read.NONE;
  }

  /** {@code 具体措施: | text |}, and in a form's row the label and cell pairs after it. */
  private void taskRow(List<Cell> cells, int number, Line pipeLine, int rest) {
    String cell0 = cells.get(0).text();
    // 具体措施 | X | 责任单位 | Y: a form's row of label and cell pairs; the task ends at the next label
    int stop = 1;
    while (stop < cells.size() && !isClauseLabelCell(cells.get(stop))) {
      stop++;
    }
    String b;
    if (stop == 2 && Fold.trim(cell0.substring(rest)).isEmpty()) {
      b = Fold.trim(cells.get(1).text().replace("\n", ""));
    } else {
      StringBuilder body = new StringBuilder(cell0.substring(rest));
      for (int c = 1; c < stop; c++) {
        body.append(' ').append(cells.get(c).text());
      }
      b = Fold.trim(body.toString().replace("\n", ""));
    }
    if (b.isEmpty()) {
      return;
    }
    outline.addDirect(new RawMeasure(b, number, pipeLine == null ? 1 : taskColumn(pipeLine, cell0, rest, b)));
    for (int c = stop; c < cells.size(); ) {
      int e = c + 1;
      while (e < cells.size() && !isClauseLabelCell(cells.get(e))) {
        e++;
      }
      LoneLabel label = LoneLabel.of(Fold.trim(Fold.fold(cells.get(c).text())));
      if (label == null) {
        outline.attachCells(cells.subList(c, e), number, Clause.Kind.GENERIC); // 责任单位:X | ..., in the cell
      } else if (label.label()) {
        outline.attachCells(cells.subList(c + 1, e), number, label.kind);
      } // else a column's name (备注) and its cells: neither task nor units
      c = e;
    }
  }

  /**
   * The column where the task of a labelled row starts: where it is found after the label (not inside it, as
   * {@code 施} of {@code 具体措施: | 施 |} would be), or, for a task joined from several cells, the first char after the
   * label that is not a space or a cell break.
   */
  private static int taskColumn(Line line, String cell0, int afterColon, String task) {
    int after = Math.max(line.indexOf(cell0), 0) + afterColon;
    int at = line.indexOf(task, after);
    if (at < 0) {
      String s = line.source();
      at = after;
      while (line.start() + at < line.end() && (Fold.isSpace(s.charAt(line.start() + at))
          || s.charAt(line.start() + at) == '|')) {
        at++;
      }
    }
    return at + 1;
  }

  /**
   * Whether the cells after a bare label read as its values: mostly no column names (重点任务 | 具体措施 | 牵头单位 | 配合单位
   * is a header cut short, not a task), and after a units label, a cell that starts with a unit's name (责任单位 | 完, a
   * header cut inside a word, is not).
   */
  private static boolean bareRowValues(LoneLabel bare, List<Cell> cells) {
    int filled = 0;
    int names = 0;
    String first = null;
    for (int c = 1; c < cells.size(); c++) {
      String t = Fold.trim(Fold.fold(cells.get(c).text()));
      if (t.isEmpty()) {
        continue;
      }
      filled++;
      String head = t.endsWith(":") ? t.substring(0, t.length() - 1) : t;
      boolean name = Columns.kind(head) != null || Labels.named(head) != null;
      if (first == null) {
        first = t;
        Columns.Kind kind = Columns.kind(head);
        if (kind != null && kind.holdsUnits()) {
          // 资助项目 | 牵头单位 | 学期 | 资助人数: a label's value is never the name of a units column; a header's
          // cell after its task's is
          return false;
        }
      }
      names += name ? 1 : 0;
    }
    if (2 * names >= filled) {
      return false;
    }
    return !bare.units() || Cells.startsWithUnit(first);
  }

  /**
   * Whether a cell from {@code from} on has text that is no column name: 责任单位 | 完成时限 is (part of) a header, not
   * a label and its cell.
   */
  private static boolean hasCellText(List<Cell> cells, int from) {
    for (int c = from; c < cells.size(); c++) {
      String t = Fold.trim(cells.get(c).text());
      if (!t.isEmpty() && Columns.kind(t) == null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a cell after a task's is a label that starts a clause, alone ({@code 责任单位}, {@code 完成时限:}, or a
   * column's name such as {@code 备注}) or with its units ({@code 责任单位:市教育局}), but not another task's label.
   */
  private static boolean isClauseLabelCell(Cell cell) {
    String f = Fold.trim(Fold.fold(cell.text()));
    LoneLabel lone = LoneLabel.of(f);
    return lone != null ? !lone.task : Labels.leading(f) != null;
  }
}
