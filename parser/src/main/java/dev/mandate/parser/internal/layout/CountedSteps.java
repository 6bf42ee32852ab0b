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
import dev.mandate.parser.internal.source.Block;
import dev.mandate.parser.internal.source.Line;
import dev.mandate.parser.internal.text.Fold;
import java.util.ArrayList;
import java.util.List;

/**
 * Steps counted in words that open their lines and are the document's own list ({@code 一是联络制度。…} /
 * {@code 二是周报、月汇报制度。…}, a notice's or news item's points after its preamble): read as items numbered
 * {@code 一、}, {@code 二、}. Only where two at least open lines in sequence from 一是, and no line before the first opens
 * with a number of its own: under a numbered item, in a table's cell or inside a paragraph, steps are the item's own
 * words ({@code (一)加快项目建设。} / {@code 一是…;} / {@code 二是…;} / {@code 责任单位:…}).
 */
final class CountedSteps {

  private static final String NUMERALS = "一二三四五六七八九十";

  private CountedSteps() {}

  /** The blocks with each step's count read as a number; the blocks themselves where there are none. */
  static List<Block> of(List<Block> blocks) {
    int expected = 1;
    int firstStep = -1;
    int steps = 0;
    for (int i = 0; i < blocks.size(); i++) {
      int v = stepAt(blocks.get(i));
      if (v == 0) {
        if (firstStep < 0 && opensWithNumber(blocks.get(i))) {
          return blocks; // (一)加快项目建设。 / 一是…: steps under a numbered item are its own words
        }
        continue;
      }
      if (v != expected) {
        return blocks; // steps out of order: counts inside sentences, no list
      }
      firstStep = firstStep < 0 ? i : firstStep;
      expected++;
      steps++;
    }
    if (steps < 2) {
      return blocks; // nearly every document: no line opens with 一是, or one alone
    }
    List<Block> out = new ArrayList<>(blocks);
    for (int i = firstStep; i < blocks.size(); i++) {
      if (stepAt(blocks.get(i)) > 0) {
        Line line = (Line) blocks.get(i);
        String t = line.text();
        int at = Fold.trimStart(line.folded(), 0, t.length()) + 1; // one char for one: 是 becomes the delimiter
        out.set(i, new Line(line.number(), t.substring(0, at) + "、" + t.substring(at + 1)));
      }
    }
    return out;
  }

  /** The count of a step that opens a line ({@code 二是…}: 2), or 0. */
  private static int stepAt(Block b) {
    if (!(b instanceof Line)) {
      return 0;
    }
    String f = ((Line) b).folded();
    int s = Fold.trimStart(f, 0, f.length());
    if (s + 2 >= f.length() || f.charAt(s + 1) != '是' || !Fold.isHan(f.charAt(s + 2))
        || f.startsWith("由于", s + 2)) {
      return 0;
    }
    return NUMERALS.indexOf(f.charAt(s)) + 1;
  }

  /** Whether a line opens with a number of its own ({@code 1.}, {@code (一)}, {@code 一、}). */
  private static boolean opensWithNumber(Block b) {
    if (!(b instanceof Line)) {
      return false;
    }
    Numbering style = Numbering.of(((Line) b).folded()).style;
    return style != Numbering.NONE && style != Numbering.DASH;
  }
}
