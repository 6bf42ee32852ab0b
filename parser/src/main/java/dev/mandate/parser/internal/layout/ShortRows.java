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

import dev.mandate.parser.internal.text.Fold;
import java.util.List;

/**
 * Where the cells of a pipe row that lost merged cells stand under its header, for {@link Tables}: how far a row that
 * lost its merged leading cells (序号, a category) moves right, and which column each cell of a row short of a merged
 * cell after its serial goes to. The merged cells themselves were left out of the text; only the row's own remain.
 */
final class ShortRows {

  private ShortRows() {}

  /** 0, 1 or 2: how far a row that lost merged leading cells must move right to fit its header. */
  static int bestShift(List<Columns.Kind> header, List<String> texts) {
    int task = header.lastIndexOf(Columns.Kind.TASK);
    int best = 0;
    int bestScore = -1;
    for (int shift = 0; shift <= 2 && shift < header.size(); shift++) {
      int score = 0;
      for (int c = 0; c < header.size(); c++) {
        int i = c - shift;
        String cell = i >= 0 && i < texts.size() ? Fold.fold(texts.get(i)) : "";
        Columns.Kind kind = header.get(c);
        if (c == task && !cell.isEmpty() && !Cells.isUnits(cell) && !Cells.isDeadline(cell)) {
          score += 2;
        } else if (kind.holdsUnits() && (cell.isEmpty() || Cells.isUnits(cell) || wrappedUnits(cell))) {
          score += cell.isEmpty() ? 1 : 2;
        } else if (kind == Columns.Kind.SERIAL && (cell.isEmpty() || Cells.isSerial(cell))) {
          score += 1;
        } else if (kind == Columns.Kind.DEADLINE && (cell.isEmpty() || Cells.isDeadline(cell))) {
          score += cell.isEmpty() ? 1 : 2;
        }
      }
      if (score > bestScore) {
        best = shift;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * Whether a cell is a unit's name broken by a space where the page wrapped it ({@code 市经济和 信息化委},
   * {@code 市文化广电 新闻出版局}): the name without its spaces.
   */
  private static boolean wrappedUnits(String cell) {
    if (cell.indexOf(' ') < 0) {
      return false;
    }
    return Cells.isUnits(ColumnNames.compact(cell));
  }

  /**
   * The columns a row's cells stand in, where the row is short of the header's width and its cells as they stand
   * put units where no units column is: each cell keeps its order and goes to the column that fits it best (a task
   * to the task's, units to a units column, a date to the deadline's), the columns passed over being cells merged
   * from the row above ({@code 2 | 开展农村厕所改造 | 县农业农村局 | 2023年10月} under 序号 | 工作任务 | 工作目标 | 责任单位
   * | 完成时限); null where the cells stand where they are, or no placing puts the units in a units column.
   */
  static int[] alignByCells(List<Columns.Kind> header, List<String> texts) {
    int n = texts.size();
    int m = header.size();
    if (n == 0 || n >= m) {
      return null;
    }
    // what each cell is, read once: the placing below asks of every cell in every column
    Holds[] cells = new Holds[n];
    boolean misplaced = false;
    int task = header.indexOf(Columns.Kind.TASK);
    // (words in the units column move only a row whose cells fall short of the task's column: | 2 | 业务流程风险 | 高 |
    // 加强… |; a row with its task in place and 同上 or 全体干部职工 for units keeps its cells)
    boolean shortOfTask = task >= n;
    for (int i = 0; i < n; i++) {
      cells[i] = Holds.of(texts.get(i));
      // (or words where the units column is: 2 | 业务流程风险 | …, its merged units cell left out before them; not a
      // list the page's end cut, 区财政局、区)
      misplaced |= cells[i] == Holds.UNITS && !header.get(i).holdsUnits()
          || shortOfTask && cells[i] == Holds.WORDS && header.get(i).holdsUnits()
              && !Cells.startsWithUnit(Fold.fold(texts.get(i)));
    }
    if (!misplaced) {
      return null;
    }
    // best[i][j]: the best score of the first i cells in the first j columns, each cell in a column of its own
    int[][] best = new int[n + 1][m + 1];
    for (int i = 1; i <= n; i++) {
      for (int j = 0; j < i; j++) {
        best[i][j] = Integer.MIN_VALUE / 2;
      }
      for (int j = i; j <= m; j++) {
        int placed = best[i - 1][j - 1] + cells[i - 1].fit(header.get(j - 1));
        best[i][j] = j - 1 >= i ? Math.max(placed, best[i][j - 1]) : placed;
      }
    }
    int[] at = new int[n];
    int j = m;
    for (int i = n; i >= 1; i--) {
      while (j > i && best[i][j] == best[i][j - 1]) {
        j--; // the leftmost column that reaches the best: the cells lean left, merged cells after them
      }
      at[i - 1] = j - 1;
      j--;
    }
    int stay = 0;
    for (int i = 0; i < n; i++) {
      stay += cells[i].fit(header.get(i));
      if (cells[i] == Holds.UNITS && !header.get(at[i]).holdsUnits()) {
        return null;
      }
    }
    return best[n][m] > stay ? at : null;
  }

  /** What a row's cell holds, as far as placing it in a column goes. */
  private enum Holds {
    EMPTY, SERIAL, UNITS, DATE, WORDS;

    static Holds of(String text) {
      String f = Fold.trim(Fold.fold(text));
      return f.isEmpty() ? EMPTY : Cells.isUnits(f) ? UNITS : Cells.isDeadline(f) ? DATE : Cells.isSerial(f) ? SERIAL
          : WORDS;
    }

    /** How well the cell fits a column of a kind: a serial, a task, units, a date where their columns are. */
    int fit(Columns.Kind kind) {
      if (this == EMPTY) {
        return 0;
      }
      if (kind == Columns.Kind.SERIAL) {
        return this == SERIAL ? 2 : -3;
      }
      if (kind == Columns.Kind.TASK) {
        return this == WORDS ? 2 : -3;
      }
      if (kind.holdsUnits()) {
        return this == UNITS ? 3 : -3;
      }
      if (kind == Columns.Kind.DEADLINE) {
        return this == DATE ? 2 : -2;
      }
      return this == UNITS ? -2 : this == DATE ? -1 : 0;
    }
  }
}
