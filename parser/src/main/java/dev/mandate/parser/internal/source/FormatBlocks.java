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

import dev.mandate.parser.formats.DocumentSink;
import dev.mandate.parser.formats.SourceCell;
import java.util.ArrayList;
import java.util.List;

/** The blocks a {@link dev.mandate.parser.formats.FormatReader} reports, counted against the table limits. */
final class FormatBlocks implements DocumentSink {
  private final List<Block> blocks = new ArrayList<>();
  private final CellBudget budget;

  FormatBlocks(CellBudget budget) {
    this.budget = budget;
  }

  @Override
  public void paragraph(String text) {
    // a paragraph may hold line breaks (a PDF's lines, a Word line break): each line is a line of the document
    for (String line : text.split("\\R", -1)) {
      blocks.add(new Line(blocks.size() + 1, line));
    }
  }

  @Override
  public void row(List<SourceCell> cells) {
    List<Cell> row = new ArrayList<>(cells.size());
    for (SourceCell c : cells) {
      String t = c.text();
      boolean[] bold = new boolean[t.length()];
      for (int i = 0; i < bold.length; i++) {
        bold[i] = c.isBold(i);
      }
      row.add(new Cell(t, bold, true)); // made here and kept by no one else: no copy
    }
    budget.take(row);
    blocks.add(new Row(row, blocks.size() + 1));
  }

  List<Block> blocks() {
    return blocks;
  }
}
