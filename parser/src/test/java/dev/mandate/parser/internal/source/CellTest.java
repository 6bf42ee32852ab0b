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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CellTest {

  @Test
  void aCellWithTypeButNoBoldStillHasTypeAndReadsAsNotBold() {
    Cell none = new Cell("市教育局", new boolean[4], true);
    assertTrue(none.hasType());
    assertArrayEquals(new boolean[2], none.bold(1, 3));
    assertArrayEquals(new boolean[0], none.bold(4, 4));
    assertThrows(ArrayIndexOutOfBoundsException.class, () -> none.bold(5, 6));
    assertThrows(IllegalArgumentException.class, () -> none.bold(3, 2));

    Cell some = new Cell("市教育局", new boolean[] {false, true, true, false});
    assertArrayEquals(new boolean[] {true, true}, some.bold(1, 3));

    Cell plain = Cell.plain("市教育局");
    assertFalse(plain.hasType());
    assertNull(plain.bold(0, 4));
  }
}
