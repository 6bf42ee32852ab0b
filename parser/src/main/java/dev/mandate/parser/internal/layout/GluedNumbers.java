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
 * Items whose number lost its delimiter in the copy ({@code 1加快…}, {@code 3提升…}): a line that opens with one or
 * two digits and a Han char is read as numbered {@code 1、} only where the numbers run in sequence with another line
 * glued so — the nearest numbered line before it (within a few lines with text) numbered one or two less, or the
 * nearest after it one or two more (an item between them may be mangled), that line glued too. One glued line among
 * items numbered {@code 1.} is a wrapped sentence's count ({@code 每个社区配备} / {@code 1名专职网格员}) or a phrase
 * ({@code 3大行动全面启动}), not an item; a number's own words ({@code 3个}, {@code 10月}, {@code 5万}) never open one.
 */
final class GluedNumbers {

  /**
   * Chars that follow a number as its date, magnitude or measure and open no verb or noun of a task's first word
   * ({@code 支} of 支持, {@code 人} of 人才, {@code 处} of 处理, {@code 台} of 台账, {@code 大} of 大力 are left out): the line
   * opens with a quantity.
   */
  private static final String NUMBER_WORDS = "年月日号个项万亿千百亩吨倍岁届期次座辆套栋幢间条元";
  /** How far a neighbour's number is looked for, in lines with text. */
  private static final int WINDOW = 12;

  private GluedNumbers() {}

  /** The blocks with each glued number given its delimiter; the blocks themselves where no line has one. */
  static List<Block> of(List<Block> blocks) {
    int glued = 0;
    for (int i = 0; i < blocks.size() && glued < 2; i++) {
      if (gluedValue(blocks.get(i)) > 0) {
        glued++;
      }
    }
    if (glued < 2) {
      return blocks; // nearly every document: a glued line is read only beside another
    }
    List<Block> out = null;
    for (int i = 0; i < blocks.size(); i++) {
      int v = gluedValue(blocks.get(i));
      if (v > 0 && inSequence(blocks, i, v)) {
        if (out == null) {
          out = new ArrayList<>(blocks);
        }
        Line line = (Line) blocks.get(i);
        String t = line.text();
        int end = digitsEnd(line.folded()); // one char for one: the folded text's offsets are the text's
        out.set(i, new Line(line.number(), t.substring(0, end) + "、" + t.substring(end)));
      }
    }
    return out == null ? blocks : out;
  }

  /** Whether the nearest numbered line before {@code i} or after it is glued and numbers one or two away, in order. */
  private static boolean inSequence(List<Block> blocks, int i, int v) {
    int before = neighbour(blocks, i, -1);
    int after = neighbour(blocks, i, 1);
    // (a neighbour numbered 1. or 1、 comes back negative: glued lines vouch for each other, not for a wrap's count)
    return before > 0 && before < v && v - before <= 2 || after > v && after - v <= 2;
  }

  /**
   * The number of the nearest numbered line from {@code i} in one direction: positive where the line is glued, the
   * number's negative where it is numbered {@code 1.} or {@code 1、}; 0 if there is none near.
   */
  private static int neighbour(List<Block> blocks, int i, int step) {
    int seen = 0;
    for (int k = i + step; k >= 0 && k < blocks.size() && seen < WINDOW; k += step) {
      Block b = blocks.get(k);
      if (!(b instanceof Line) || ((Line) b).isBlank()) {
        continue;
      }
      seen++;
      int v = gluedValue(b);
      if (v > 0) {
        return v;
      }
      String f = ((Line) b).folded();
      Numbering.Prefix p = Numbering.of(f);
      if (p.style == Numbering.ARABIC_DOT) {
        int s = Fold.trimStart(f, 0, f.length());
        return -Math.max(1, Numbering.smallNumber(f.substring(s, digitsEnd(f))));
      }
    }
    return 0;
  }

  /** The number a line opens with when a Han char follows it directly (not a number's own word), or -1. */
  private static int gluedValue(Block b) {
    if (!(b instanceof Line)) {
      return -1;
    }
    String f = ((Line) b).folded();
    int s = Fold.trimStart(f, 0, f.length());
    int e = digitsEnd(f);
    if (e == s || e - s > 2 || e >= f.length()) {
      return -1;
    }
    char c = f.charAt(e);
    if (!Fold.isHan(c) || NUMBER_WORDS.indexOf(c) >= 0) {
      return -1;
    }
    int v = Numbering.smallNumber(f.substring(s, e));
    return v > 0 ? v : -1;
  }

  /** Where the digits a text opens with (after its leading spaces) end. */
  private static int digitsEnd(String s) {
    int k = Fold.trimStart(s, 0, s.length());
    while (k < s.length() && s.charAt(k) >= '0' && s.charAt(k) <= '9') {
      k++;
    }
    return k;
  }
}
