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
 * {@code 一、}, {@code 二、}, a line each, those run on in a line that opens with one too ({@code 一是由城管办牵头,…。二是由
 * 各社区负责,…}). Only where two at least follow in sequence from 一是, and no line before the first opens with a number
 * of its own: under a numbered item, in a table's cell or inside a paragraph, steps are the item's own
 * words ({@code (一)加快项目建设。} / {@code 一是…;} / {@code 二是…;} / {@code 责任单位:…}).
 */
final class CountedSteps {

  private static final String NUMERALS = "一二三四五六七八九十";
  /** How many lines that are columns' names, before the first step, say a table was flattened there. */
  private static final int MAX_NAMES = 3;

  private CountedSteps() {}

  /** The blocks with each step's count read as a number; the blocks themselves where there are none. */
  static List<Block> of(List<Block> blocks) {
    int expected = 1;
    int steps = 0;
    // per line that opens with a step, where its steps start: its own, then those run on after a sentence's end
    java.util.TreeMap<Integer, List<Integer>> starts = null;
    for (int i = 0; i < blocks.size(); i++) {
      int v = stepAt(blocks.get(i));
      if (v == 0) {
        continue;
      }
      if (v != expected) {
        return blocks; // steps out of order: counts inside sentences, no list
      }
      starts = starts == null ? new java.util.TreeMap<>() : starts;
      String f = ((Line) blocks.get(i)).folded();
      List<Integer> at = new ArrayList<>();
      at.add(Fold.trimStart(f, 0, f.length()));
      expected++;
      for (int k = at.get(0) + 3; k + 1 < f.length(); k++) {
        // 一是由城管办牵头,…。二是由各社区负责,…: the next step after a sentence's end, in its order
        if (f.charAt(k) == '是' && NUMERALS.indexOf(f.charAt(k - 1)) + 1 == expected && Fold.isHan(f.charAt(k + 1))
            && !f.startsWith("由于", k + 1) && "。;".indexOf(RunOnLines.lastBefore(f, k - 2)) >= 0) {
          at.add(k - 1);
          expected++;
        }
      }
      steps += at.size();
      starts.put(i, at);
    }
    if (steps < 2 || !aDocumentsOwnList(blocks, starts.firstKey())) {
      return blocks; // nearly every document: no line opens with 一是, or one alone
    }
    List<Block> out = new ArrayList<>(blocks.size() + steps);
    for (int i = 0; i < blocks.size(); i++) {
      List<Integer> at = starts.get(i);
      if (at == null) {
        out.add(blocks.get(i));
        continue;
      }
      Line line = (Line) blocks.get(i);
      String t = line.text(); // one char for one with its folded text: 是 becomes the delimiter
      for (int p = 0; p < at.size(); p++) {
        int b = at.get(p);
        int e = p + 1 < at.size() ? at.get(p + 1) : t.length();
        out.add(new Line(line.number(), t.substring(b, b + 1) + "、" + t.substring(b + 2, e)));
      }
    }
    return out;
  }

  /**
   * Whether the lines before the first step ({@code first}) leave the steps the document's own list: none opens with
   * a number of its own ({@code (一)加快项目建设。} / {@code 一是…}: steps under a numbered item are its own words), and
   * fewer than {@link #MAX_NAMES} are columns' names ({@code 目标任务} / … / {@code 后续举措}: a table flattened a cell a
   * line, the steps a cell's words).
   */
  private static boolean aDocumentsOwnList(List<Block> blocks, int first) {
    int columnNames = 0;
    for (int i = 0; i < first; i++) {
      if (opensWithNumber(blocks.get(i)) || isColumnName(blocks.get(i)) && ++columnNames >= MAX_NAMES) {
        return false;
      }
    }
    return true;
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

  /** Whether a line is a table column's name alone ({@code 后续举措}, {@code 责任分工}). */
  private static boolean isColumnName(Block b) {
    if (!(b instanceof Line) || ((Line) b).isBlank()) {
      return false;
    }
    String t = Fold.trim(((Line) b).folded());
    return t.length() <= 12 && Columns.kind(t) != null;
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
