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

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A row of a table copied as text, its cells apart by runs of spaces or by one ideographic space: whatever the cells
 * (with single spaces inside them) and the gaps, the row cuts back into its cells.
 */
class SpacedCellsProperties {

  @Provide
  Arbitrary<List<String>> cells() {
    Arbitrary<String> cell = Arbitraries.strings().withChars("市教育局1所a").ofMinLength(1).ofMaxLength(6)
        .list().ofMinSize(1).ofMaxSize(3).map(words -> String.join(" ", words));
    return cell.list().ofMinSize(1).ofMaxSize(6);
  }

  @Provide
  Arbitrary<String> gaps() {
    return Arbitraries.of("  ", "   ", "\u3000", "\u3000\u3000", " \u3000", "\u00a0\u00a0", "      ");
  }

  @Property(tries = 1000)
  void aRowCutsBackIntoItsCells(@ForAll("cells") List<String> cells, @ForAll("gaps") String gap,
      @ForAll("gaps") String indent) {
    String row = indent + String.join(gap, cells) + gap;
    assertEquals(cells, TextCells.spacedCells(row, 0, row.length()));
  }
}
