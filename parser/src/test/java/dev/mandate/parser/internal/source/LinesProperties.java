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

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Lines are held as offsets and made when asked for: whatever the pieces, the breaks and the order they are asked in,
 * they must be the lines a plain reading of the text gives.
 */
class LinesProperties {

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("ab施工 \r\n").ofMaxLength(60);
  }

  @Property(tries = 2000)
  void linesOfPiecesInAnyOrderAreTheTextsLines(@ForAll("texts") String text,
      @ForAll @IntRange(min = 1, max = 4) int maxPieces, @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 8) int maxLength) {
    List<String> expected = plainReading(text, maxLength);
    List<Line> lines = Lines.of(pieces(text, maxPieces, seed), maxLength, null);
    assertEquals(expected.size(), lines.size());
    java.util.Random r = new java.util.Random(seed);
    for (int k = 0; k < 3 * lines.size(); k++) {
      int i = r.nextInt(lines.size());
      Line line = lines.get(i);
      assertEquals(i + 1, line.number());
      assertEquals(expected.get(i), line.text(), "line " + (i + 1));
    }
  }

  /** The text's lines, split on LF, CRLF and CR, each cut to {@code maxLength}. */
  private static List<String> plainReading(String text, int maxLength) {
    List<String> out = new ArrayList<>();
    for (String l : text.split("\r\n|\r|\n", -1)) {
      out.add(l.length() > maxLength ? l.substring(0, maxLength) : l);
    }
    if (out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1); // a final line break ends the last line, it opens no new one
    }
    return out;
  }

  /** The text cut after some of its line breaks (never between CR and LF), with empty pieces here and there. */
  private static List<String> pieces(String text, int maxPieces, long seed) {
    java.util.Random r = new java.util.Random(seed);
    List<String> pieces = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length() && pieces.size() < maxPieces - 1; i++) {
      char c = text.charAt(i);
      boolean end = c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n');
      if (end && r.nextBoolean()) {
        pieces.add(text.substring(start, i + 1));
        if (r.nextInt(4) == 0) {
          pieces.add("");
        }
        start = i + 1;
      }
    }
    pieces.add(text.substring(start));
    return pieces;
  }
}
