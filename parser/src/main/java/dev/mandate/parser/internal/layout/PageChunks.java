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
import dev.mandate.parser.internal.text.Fold;
import java.util.ArrayList;
import java.util.List;

/**
 * A document as a sharing site serves it: cut into chunks of a fixed size, each on a line of its own that the site
 * numbers {@code 1、}, {@code 2、}, … — the numbers fall in the middle of a word ({@code …个体工商} / {@code 2、户提供…}),
 * which no list's items do. Such chunks are one text again, read as a line run together ({@link RunOnLines}).
 */
final class PageChunks {

  /** The shortest first chunk: a site's chunks run to hundreds of chars. */
  private static final int CHUNK = 300;

  private PageChunks() {}

  static List<Block> join(List<Block> blocks) {
    int first = -1;
    for (int i = 0; i < blocks.size() && first < 0; i++) {
      if (blocks.get(i) instanceof Line && marker((Line) blocks.get(i), 1) > 0
          && ((Line) blocks.get(i)).text().length() >= CHUNK) {
        first = i;
      }
    }
    if (first < 0) {
      return blocks; // nearly every document: no line starts 1、 and runs to a chunk's length
    }
    List<Integer> chunks = new ArrayList<>();
    chunks.add(first);
    for (int k = first + 1; k < blocks.size() && blocks.get(k) instanceof Line; k++) {
      Line l = (Line) blocks.get(k);
      if (l.isBlank()) {
        continue;
      }
      Line before = (Line) blocks.get(chunks.get(chunks.size() - 1));
      if (marker(l, chunks.size() + 1) < 0 || !endsInWord(before)) {
        break;
      }
      chunks.add(k);
    }
    if (chunks.size() < 2) {
      return blocks;
    }
    StringBuilder text = new StringBuilder();
    for (int k : chunks) {
      Line l = (Line) blocks.get(k);
      String t = l.text();
      int b = Fold.trimStart(t, 0, t.length());
      text.append(t, marker(l, -1), Fold.trimEnd(t, b, t.length()));
    }
    List<Block> out = new ArrayList<>(blocks.size() - chunks.size() + 1);
    out.addAll(blocks.subList(0, first));
    out.add(new Line(((Line) blocks.get(first)).number(), text.toString()));
    out.addAll(blocks.subList(chunks.get(chunks.size() - 1) + 1, blocks.size()));
    return out;
  }

  /** Where the text after a line's leading {@code n、} starts (any number for n &lt; 0), or -1. */
  private static int marker(Line line, int n) {
    String f = line.folded();
    int b = Fold.trimStart(f, 0, f.length());
    int i = b;
    int v = 0;
    while (i < f.length() && i - b < 4 && f.charAt(i) >= '0' && f.charAt(i) <= '9') {
      v = v * 10 + (f.charAt(i) - '0');
      i++;
    }
    if (i == b || i >= f.length() || f.charAt(i) != '、' || n >= 0 && v != n) {
      return -1;
    }
    return i + 1;
  }

  /** Whether a chunk ends in the middle of a word: its last char is no punctuation that ends a sentence or a clause. */
  private static boolean endsInWord(Line line) {
    String f = line.folded();
    int e = Fold.trimEnd(f, 0, f.length());
    if (e == 0) {
      return false;
    }
    char c = f.charAt(e - 1);
    return Fold.isHan(c) || Character.isLetterOrDigit(c);
  }
}
