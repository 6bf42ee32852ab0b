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
import java.util.ArrayList;
import java.util.List;

/**
 * Tables flattened one cell a line, as copying an HTML or Word table gives them: a header of one column name a line,
 * then the cells ({@link FlatTable} places them). The header is a run of short lines that read as column names
 * ({@link Columns#name}), names of no known shape among them; it must name a task and a units column. A header cell
 * broken over two lines ({@code 责任} / {@code 领导}) is joined where the two read as one name and apart they do not.
 */
final class FlatTables {

  /** The most lines a header runs to. */
  private static final int MAX_HEADER = 24;

  private final Outline outline;
  /** No header starts before this index: the lines up to it were looked at as a header run and were none. */
  private int noHeaderBefore;

  FlatTables(Outline outline) {
    this.outline = outline;
  }

  /** Reads a flattened table whose header starts at line {@code i}; the index of its last line, or -1. */
  int read(List<? extends Block> blocks, int i, String trimmedFolded) {
    if (i < noHeaderBefore) {
      return -1;
    }
    Columns.Name first = ColumnNames.name(trimmedFolded);
    if (first == null || first == Columns.Name.UNKNOWN) {
      return -1;
    }
    int n = blocks.size();
    List<String> cells = new ArrayList<>();
    List<Integer> at = new ArrayList<>();
    int j = i;
    StringBuilder note = null;
    List<String> notes = new ArrayList<>();
    for (; j < n && blocks.get(j) instanceof Line && cells.size() < MAX_HEADER; j++) {
      String h = Fold.trim(((Line) blocks.get(j)).folded());
      if (h.isEmpty()) {
        continue;
      }
      // 责任部门 / (加*号为牵头部门, / 其余为参与部门): a bracketed remark in a header cell, over lines of its own
      if (note != null || h.startsWith("(") && !cells.isEmpty() && Numbering.of(h).style == Numbering.NONE) {
        note = note == null ? new StringBuilder() : note;
        note.append(Fold.trim(((Line) blocks.get(j)).text()));
        if (h.endsWith(")") || note.length() > 80) {
          notes.add(note.toString());
          note = null;
        }
        continue;
      }
      if (FlatCells.isDoubled(h)) {
        continue; // 职责分工 职责分工: a page's label printed twice over the table, no column of its own
      }
      Columns.Name name = ColumnNames.name(h);
      int joined = cells.isEmpty() ? -1 : brokenNameEnd(blocks, j, h, name);
      if (joined > j) {
        cells.add(h + Fold.trim(((Line) blocks.get(joined)).folded()));
        at.add(j);
        j = joined;
        continue;
      }
      if (name == null || name == Columns.Name.UNKNOWN && cells.size() >= 2 && known(cells) >= 2
          && (FlatCells.nextIsSerial(blocks, j + 1)
              || Cells.isUnits(h) && AgencyNames.isStrongName(h) && nextIsSentence(blocks, j + 1)
              || cells.size() >= 4 && Numbering.of(h).style == Numbering.NONE
                  && FlatCells.nextIsNumberedTask(blocks, j + 1))) {
        // (强化公开 / 1 / …: a row's category before its serial, where the header names no serial column, or before
        // its numbered task where columns stand between task and units (高质量发展 / 1、地区生产总值增长率); 区公安分局
        // after 相关部门 / 职责分工: the first row's units cell, no column's name)
        break;
      }
      cells.add(h);
      at.add(j);
    }
    int[] widths = FlatHeaders.rowWidths(blocks, j);
    int period = FlatHeaders.rowPeriod(widths);
    List<String> header = FlatHeaders.underTheirParent(FlatHeaders.joinBrokenNames(cells, period), widths);
    if (period >= 2 && header.size() > period) {
      header = FlatHeaders.joinToPeriod(header, period);
    }
    List<Columns.Kind> kinds = kinds(header);
    int bodyStart = j;
    // a header whose serial column is not its first: the cells before a row's serial (a category) are the body's,
    // and may have been read as names; the run gives them back
    for (int back = 1; kinds != null && back <= 2 && back < header.size(); back++) {
      List<Columns.Kind> shorter = kinds(header.subList(0, header.size() - back));
      int serial = shorter == null ? -1 : shorter.indexOf(Columns.Kind.SERIAL);
      if (serial == back && FlatCells.nextIsSerial(blocks, j) && cells.size() - back >= 2) {
        kinds = shorter;
        bodyStart = at.get(cells.size() - back);
        break;
      }
    }
    if (kinds != null && kinds.get(0) == Columns.Kind.SERIAL && kinds.size() > 2
        && rowsWithoutSerial(blocks, bodyStart)) {
      // 序号 / 目标与任务 / 牵头责任单位 / 责任单位 over rows that open with their task's sentence, twice: the serial
      // column the header names was left out of the table (or emptied), and the rows are the other columns'
      kinds = kinds.subList(1, kinds.size());
    }
    int known = known(header);
    if (kinds != null && known >= 2 && header.size() - known < known && bodyStarts(blocks, bodyStart, kinds)) {
      for (String remark : notes) {
        outline.notes.add(LabelLines.noteText(remark));
      }
      TableRows rows = new TableRows(kinds, true);
      return new FlatTable(kinds, rows, outline, cells).read(blocks, bodyStart) - 1;
    }
    // no header: nor is there one from any later line of the run, whose words are a tail of these (looking again
    // from each of them took time growing with the square of the run's length)
    noHeaderBefore = j;
    return -1;
  }

  /** The most chars of a column name's first words broken onto a line of their own ({@code 市政府 / 分管领导}). */
  private static final int MAX_BROKEN_HEAD = 4;

  /**
   * The index of the line that completes a column's name broken at line {@code j} ({@code h}, whose own name is
   * {@code name}), or -1: 主 / 要内容, a name's first char alone, the rest on the next line; 市政府 / 分管领导, a unit's
   * leader's column broken after the unit's name (任务量 / 完成时间 are two columns, as are 财政局 / 完成时限 of a table
   * with a column for each unit); 2023年 / 目标进度, a year's column.
   */
  private static int brokenNameEnd(List<? extends Block> blocks, int j, String h, Columns.Name name) {
    boolean firstChar = name == null && h.length() == 1;
    boolean unit = !isKnown(name) && h.length() >= 2 && h.length() <= MAX_BROKEN_HEAD && AgencyNames.isName(h);
    boolean time = !isKnown(name) && ColumnNames.isTimeAlone(h);
    int k = firstChar || unit || time ? FlatCells.nextTextIndex(blocks, j + 1) : -1;
    if (k < 0) {
      return -1;
    }
    String next = Fold.trim(((Line) blocks.get(k)).folded());
    Columns.Name both = ColumnNames.name(h + next);
    boolean joins = firstChar && isKnown(both) && !isKnown(ColumnNames.name(next.substring(0, Math.min(1, next.length()))))
        || unit && both == Columns.Name.PERSON || time && isKnown(both);
    return joins ? k : -1;
  }

  private static List<Columns.Kind> kinds(List<String> header) {
    if (header.size() < 2) {
      return null;
    }
    List<Columns.Name> names = new ArrayList<>(header.size());
    for (String h : header) {
      names.add(ColumnNames.name(h));
    }
    Columns.quantityUnitColumn(header, names);
    return Columns.resolve(names);
  }

  private static int known(List<String> header) {
    int known = 0;
    for (String h : header) {
      Columns.Name name = ColumnNames.name(h);
      known += name != null && name != Columns.Name.UNKNOWN ? 1 : 0;
    }
    return known;
  }

  /**
   * Whether the body under a header starts as a table's does: with a serial where the header has a serial column, else
   * with a line that can be a cell (no numbered item, no clause: a heading such as 工作任务 over items is no header).
   */
  private static boolean bodyStarts(List<? extends Block> blocks, int from, List<Columns.Kind> kinds) {
    for (int k = from; k < blocks.size() && blocks.get(k) instanceof Line; k++) {
      Line l = (Line) blocks.get(k);
      if (l.isBlank()) {
        continue;
      }
      String f = Fold.trim(l.folded());
      if (Cells.isSerial(f)) {
        return true;
      }
      Numbering style = Numbering.of(f).style;
      if (kinds.indexOf(Columns.Kind.SERIAL) == 0 && FlatHeadings.isHeadingOverHeading(blocks, k, f)) {
        return true; // 强化科技创新支撑能力。 / (一) / …: a heading spanning the table, over the numbered one it opens
      }
      if (kinds.indexOf(Columns.Kind.SERIAL) == 0 && style != Numbering.CN_DUN && style != Numbering.PAREN_CN) {
        return false;
      }
      return style == Numbering.NONE && ClauseBrackets.bracketStart(f, 0) < 0
          || style == Numbering.CN_DUN || style == Numbering.PAREN_CN;
    }
    return false;
  }

  /**
   * Whether the body's first line is a task's sentence (a clause's punctuation in it) and no serial follows before a
   * second such sentence after a units line: rows that carry no serial of their own.
   */
  private static boolean rowsWithoutSerial(List<? extends Block> blocks, int from) {
    String first = FlatCells.nthText(blocks, from, 1);
    if (first == null || !isSentence(first)) {
      return false;
    }
    boolean units = false;
    for (int n = 2; n <= 8; n++) {
      String f = FlatCells.nthText(blocks, from, n);
      if (f == null || Cells.isSerial(f)) {
        return false;
      }
      if (Cells.isUnits(f)) {
        units = true;
      } else if (units && isSentence(f)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the next line with text is a sentence (a task's cell), no column's name. */
  private static boolean nextIsSentence(List<? extends Block> blocks, int from) {
    String next = FlatCells.nthText(blocks, from, 1);
    return next != null && isSentence(next);
  }

  private static boolean isSentence(String folded) {
    return folded.length() >= 12 && Numbering.of(folded).style == Numbering.NONE && Cells.isTask(folded)
        && (folded.indexOf(',') >= 0 || folded.indexOf('。') >= 0 || folded.indexOf(';') >= 0);
  }

  static boolean isKnown(Columns.Name n) {
    return n != null && n != Columns.Name.UNKNOWN;
  }

}
