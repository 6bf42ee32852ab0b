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

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/**
 * A table row with every merged cell expanded: each row knows its full cells, so that columns line up with the
 * header. A merged cell is the same {@link Cell} object in every column and row it covers; {@link #once} gives the
 * row as a reader sees it, each cell spanning columns once.
 */
public final class Row implements Block {
  private ImmutableList<Cell> cells;
  private final int number;
  /** Where the cells are held until first asked for (an HTML page's), and the row's number there; else null. */
  private CellStore store;
  private final int stored;

  public Row(List<Cell> cells, int number) {
    this.cells = ImmutableList.copyOf(cells);
    this.number = number;
    this.stored = -1;
  }

  /** A row whose cells are made from {@code store} when first asked for. */
  Row(CellStore store, int row, int number) {
    this.store = store;
    this.stored = row;
    this.number = number;
  }

  public ImmutableList<Cell> cells() {
    ImmutableList<Cell> c = cells;
    if (c == null) {
      c = ImmutableList.copyOf(store.cells(stored));
      cells = c;
      store = null;
    }
    return c;
  }

  /**
   * The cells with each cell that spans columns kept at its first column only: what joining a row's text needs, as
   * a cell merged across three columns says its text once, not three times.
   */
  public static List<Cell> once(List<Cell> cells) {
    List<Cell> out = null;
    for (int i = 1; i < cells.size(); i++) {
      if (cells.get(i) == cells.get(i - 1)) {
        if (out == null) {
          out = new ArrayList<>(cells.subList(0, i));
        }
      } else if (out != null) {
        out.add(cells.get(i));
      }
    }
    return out == null ? cells : out;
  }

  @Override
  public int number() {
    return number;
  }

  @Override
  public String toString() {
    return number + ": " + cells();
  }
}
