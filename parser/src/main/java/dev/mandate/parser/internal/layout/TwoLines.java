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
import java.util.List;

/**
 * Whether a document has two lines at least of one shape, asked once a document: two units' names with their colons
 * alone over their lists ({@code 交通部门:} / {@code 1.负责…}) head each its unit's list, where one alone may be a report's
 * addressee; two units' labels whose duties are counted in words ({@code 交通部门:一是负责…}) hand out duties unit by
 * unit, where one alone counts one task's steps.
 */
final class TwoLines {

  /** Whether line {@code l}, block {@code k} of {@code blocks}, has the shape. */
  interface Shape {
    boolean test(List<? extends Block> blocks, int k, Line l);
  }

  private final Shape shape;
  /** The blocks {@link #found} answers for: a document's. */
  private List<? extends Block> of;
  private boolean found;

  TwoLines(Shape shape) {
    this.shape = shape;
  }

  boolean in(List<? extends Block> blocks) {
    if (of != blocks) {
      of = blocks;
      int seen = 0;
      for (int k = 0; k < blocks.size() && seen < 2; k++) {
        if (blocks.get(k) instanceof Line l && shape.test(blocks, k, l)) {
          seen++;
        }
      }
      found = seen >= 2;
    }
    return found;
  }
}
