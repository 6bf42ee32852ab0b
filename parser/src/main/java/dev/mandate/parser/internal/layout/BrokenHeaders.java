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
 * A table's header the copy broke over lines, a few of its names on each with a pipe after them, its rows whole:
 * <pre>
 * 序号 | 乡镇 (单位名称) |
 * 村名 | 项目 名称 |
 * 项目 类别 |
 * 项目建设 内容 |
 * 1 | 柏祥镇 | 柏祥村 | … |
 * </pre>
 * Read as the one line of names it was, where the names joined are a header (a task's column and a units column) and
 * a line of more cells than any of its lines follows.
 */
final class BrokenHeaders {

  /** The most names on one line of a broken header. */
  private static final int MAX_NAMES = 3;
  /** The most lines of one broken header. */
  private static final int MAX_LINES = 12;

  private BrokenHeaders() {}

  static List<? extends Block> join(List<? extends Block> blocks) {
    List<Block> out = null;
    int copied = 0; // blocks before this index are in out
    for (int i = 0; i + 1 < blocks.size(); i++) {
      if (!endsWithPipe(blocks.get(i)) || !endsWithPipe(blocks.get(i + 1))) {
        continue; // nearly every line: two lines in a row that end in a pipe are a header's pieces or a table's rows
      }
      List<String> names = new ArrayList<>();
      int k = i;
      while (k < blocks.size() && k - i < MAX_LINES && endsWithPipe(blocks.get(k)) && piece((Line) blocks.get(k), names)) {
        k++;
      }
      if (k - i < 2 || cells(nextWithCells(blocks, k)) <= MAX_NAMES || Columns.header(names) == null
          || Columns.header(firstLine(blocks.get(i))) != null) {
        continue; // (a first line that is a header alone is one, its rows after it)
      }
      if (out == null) {
        out = new ArrayList<>(blocks.size());
      }
      out.addAll(blocks.subList(copied, i));
      out.add(new Line(((Line) blocks.get(i)).number(), String.join(" | ", names) + " |"));
      copied = k;
      i = k - 1;
    }
    if (out == null) {
      return blocks;
    }
    out.addAll(blocks.subList(copied, blocks.size()));
    return out;
  }

  /** Whether a block is a line whose text ends in a pipe. */
  private static boolean endsWithPipe(Block b) {
    if (!(b instanceof Line)) {
      return false;
    }
    String f = ((Line) b).folded();
    int e = Fold.trimEnd(f, 0, f.length());
    return e > 0 && f.charAt(e - 1) == '|';
  }

  /**
   * Adds the names of a line that is a piece of a broken header to {@code names}: one to {@link #MAX_NAMES} cells,
   * each a column's name or a short word of no known name (no serial, date or sentence), no empty cell between them;
   * false, adding nothing, for any other line.
   */
  private static boolean piece(Line line, List<String> names) {
    String f = line.folded();
    String t = line.text();
    List<String> found = new ArrayList<>(MAX_NAMES);
    int from = 0;
    int end = Fold.trimEnd(f, 0, f.length());
    while (from < end) {
      int bar = f.indexOf('|', from);
      int to = bar < 0 || bar > end ? end : bar;
      int b = Fold.trimStart(f, from, to);
      int e = Fold.trimEnd(f, b, to);
      if (b == e) {
        if (from > 0) {
          return false; // an empty cell between names: a row's, no header's
        }
      } else {
        String cell = f.substring(b, e);
        if (found.size() == MAX_NAMES || ColumnNames.name(cell) == null || Cells.isSerial(cell)
            || Cells.isDeadline(cell) || AgencyNames.isName(cell)) {
          return false; // (a unit's name is a row's cell)
        }
        found.add(t.substring(b, e));
      }
      from = to + 1;
    }
    if (found.isEmpty()) {
      return false;
    }
    names.addAll(found);
    return true;
  }

  /** The names of a line of a broken header, or none. */
  private static List<String> firstLine(Block b) {
    List<String> names = new ArrayList<>(MAX_NAMES);
    piece((Line) b, names);
    return names;
  }

  /** The first block from {@code k} on that is no blank line and no line of pipes alone ({@code |||}), or null. */
  private static Block nextWithCells(List<? extends Block> blocks, int k) {
    for (int j = k; j < blocks.size() && j - k <= 2; j++) {
      Block b = blocks.get(j);
      if (!(b instanceof Line)) {
        return b;
      }
      String f = ((Line) b).folded();
      for (int c = 0; c < f.length(); c++) {
        if (f.charAt(c) != '|' && !Fold.isSpace(f.charAt(c))) {
          return b;
        }
      }
    }
    return null;
  }

  /** The number of pipes in a line: its cells, about. */
  private static int cells(Block b) {
    if (!(b instanceof Line)) { // (null too: no line follows)
      return 0;
    }
    String f = ((Line) b).folded();
    int n = 0;
    for (int k = f.indexOf('|'); k >= 0; k = f.indexOf('|', k + 1)) {
      n++;
    }
    return n;
  }
}
