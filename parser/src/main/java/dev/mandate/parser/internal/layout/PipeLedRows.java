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
 * A table copied so that each cell after a row's first starts a line with its pipe, and a pipe alone ends the row:
 * <pre>
 * 1.2在学校门口设置公益广告;
 * | 党委宣传部
 * | 8月28日
 * |
 * </pre>
 * A cell may run over lines of its own (a unit a line). Each such row is one line of cells apart by pipes again, as
 * {@link Tables} reads rows written so; the lines of one cell are joined by a space (a list of units stays a list).
 * Found only where the text has two rows so ended at least, each with a cell led by its pipe.
 */
final class PipeLedRows {

  /** The fewest rows ended by a lone pipe for the text to be read so. */
  private static final int ROWS = 2;
  /** The most lines of one row. */
  private static final int MAX_ROW = 40;
  /** The most lines of a row's first cell before its first pipe-led cell. */
  private static final int MAX_FIRST_CELL = 12;

  private PipeLedRows() {}

  static List<? extends Block> join(List<? extends Block> blocks) {
    int ends = 0;
    for (int i = 1; i < blocks.size() && ends < ROWS; i++) {
      if (isLonePipe(blocks.get(i)) && isPipeLed(lastWithText(blocks, i))) {
        ends++;
      }
    }
    if (ends < ROWS) {
      return blocks; // nearly every document: no row ends in a pipe alone after a cell its pipe leads
    }
    List<Block> out = new ArrayList<>(blocks.size());
    int i = 0;
    while (i < blocks.size()) {
      int first = firstRowStart(blocks, i);
      if (first < 0) {
        out.addAll(blocks.subList(i, blocks.size()));
        break;
      }
      out.addAll(blocks.subList(i, first));
      // the table: rows one after the other, each ended by its pipe alone (the last perhaps by the text's end), from
      // the header's line on; a row after the first may start with a cell its pipe leads (its first cell merged away)
      int k = first;
      int end;
      while (k < blocks.size() && (end = rowEnd(blocks, k, k > first)) >= 0) {
        out.add(row(blocks, k, Math.min(end, blocks.size())));
        k = end + 1;
        while (k < blocks.size() && blocks.get(k) instanceof Line && ((Line) blocks.get(k)).isBlank()) {
          k++;
        }
      }
      i = Math.min(k, blocks.size());
    }
    return out;
  }

  /** The lines {@code [from, end)} of a row as one line of cells apart by pipes. */
  private static Line row(List<? extends Block> blocks, int from, int end) {
    StringBuilder row = new StringBuilder();
    boolean led = false;
    for (int k = from; k < end; k++) {
      Line l = (Line) blocks.get(k);
      if (l.isBlank()) {
        continue;
      }
      String t = Fold.trim(l.text());
      if (Fold.fold(t.charAt(0)) == '|') {
        row.append(" | ").append(Fold.trim(t.substring(1)));
        led = true;
      } else {
        // a cell's lines are a sentence wrapped (joined as they are), or names one a line (a space between them)
        row.append(led && Cells.isUnits(Fold.fold(t)) ? " " : "").append(t);
      }
    }
    // a row of one cell is written between pipes with an empty cell after it: a row still, not a cell of a table
    // flattened a cell a line (LayoutReader takes the pipes around one cell away)
    String line = !led ? "| " + row + " | |" : row.charAt(0) == ' ' ? "|" + row + " |" : row + " |";
    return new Line(((Line) blocks.get(from)).number(), line);
  }

  /**
   * Where the first row at or after {@code from} starts: the line with text right before a pipe-led line whose row a
   * pipe alone ends; -1 if there is none.
   */
  private static int firstRowStart(List<? extends Block> blocks, int from) {
    for (int k = from + 1; k < blocks.size(); k++) {
      if (isPipeLed(blocks.get(k))) {
        int start = k - 1;
        while (start >= from && blocks.get(start) instanceof Line && ((Line) blocks.get(start)).isBlank()) {
          start--;
        }
        if (start >= from && blocks.get(start) instanceof Line && !isPipeLed(blocks.get(start))
            && !isLonePipe(blocks.get(start)) && rowEnd(blocks, start, false) >= 0) {
          return start;
        }
      }
    }
    return -1;
  }

  /**
   * The index of the lone pipe that ends a row starting at {@code i} — lines of its first cell (a few), cells led by
   * their pipe, then the pipe alone — or the blocks' size where the text ends in such a row's cells; -1 if the lines
   * from {@code i} are no such row. {@code inTable}: a row may start with a cell its pipe leads.
   */
  private static int rowEnd(List<? extends Block> blocks, int i, boolean inTable) {
    if (!(blocks.get(i) instanceof Line) || ((Line) blocks.get(i)).isBlank() || isLonePipe(blocks.get(i))
        || isPipeLed(blocks.get(i)) && !inTable) {
      return -1;
    }
    int led = -1;
    for (int k = i; k < blocks.size() && k - i <= MAX_ROW; k++) {
      Block b = blocks.get(k);
      if (!(b instanceof Line)) {
        return -1;
      }
      if (isLonePipe(b)) {
        // (a row of one cell has a line or two; prose before a table's next row is no row of this one)
        return led >= 0 || k - i <= 2 ? k : -1;
      }
      if (isPipeLed(b)) {
        led = led < 0 ? k : led;
      } else if (led < 0 && (k - i >= MAX_FIRST_CELL
          || inTable && k > i && isKnownName(b) && k + 1 < blocks.size() && isPipeLed(blocks.get(k + 1)))) {
        // (二、卫生领域 / (一)… / 序号 / | 工作任务: lines after the table, then the next table's header)
        return -1;
      }
    }
    return led >= 0 && blocks.size() - i <= MAX_ROW ? blocks.size() : -1;
  }

  private static Block lastWithText(List<? extends Block> blocks, int i) {
    for (int k = i - 1; k >= 0; k--) {
      if (blocks.get(k) instanceof Line && !((Line) blocks.get(k)).isBlank() && !isLonePipe(blocks.get(k))) {
        return blocks.get(k);
      }
    }
    return null;
  }

  /** Whether a block is a line that starts with a pipe and has text after it ({@code | 党委宣传部}). */
  private static boolean isPipeLed(Block b) {
    if (!(b instanceof Line)) {
      return false;
    }
    String f = ((Line) b).folded();
    int s = Fold.trimStart(f, 0, f.length());
    if (s >= f.length() || f.charAt(s) != '|') {
      return false;
    }
    int t = Fold.trimStart(f, s + 1, f.length());
    return t < f.length() && f.charAt(t) != '|' && f.indexOf('|', t) < 0;
  }

  /** Whether a block is a line that is a known column's name ({@code 序号}, {@code 工作任务}). */
  private static boolean isKnownName(Block b) {
    Columns.Name n = ColumnNames.name(Fold.trim(((Line) b).folded()));
    return n != null && n != Columns.Name.UNKNOWN;
  }

  /** Whether a block is a line of a pipe alone (also where {@link PipeTrailedRows} starts its rows). */
  static boolean isLonePipe(Block b) {
    if (!(b instanceof Line)) {
      return false;
    }
    String f = Fold.trim(((Line) b).folded());
    return f.equals("|");
  }
}
