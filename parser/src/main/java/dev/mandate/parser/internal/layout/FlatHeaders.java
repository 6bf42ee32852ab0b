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
import java.util.ArrayList;
import java.util.List;

/**
 * The shape of a flattened table's header (see {@link FlatTables}): its names broken over lines joined, the width of
 * the rows below it, and a second level of names under the columns that span it.
 */
final class FlatHeaders {

  /** The rows whose cells are counted to learn how many columns the body has. */
  private static final int ROWS_SEEN = 6;

  private FlatHeaders() {}

  /**
   * Joins a name broken over two lines: two lines of which one is no known name alone, but which are one together;
   * {@code period} is the body's row width ({@link #rowPeriod}), 0 if unknown.
   */
  static List<String> joinBrokenNames(List<String> cells, int period) {
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
            || isFragment(next) && !(linesAreColumns && isWhole(c)) || !FlatTables.isKnown(ColumnNames.name(c)) && next.length() <= 2)) {
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
    return cell.length() >= 4 && FlatTables.isKnown(ColumnNames.name(cell));
  }

  private static boolean isFragment(String cell) {
    return !FlatTables.isKnown(ColumnNames.name(cell)) && cell.length() <= 3;
  }

  /**
   * The number of cells of each of the body's first rows but the last seen, counted from a row's serial to the next
   * row's ({@code 1} … {@code 2}); empty where the body has no two such rows.
   */
  static int[] rowWidths(List<? extends Block> blocks, int from) {
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
  static int rowPeriod(int[] widths) {
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
  static List<String> underTheirParent(List<String> header, int[] widths) {
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
  static List<String> joinToPeriod(List<String> header, int period) {
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
        if (FlatTables.isKnown(both) && a != Columns.Name.SERIAL && both == a && both != b && !(holdsUnits(a) && holdsUnits(b))) {
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

  /** Whether a name is a units column's: two such are two columns (牵头部门, 配合部门), never one name. */
  private static boolean holdsUnits(Columns.Name n) {
    return n == Columns.Name.UNITS || n == Columns.Name.LEAD || n == Columns.Name.SUPPORT;
  }
}
