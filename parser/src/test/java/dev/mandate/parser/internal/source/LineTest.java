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

import java.util.List;
import org.junit.jupiter.api.Test;

class LineTest {

  @Test
  void aLineIsAViewAndIsSearchedOnlyWithinItself() {
    List<Line> lines = Lines.of("具体措施: | 施工 |\n施工\n");
    Line first = lines.get(0);
    assertEquals("具体措施: | 施工 |", first.text());
    assertEquals(first.text(), first.source().substring(first.start(), first.end()));
    assertEquals(3, first.indexOf("施"));
    assertEquals(8, first.indexOf("施", 4), "from an offset on");
    assertEquals(-1, first.indexOf("施工\n"), "the next line is not part of this one");
    assertEquals(-1, first.indexOf("施", 11));
    assertEquals(0, lines.get(1).indexOf("施工"));
  }
}
