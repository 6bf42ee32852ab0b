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

  /** The rows whose cells are counted to learn how many columns the body has. */
  private static final int ROWS_SEEN = 6;
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
      if (name == null && !cells.isEmpty() && h.length() == 1) {
        // 主 / 要 内 容: a name's first char alone on its line, the rest on the next; one name together
        String next = FlatCells.nthText(blocks, j + 1, 1);
        Columns.Name both = next == null ? null : ColumnNames.name(h + next);
        if (isKnown(both) && !isKnown(ColumnNames.name(next.substring(0, Math.min(1, next.length()))))) {
          int k = j + 1;
          while (((Line) blocks.get(k)).isBlank()) {
            k++;
          }
          cells.add(h + next);
          at.add(j);
          j = k;
          continue;
        }
      }
      if (!isKnown(name) && !cells.isEmpty() && h.length() >= 2 && h.length() <= MAX_BROKEN_HEAD
          && AgencyNames.isName(h)) {
        // 市政府 / 分管领导: a unit's leader's column, its name broken after the unit's (任务量 / 完成时间 are two
        // columns, as are 财政局 / 完成时限 of a table with a column for each unit)
        String next = FlatCells.nthText(blocks, j + 1, 1);
        if (next != null && ColumnNames.name(h + next) == Columns.Name.PERSON) {
          int k = j + 1;
          while (((Line) blocks.get(k)).isBlank()) {
            k++;
          }
          cells.add(h + next);
          at.add(j);
          j = k;
          continue;
        }
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
    int[] widths = rowWidths(blocks, j);
    int period = rowPeriod(widths);
    List<String> header = underTheirParent(joinBrokenNames(cells, period), widths);
    if (period >= 2 && header.size() > period) {
      header = joinToPeriod(header, period);
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
   * Joins a name broken over two lines: two lines of which one is no known name alone, but which are one together;
   * {@code period} is the body's row width ({@link #rowPeriod}), 0 if unknown.
   */
  private static List<String> joinBrokenNames(List<String> cells, int period) {
    // rows as wide as the lines: each line is a column, a fragment before a whole name too (任务量 / 完成时间)
    boolean linesAreColumns = period == cells.size();
    List<String> out = new ArrayList<>(cells.size());
    for (int k = 0; k < cells.size(); k++) {
      String c = cells.get(k);
      if (k + 1 < cells.size()) {
        String joined = c + cells.get(k + 1);
        Columns.Name both = ColumnNames.name(joined);
        // the half that is no name alone is a fragment (责任 / 领导); a word of four, 累计完成, is a column of its own
        // (牵头责任 / 单位: a modifier no name alone, before a bare head noun of two chars)
        // (a name of four or more that is known alone, 完成时间, takes no fragment where the rows are as wide as the
        // lines: 任务量 before it is a column; 区政府 / 分管领导 over rows that say nothing is one name)
        String next = cells.get(k + 1);
        if (both != null && both != Columns.Name.UNKNOWN && (isFragment(c) && !(linesAreColumns && isWhole(next))
            || isFragment(next) && !(linesAreColumns && isWhole(c)) || !isKnown(ColumnNames.name(c)) && next.length() <= 2)) {
          out.add(joined);
          k++;
          continue;
        }
      }
      out.add(c);
    }
    return out;
  }

  /**
   * Whether two words of two chars, each a name alone, are one name broken after its modifier ({@code 项目} / {@code 类别}):
   * together they are a listed name, which reads as its head, the second, does.
   */
  private static boolean isCompound(String first, String second, Columns.Name both) {
    return first.length() == 2 && second.length() == 2 && both == ColumnNames.name(second) && ColumnNames.isListed(first + second);
  }

  /** Whether a header line is a known name of four chars or more: a column's name in full. */
  private static boolean isWhole(String cell) {
    return cell.length() >= 4 && isKnown(ColumnNames.name(cell));
  }

  private static boolean isFragment(String cell) {
    return !isKnown(ColumnNames.name(cell)) && cell.length() <= 3;
  }

  /**
   * The number of cells of each of the body's first rows but the last seen, counted from a row's serial to the next
   * row's ({@code 1} … {@code 2}); empty where the body has no two such rows.
   */
  private static int[] rowWidths(List<? extends Block> blocks, int from) {
    int[] serials = new int[ROWS_SEEN + 1];
    int found = 0;
    int cells = 0;
    int expected = -1;
    for (int k = from; k < blocks.size() && blocks.get(k) instanceof Line && found <= ROWS_SEEN && cells < 160; k++) {
      Line l = (Line) blocks.get(k);
      if (l.isBlank()) {
        continue;
      }
      String f = Fold.trim(l.folded());
      int n = Cells.isSerial(f) ? Cells.serialNumber(f) : -1;
      if (n >= 0 && (expected < 0 || n == expected)) {
        serials[found++] = cells;
        expected = n + 1;
      } else if (found == 0) {
        return new int[0]; // the body starts with no serial
      }
      cells++;
    }
    int[] widths = new int[Math.max(found - 1, 0)];
    for (int r = 1; r < found; r++) {
      widths[r - 1] = serials[r] - serials[r - 1];
    }
    return widths;
  }

  /**
   * The width of the body's rows where every row seen is as long as the first, else 0: a row short of a cell (a
   * merged or empty one) says the header is right. A row's count is evidence of how many columns the header has,
   * whatever its names' lines say.
   */
  private static int rowPeriod(int[] widths) {
    for (int w : widths) {
      if (w != widths[0]) {
        return 0;
      }
    }
    return widths.length == 0 ? 0 : widths[0];
  }

  /**
   * A header of two levels flattened: its first level, a column of units among them ({@code 责任单位}), then the names
   * under that column ({@code 牵头单位} / {@code 配合单位}) — the sub-names take the parent's place where the widest row
   * the serials mark is one cell narrower than the names (a header of one level that names units three ways has rows
   * as wide as its names; a table of one row tells nothing, and is read as one level).
   */
  private static List<String> underTheirParent(List<String> header, int[] widths) {
    int subs = 0;
    while (subs < header.size() && isRole(ColumnNames.name(header.get(header.size() - 1 - subs)))) {
      subs++;
    }
    int widest = 0;
    for (int w : widths) {
      widest = Math.max(widest, w);
    }
    if (subs < 2 || widest != header.size() - 1) {
      return header;
    }
    int parent = -1;
    for (int k = 0; k < header.size() - subs; k++) {
      if (ColumnNames.name(header.get(k)) == Columns.Name.UNITS) {
        if (parent >= 0) {
          return header; // two columns of units above: which the names are under, the header does not say
        }
        parent = k;
      }
    }
    if (parent < 0) {
      return header;
    }
    List<String> out = new ArrayList<>(header.subList(0, parent));
    out.addAll(header.subList(header.size() - subs, header.size()));
    out.addAll(header.subList(parent + 1, header.size() - subs));
    return out;
  }

  private static boolean isRole(Columns.Name name) {
    return name == Columns.Name.LEAD || name == Columns.Name.SUPPORT;
  }

  /**
   * Joins neighbouring header lines into one name until the header has {@code period} names, where a column's name
   * was broken into two that each read as a name ({@code 攻坚目标} / {@code 任务}, {@code 项目} / {@code 类别}); the
   * header with its modifiers joined only, unless every further join made reads as a known name and the count comes
   * out right.
   */
  private static List<String> joinToPeriod(List<String> header, int period) {
    List<String> out = new ArrayList<>(header);
    // 项目 / 类别 over rows narrower than the header: one name broken after its modifier (a column empty in every row
    // may keep the count from coming out right; the rows' width is the evidence the two are one)
    for (int k = 0; k + 1 < out.size() && out.size() > period; k++) {
      Columns.Name both = ColumnNames.name(out.get(k) + out.get(k + 1));
      if (isCompound(out.get(k), out.get(k + 1), both)) {
        out.set(k, out.get(k) + out.remove(k + 1));
      }
    }
    if (out.size() == period) {
      return out;
    }
    List<String> compounds = new ArrayList<>(out);
    while (out.size() > period) {
      int best = -1;
      for (int k = 0; k + 1 < out.size() && best < 0; k++) {
        Columns.Name a = ColumnNames.name(out.get(k));
        Columns.Name both = ColumnNames.name(out.get(k) + out.get(k + 1));
        // the whole reads as its first part does and not as its second (攻坚目标 + 任务 → a target): the second is the
        // end of the first's name, not a column of its own kind
        Columns.Name b = ColumnNames.name(out.get(k + 1));
        if (isKnown(both) && a != Columns.Name.SERIAL && both == a && both != b && !(holdsUnits(a) && holdsUnits(b))) {
          best = k;
        }
      }
      if (best < 0) {
        return compounds;
      }
      out.set(best, out.get(best) + out.remove(best + 1));
    }
    return out;
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
      if (kinds.indexOf(Columns.Kind.SERIAL) == 0 && FlatCells.isHeadingOverHeading(blocks, k, f)) {
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

  /** Whether a name is a units column's: two such are two columns (牵头部门, 配合部门), never one name. */
  private static boolean holdsUnits(Columns.Name n) {
    return n == Columns.Name.UNITS || n == Columns.Name.LEAD || n == Columns.Name.SUPPORT;
  }

  private static boolean isKnown(Columns.Name n) {
    return n != null && n != Columns.Name.UNKNOWN;
  }

}
