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
 * A table copied so that a pipe alone starts each row and every cell is a line of its own that its pipe ends:
 * <pre>
 * |
 * DB42-3-Z-01-2026001 |
 * 鄂湘赣 农村地区“三线”整治规范 |
 * 湖北省农业农村厅 |
 * </pre>
 * Each such row is one line of cells apart by pipes again, as {@link Tables} reads rows written so; a line with no
 * pipe inside a row is the wrapped start of the cell the next pipe ends. The mirror of {@link PipeLedRows}; found
 * only where two rows so started follow each other at least.
 */
final class PipeTrailedRows {

  /** The fewest rows started by a lone pipe for the text to be read so. */
  private static final int ROWS = 2;
  /** The most lines of one row. */
  private static final int MAX_ROW = 40;

  private PipeTrailedRows() {}

  static List<? extends Block> join(List<? extends Block> blocks) {
    int starts = 0;
    for (int i = 0; i + 1 < blocks.size() && starts < ROWS; i++) {
      if (PipeLedRows.isLonePipe(blocks.get(i)) && isPipeTrailed(blocks.get(i + 1))) {
        if (starts == 0 && i > 0 && isPipeTrailed(blocks.get(i - 1))) {
          // 序号 | / … / 停车办 | / |: the first lone pipe ends a row, the header's and the first row's cells run on
          // before it, a table flattened a cell a line that FlatTables reads by its header
          return blocks;
        }
        starts++;
      }
    }
    if (starts < ROWS) {
      return blocks; // nearly every document: no row starts with a pipe alone before a cell its pipe ends
    }
    // 市发改委 | ||: rows that a run of pipes closes, the empty cells at their end; a pipe alone inside such a row is an
    // empty cell of its own, no row's start
    boolean closed = closingLines(blocks) >= ROWS;
    List<Block> out = new ArrayList<>(blocks.size());
    int i = 0;
    while (i < blocks.size()) {
      if (!(PipeLedRows.isLonePipe(blocks.get(i)) && i + 1 < blocks.size() && isPipeTrailed(blocks.get(i + 1)))) {
        out.add(blocks.get(i));
        i++;
        continue;
      }
      List<String> cells = new ArrayList<>();
      StringBuilder wrapped = new StringBuilder();
      int last = i;
      int k = i + 1;
      for (; k < blocks.size() && k - i <= MAX_ROW; k++) {
        Block b = blocks.get(k);
        if (closed && PipeLedRows.isLonePipe(b)) {
          cells.add(wrapped.toString());
          wrapped.setLength(0);
          last = k;
          continue;
        }
        if (!(b instanceof Line) || ((Line) b).isBlank() || PipeLedRows.isLonePipe(b)) {
          break;
        }
        String t = Fold.trim(((Line) b).text());
        int close = closed ? closingPipe(Fold.trim(((Line) b).folded())) : -1;
        if (close >= 0) {
          wrapped.append(Fold.trim(t.substring(0, Math.min(close, t.length()))));
          cells.add(wrapped.toString());
          wrapped.setLength(0);
          last = k;
          k++;
          break;
        }
        if (isPipeTrailed(b)) {
          wrapped.append(Fold.trim(t.substring(0, t.length() - 1)));
          cells.add(wrapped.toString());
          wrapped.setLength(0);
          last = k;
        } else if (((Line) b).foldedContains('|', false)) {
          return blocks; // 2. | / ||||| : empty cells written as pipes alone, a table FlatTables reads as it is
        } else {
          wrapped.append(t);
        }
      }
      boolean textEnds = k == blocks.size() || blocks.get(k) instanceof Line && ((Line) blocks.get(k)).isBlank();
      if (wrapped.length() > 0 && textEnds) {
        // 6 | / … / 改造小江初中现有教学楼…,: the page cut inside the last row's cell, its words still the row's
        cells.add(wrapped.toString());
        last = k - 1;
      }
      out.add(new Line(((Line) blocks.get(i + 1)).number(), "| " + String.join(" | ", cells) + " |"));
      i = last + 1;
    }
    return out;
  }

  /**
   * How many lines close a row with a cell's text and a run of pipes ({@link #closingPipe}): a table padded with
   * lines of pipes alone ({@code ||}) between its rows is not of this kind.
   */
  private static int closingLines(List<? extends Block> blocks) {
    int n = 0;
    for (Block b : blocks) {
      if (b instanceof Line && closingPipe(Fold.trim(((Line) b).folded())) > 0) {
        n++;
      }
    }
    return n;
  }

  /**
   * Where the pipe is that ends a row's last cell, where a line is that cell's text (or nothing), its pipe and a run
   * of one pipe or more after it, spaces between ({@code 市发改委 | ||}, {@code | |||}); -1 for any other line.
   */
  private static int closingPipe(String f) {
    int e = Fold.trimEnd(f, 0, f.length());
    int pipes = 0;
    int k = e;
    while (k > 0 && (f.charAt(k - 1) == '|' || Fold.isSpace(f.charAt(k - 1)))) {
      k--;
      pipes += f.charAt(k) == '|' ? 1 : 0;
    }
    if (pipes < 2) {
      return -1;
    }
    int first = f.indexOf('|', k);
    // (the text before holds no pipe: a cell's text, not a row written on one line)
    return f.lastIndexOf('|', Math.max(0, k - 1)) < 0 || k == 0 ? first : -1;
  }

  /** Whether a block is a line of text that a pipe ends, with no other pipe ({@code 湖北省农业农村厅 |}). */
  private static boolean isPipeTrailed(Block b) {
    if (!(b instanceof Line)) {
      return false;
    }
    String f = ((Line) b).folded();
    int e = Fold.trimEnd(f, 0, f.length());
    if (e < 2 || f.charAt(e - 1) != '|') {
      return false;
    }
    int t = Fold.trimEnd(f, 0, e - 1);
    return t > 0 && f.lastIndexOf('|', t - 1) < 0;
  }
}
