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
package dev.mandate.parser.internal.responsibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mandate.parser.internal.text.Brackets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The unit-list splitter never loses or invents a character: pieces and separators are the input. */
class UnitListSplitterProperties {

  @Provide
  Arbitrary<String> unitLists() {
    return Arbitraries.strings()
        .withChars("市县区局委办教育财政、,，;；。 ()（）[]【】“”〔〕牵头配合等")
        .withCharRange('a', 'c')
        .ofMinLength(0).ofMaxLength(60);
  }

  @Property(tries = 2000)
  void piecesAndSeparatorsAreTheInput(@ForAll("unitLists") String s) {
    List<UnitListSplitter.Piece> pieces = UnitListSplitter.split(s).pieces();
    StringBuilder rebuilt = new StringBuilder();
    int at = 0;
    for (UnitListSplitter.Piece p : pieces) {
      assertTrue(p.start() >= at && p.end() > p.start(), "pieces are non-empty and in order");
      for (int i = at; i < p.start(); i++) {
        char c = s.charAt(i);
        assertTrue(UnitListSplitter.isItemSeparator(c) || UnitListSplitter.isGroupSeparator(c),
            "only separators lie between pieces: '" + c + "' in " + s);
        rebuilt.append(c);
      }
      rebuilt.append(s, p.start(), p.end());
      at = p.end();
    }
    for (int i = at; i < s.length(); i++) {
      assertTrue(UnitListSplitter.isItemSeparator(s.charAt(i)) || UnitListSplitter.isGroupSeparator(s.charAt(i)));
      rebuilt.append(s.charAt(i));
    }
    assertEquals(s, rebuilt.toString());
  }

  @Property(tries = 2000)
  void separatorsInsideBracketsDoNotSplit(@ForAll("unitLists") String s) {
    for (UnitListSplitter.Piece p : UnitListSplitter.split(s).pieces()) {
      int depth = 0;
      for (int i = p.start(); i < p.end(); i++) {
        char c = s.charAt(i);
        if (Brackets.isOpen(c)) {
          depth++;
        } else if (Brackets.isClose(c) && depth > 0) {
          depth--;
        } else if (depth == 0) {
          assertTrue(!UnitListSplitter.isItemSeparator(c) && !UnitListSplitter.isGroupSeparator(c),
              "a separator at depth 0 inside a piece of " + s);
        }
      }
    }
  }

  @Example
  void splitsFullWidthAndAsciiAlike() {
    assertEquals(5, UnitListSplitter.split("市民政局、市残联,市财政局；各县区政府，开发区管委会").pieces().size());
    assertEquals(1, UnitListSplitter.split("各县(市、区)人民政府").pieces().size());
    assertEquals(1, UnitListSplitter.split("各县（市、区）人民政府").pieces().size());
    UnitListSplitter.Split open = UnitListSplitter.split("市X局(字体加粗者为牵头部门,下同");
    assertEquals(List.of(3), open.unbalanced());
  }
}
