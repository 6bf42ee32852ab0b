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

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An HTML page's blocks in reading order, as the layout stage reads them: its lines held as they are, its table rows
 * as numbers in the page's {@link CellStore}, each a {@link Row} made when asked for, its cells made when the row's
 * are first asked for (as a text's lines are views made when asked for, see {@link Lines}). So a page's rows take
 * the room of their text while the layout stage reads them, not that of objects per cell. Blocks are numbered by
 * their place, from 1. Read-only once read.
 */
final class HtmlBlocks extends AbstractList<Block> implements RandomAccess {
  private final CellStore store;
  private final List<Line> lines = new ArrayList<>();
  /** Each block: a row's number in the store (0 and up), or a line's place in {@link #lines} as -1 - place. */
  private int[] blocks = new int[64];
  private int size;

  HtmlBlocks(CellStore store) {
    this.store = store;
  }

  /** Adds a line of text. */
  void line(String text) {
    lines.add(new Line(size + 1, text));
    add(-lines.size());
  }

  /** Adds a row of the store. */
  void row(int row) {
    add(row);
  }

  private void add(int block) {
    if (size == blocks.length) {
      blocks = Arrays.copyOf(blocks, size * 2);
    }
    blocks[size++] = block;
  }

  @Override
  public Block get(int index) {
    Objects.checkIndex(index, size);
    int b = blocks[index];
    return b < 0 ? lines.get(-1 - b) : new Row(store, b, index + 1);
  }

  @Override
  public int size() {
    return size;
  }
}
