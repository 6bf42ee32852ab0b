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
package dev.mandate.parser.internal.source;

import java.util.List;

/**
 * Counts the table cells a reader produces, and the text they hold, and stops the reader at the configured limits.
 * Both count a merged cell once per row and column it covers: that is the work the layout stage does with it, and a
 * page of a few hundred kilobytes whose long cell spans a hundred columns and a thousand rows would otherwise have
 * it read that text a hundred thousand times. Not thread-safe: one per read.
 */
public final class CellBudget {
  private final int maxCells;
  private final long maxChars;
  private long cells;
  private long chars;
  private long placedCells;
  private long placedChars;

  /**
   * @param maxCells the most cells, all tables together
   * @param maxChars the most chars of cell text, all tables together, merged cells counted in every place they cover
   */
  public CellBudget(int maxCells, long maxChars) {
    this.maxCells = maxCells;
    this.maxChars = maxChars;
  }

  /** No limit: for readers used on their own, in tests and tools. */
  public static CellBudget unlimited() {
    return new CellBudget(Integer.MAX_VALUE, Long.MAX_VALUE);
  }

  /**
   * Takes a cell placed {@code times} times in a grid before its rows are read (an Excel sheet's cells, and a merged
   * region's cell in each place it covers), counted apart from the rows read from the grid; throws
   * {@link LimitExceeded} past either limit.
   */
  public void place(Cell cell, long times) {
    placedCells += times;
    placedChars += times * cell.text().length();
    if (placedCells > maxCells) {
      throw tooManyCells();
    }
    if (placedChars > maxChars) {
      throw tooMuchText();
    }
  }

  /** Takes a row's cells; throws {@link LimitExceeded} past either limit. */
  public void take(List<Cell> row) {
    cells += row.size();
    if (cells > maxCells) {
      throw tooManyCells();
    }
    for (Cell c : row) {
      chars += c.text().length();
    }
    if (chars > maxChars) {
      throw tooMuchText();
    }
  }

  /** Takes a row of {@code count} cells holding {@code textChars} chars in all, as {@link #take(List)} does. */
  void take(int count, long textChars) {
    cells += count;
    if (cells > maxCells) {
      throw tooManyCells();
    }
    chars += textChars;
    if (chars > maxChars) {
      throw tooMuchText();
    }
  }

  private LimitExceeded tooManyCells() {
    return new LimitExceeded("its tables have more than " + maxCells + " cells (raise the limit with "
        + "MandateParser.builder().maxTableCells(n))");
  }

  private LimitExceeded tooMuchText() {
    return new LimitExceeded("its tables' text, merged cells repeated in every row and column they cover, is "
        + "longer than " + maxChars + " chars (raise the limit with MandateParser.builder().maxTableText(n))");
  }
}
