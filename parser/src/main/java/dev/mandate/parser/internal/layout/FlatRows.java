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
 * What the row a {@link FlatTable} is filling holds so far (its cells by column, null before the first row): whether
 * it has its units, what its last cell was, where it has text. The table decides by them where a line goes.
 */
final class FlatRows {

  private FlatRows() {}

  /** Whether the last cell placed in the row is a figure (1100 before 1063: a figure beside a figure). */
  static boolean lastIsFigure(List<StringBuilder> cells, int lastPlaced) {
    if (cells == null || lastPlaced < 0 || lastPlaced >= cells.size() || cells.get(lastPlaced).length() == 0) {
      return false;
    }
    String f = Fold.trim(Fold.fold(cells.get(lastPlaced).toString()));
    return Cells.isFigure(f) || Cells.isShortValue(f) || Cells.isSerial(f);
  }

  /**
   * Whether the row read so far can take a serial its header does not name: it has its units (the serial opens the
   * next row), or only a task cell that a category column before it may hold instead.
   */
  static boolean unnamedSerial(List<StringBuilder> cells, List<Columns.Kind> columns, int taskColumn, int lastPlaced) {
    if (taskColumn < 0) {
      return false;
    }
    if (hasUnits(cells, columns)) {
      return true;
    }
    int section = columns.subList(0, taskColumn).lastIndexOf(Columns.Kind.SECTION);
    if (section < 0 || lastPlaced != taskColumn && lastPlaced != section) {
      return false;
    }
    for (int c = 0; c < cells.size(); c++) {
      if (c != lastPlaced && cells.get(c).length() > 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether the row being read has a units cell filled (a row that may be complete). */
  static boolean hasUnits(List<StringBuilder> cells, List<Columns.Kind> columns) {
    if (cells == null) {
      return true;
    }
    for (int c = 0; c < columns.size(); c++) {
      if (columns.get(c).holdsUnits() && cells.get(c).length() > 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether the row being read holds text only in columns before {@code column} (or is none). */
  static boolean onlyBefore(List<StringBuilder> cells, int column) {
    if (cells == null) {
      return false;
    }
    for (int c = column; c < cells.size(); c++) {
      if (cells.get(c).length() > 0) {
        return false;
      }
    }
    return true;
  }
}
