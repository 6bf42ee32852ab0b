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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PiecesReaderTest {

  @Test
  void readsThePiecesAsOneTextWhateverTheBufferSize() throws IOException {
    List<String> pieces = List.of("具体措施:\n", "", "新建学校48所\n", "责任单位:市教育局");
    String whole = String.join("", pieces);
    for (int size = 1; size <= whole.length() + 1; size++) {
      List<String> given = new ArrayList<>(pieces);
      PiecesReader r = new PiecesReader(given);
      StringBuilder out = new StringBuilder();
      char[] buf = new char[size];
      int n;
      while ((n = r.read(buf, 0, size)) >= 0) {
        out.append(buf, 0, n);
      }
      assertEquals(whole, out.toString(), "buffer of " + size);
      assertEquals(-1, r.read(buf, 0, size), "stays at the end");
      // read pieces are let go: the text is not held while what was read from it is built
      assertEquals(Collections.nCopies(pieces.size(), null), given, "buffer of " + size);
    }
    assertEquals(0, new PiecesReader(new ArrayList<>(pieces)).read(new char[4], 2, 0));
    assertThrows(IndexOutOfBoundsException.class,
        () -> new PiecesReader(new ArrayList<>(pieces)).read(new char[4], 3, 2));
  }
}
