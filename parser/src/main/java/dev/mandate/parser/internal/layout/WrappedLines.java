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

import dev.mandate.parser.internal.responsibility.Labels;
import dev.mandate.parser.internal.source.Block;
import dev.mandate.parser.internal.source.Line;
import dev.mandate.parser.internal.text.Fold;
import java.util.ArrayList;
import java.util.List;

/**
 * Text copied out of a PDF or a printed page: each paragraph broken into lines of the page's width, mid-sentence and
 * even mid-word ({@code …整改工作一并推进。关于砖} / {@code 瓦行业问题。县国土局负责,…}). The evidence is the width: most
 * long lines end within a few columns of one width, which lines a writer ends by hand never do. Where a document
 * has such a width, a line that fills it and ends no sentence runs on into the next, unless the next starts an item,
 * a heading or a label; the paragraphs so joined are read as the lines they were before printing.
 */
final class WrappedLines {

  /** The narrowest page width looked for, in display columns (a Han character is two): 20 characters. */
  private static final int MIN_WIDTH = 40;
  /** How far short of the width a full line may end (a line breaks before a character that would not fit). */
  private static final int SLACK = 4;
  /** The fewest lines of the width, and their least share of the long lines, for a document to have a width. */
  private static final int MIN_LINES = 8;

  private WrappedLines() {}

  /** The blocks with each wrapped paragraph joined into one line; the blocks themselves where there is no width. */
  static List<Block> join(List<Block> blocks) {
    int width = pageWidth(blocks);
    if (width < 0) {
      return blocks;
    }
    List<Block> out = new ArrayList<>(blocks.size());
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (!(b instanceof Line) || !fills((Line) b, width)) {
        out.add(b);
        continue;
      }
      Line first = (Line) b;
      StringBuilder text = null;
      int depth = bracketDepth(0, first.folded());
      int k = i;
      while (k + 1 < blocks.size() && fills((Line) blocks.get(k), width)
          && (depth > 0 ? hasText(blocks.get(k + 1)) : runsOn((Line) blocks.get(k)) && startsNothing(blocks.get(k + 1))
              && (fills((Line) blocks.get(k + 1), width) || endsParagraph(blocks, k + 1)))) {
        if (text == null) {
          text = new StringBuilder(trimEnd(first.text()));
        }
        k++;
        Line next = (Line) blocks.get(k);
        text.append(Fold.trim(next.text()));
        depth = bracketDepth(depth, next.folded());
        if (!fills(next, width)) {
          break;
        }
      }
      out.add(text == null ? first : new Line(first.number(), text.toString()));
      i = k;
    }
    return out;
  }

  /**
   * The page's width: the width (in display columns) that the most long lines end within {@link #SLACK} of, if at
   * least {@link #MIN_LINES} do and they are more than half the long lines; else -1.
   */
  static int pageWidth(List<Block> blocks) {
    int[] count = new int[257];
    int long_ = 0;
    for (Block b : blocks) {
      if (b instanceof Line) {
        int w = width((Line) b);
        if (w >= MIN_WIDTH) {
          long_++;
          count[Math.min(w, 256)]++;
        }
      }
    }
    if (long_ < MIN_LINES) {
      return -1;
    }
    int best = -1;
    int most = 0;
    for (int w = MIN_WIDTH + SLACK; w < 256; w++) {
      int n = 0;
      for (int d = 0; d <= SLACK; d++) {
        n += count[w - d];
      }
      if (n > most) {
        most = n;
        best = w;
      }
    }
    return most >= MIN_LINES && most * 2 > long_ ? best : -1;
  }

  /** A line's width in display columns, its trailing spaces left out: a Han or full-width character takes two. */
  static int width(Line line) {
    // read where the line lies in the input: asked of every line, most of which are never cut out as strings
    String t = line.source();
    int start = line.start();
    int end = line.end();
    while (end > start && Fold.isSpace(t.charAt(end - 1))) {
      end--;
    }
    int w = 0;
    for (int i = start; i < end && w <= 512; i++) {
      char c = t.charAt(i);
      w += c >= 0x1100 && (Fold.isHan(c) || c >= 0x3000 && c <= 0x30FF || c >= 0xFF00 && c <= 0xFF60) ? 2 : 1;
    }
    return w;
  }

  /**
   * Whether a line fills the width: a justified page's lines hold a few more or fewer characters as their
   * punctuation and Latin letters are narrower, so a full line ends within an eighth of the width.
   */
  private static boolean fills(Line line, int width) {
    int w = width(line);
    return w >= width - Math.max(SLACK, width / 8) && w <= width + 2;
  }

  /** Whether a full line outside brackets runs on: it ends no sentence, no clause and no heading's colon. */
  private static boolean runsOn(Line line) {
    String f = trimEnd(line.folded());
    char last = f.isEmpty() ? '。' : f.charAt(f.length() - 1);
    return "。;:!?)".indexOf(last) < 0;
  }

  private static String trimEnd(String s) {
    return s.substring(0, Fold.trimEnd(s, 0, s.length()));
  }

  /**
   * The depth of brackets open after a line, from {@code depth} before it: a paragraph ending inside a bracket it
   * opened goes on, a label's line ({@code （责任} / {@code 单位：…）}) as much as any.
   */
  private static int bracketDepth(int depth, String folded) {
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (c == '(' || c == '【' || c == '〔') {
        depth++;
      } else if ((c == ')' || c == '】' || c == '〕') && depth > 0) {
        depth--;
      }
    }
    return Math.min(depth, 4);
  }

  /**
   * Whether a short line can end the paragraph above it: it has punctuation, as a sentence's end does, or ends the
   * text; a short line of words alone after a full line is a heading ({@code 医疗卫生}), not a paragraph's tail.
   */
  private static boolean endsParagraph(List<Block> blocks, int k) {
    String f = ((Line) blocks.get(k)).folded();
    for (int i = 0; i < f.length(); i++) {
      if ("。;,:)!?、".indexOf(f.charAt(i)) >= 0) {
        return true;
      }
    }
    for (int j = k + 1; j < blocks.size(); j++) {
      if (hasText(blocks.get(j))) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasText(Block b) {
    return b instanceof Line && !((Line) b).isBlank();
  }

  /** Whether a block can continue a paragraph: a line with text that starts no item, heading, label or page line. */
  private static boolean startsNothing(Block b) {
    if (!(b instanceof Line) || ((Line) b).isBlank()) {
      return false;
    }
    String f = Fold.trim(((Line) b).folded());
    return Numbering.of(f).style == Numbering.NONE && Labels.leading(f) == null && !Furniture.isLine(f)
        && !Cells.isSerial(f);
  }
}
