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

import dev.mandate.parser.internal.source.Cell;
import dev.mandate.parser.internal.source.Line;
import dev.mandate.parser.internal.text.Fold;
import java.util.ArrayList;
import java.util.List;

/**
 * A table row written as a line of text, cut into cells: at pipes ({@code | X | Y |}), tabs (copied from a browser),
 * or runs of spaces (copied from a PDF, or Word saved as text).
 */
final class TextCells {

  /** How far into a first cell a label's colon may stand. */
  static final int HEAD = 32;

  /** The longest line looked at as the header of a table whose cells are apart by spaces. */
  private static final int SPACED_HEADER = 200;

  private TextCells() {}

  /**
   * Cells of the row {@code [from, to)} of {@code text} split on {@code sep}; the empty cells a leading or trailing
   * separator makes are dropped, inner empty cells kept.
   */
  static List<String> cells(String text, int from, int to, char sep) {
    List<String> cells = new ArrayList<>();
    int start = from;
    for (int i = from; i <= to; i++) {
      if (i == to || text.charAt(i) == sep) {
        int e = Fold.trimEnd(text, start, i);
        int b = Fold.trimStart(text, start, e);
        cells.add(text.substring(b, e));
        start = i + 1;
      }
    }
    int first = Fold.trimStart(text, from, to);
    if (!cells.isEmpty() && cells.get(0).isEmpty() && (sep == '\t' || first < to && text.charAt(first) == '|')) {
      cells.remove(0);
    }
    while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
      cells.remove(cells.size() - 1);
    }
    return cells;
  }

  /**
   * The cells without the {@code ?} a lossy copy left at the end of each ({@code 序号? | 重点工作任务? |}: a space the
   * page's encoding could not hold): where most of a row's cells end with one, none of them is a question.
   */
  static List<String> withoutLostChars(List<String> raw) {
    int filled = 0;
    int marked = 0;
    for (String c : raw) {
      String t = Fold.trim(c);
      if (!t.isEmpty()) {
        filled++;
        marked += t.endsWith("?") || t.endsWith("？") ? 1 : 0;
      }
    }
    if (filled < 2 || marked * 3 < filled * 2) {
      return raw;
    }
    List<String> out = new ArrayList<>(raw.size());
    for (String c : raw) {
      String t = Fold.trim(c);
      out.add(t.endsWith("?") || t.endsWith("？") ? Fold.trim(t.substring(0, t.length() - 1)) : c);
    }
    return out;
  }

  /** Plain cells (no type) of these texts. */
  static List<Cell> plain(List<String> texts) {
    List<Cell> cells = new ArrayList<>(texts.size());
    for (String c : texts) {
      cells.add(Cell.plain(c));
    }
    return cells;
  }

  /** The texts of these cells. */
  static List<String> texts(List<Cell> cells) {
    List<String> texts = new ArrayList<>(cells.size());
    for (Cell c : cells) {
      texts.add(c.text());
    }
    return texts;
  }

  /** Whether every cell is a Markdown delimiter ({@code ---}, {@code :--}, {@code --:}), ignoring empty ones. */
  static boolean isRule(List<String> cells) {
    boolean any = false;
    for (String c : cells) {
      int b = Fold.trimStart(c, 0, c.length());
      int e = Fold.trimEnd(c, b, c.length());
      if (b == e) {
        continue;
      }
      if (c.charAt(b) == ':') {
        b++;
      }
      if (e > b && c.charAt(e - 1) == ':') {
        e--;
      }
      if (b == e) {
        return false;
      }
      for (int i = b; i < e; i++) {
        if (c.charAt(i) != '-') {
          return false;
        }
      }
      any = true;
    }
    return any;
  }

  /** Where a pipe line's first cell starts: after leading spaces and pipes. */
  static int firstCellStart(Line line) {
    String source = line.source();
    int end = line.end();
    int b = line.start();
    while (b < end && (Fold.isSpace(source.charAt(b)) || source.charAt(b) == '|')) {
      b++;
    }
    return b;
  }

  /** The first cell of a pipe line from {@code b}, up to and with its first colon, folded: see {@link #labelHead}. */
  static String firstCellLabel(Line line, int b) {
    String source = line.source();
    int to = b;
    while (to < line.end() && to - b < HEAD && source.charAt(to) != '|') {
      to++;
    }
    return labelHead(source, b, to);
  }

  /**
   * {@code s} from {@code b} up to and with its first colon, folded ({@code 具体措施:}), looking no further than
   * {@link #HEAD} chars and {@code to}: all of a row's first cell that decides whether the row is labelled (a task or
   * responsibility label), cut without folding a whole task text. Empty if there is no colon that near.
   */
  static String labelHead(String s, int b, int to) {
    for (int e = b; e < to && e - b < HEAD; e++) {
      if (Fold.fold(s.charAt(e)) == ':') {
        return Fold.fold(s.substring(b, e + 1));
      }
    }
    return "";
  }

  /**
   * Whether a line may be the header of a table whose cells are apart by spaces: short, and its text up to the first
   * such gap a column's name. Asked of every line with no pipe or tab: looks before it cuts.
   */
  static boolean mayBeSpacedHeader(Line line) {
    String s = line.source();
    int b = Fold.trimStart(s, line.start(), line.end());
    int e = line.end();
    if (e - b > SPACED_HEADER) {
      return false;
    }
    for (int i = b; i < e && i - b <= 12; i++) {
      char c = s.charAt(i);
      if (c == '\u3000' || isGap(c) && i + 1 < e && isGap(s.charAt(i + 1))) {
        return i > b && Columns.kind(s.substring(b, i)) != null;
      }
    }
    return false;
  }

  /** A space that may part the cells of a table copied as text: ASCII, no-break or ideographic. */
  static boolean isGap(char c) {
    return c == ' ' || c == '\u00a0' || c == '\u3000';
  }

  /**
   * {@code text[from, to)} cut into cells at runs of two or more spaces (ASCII, no-break or ideographic) or at one
   * ideographic space, leading and trailing spaces left out: a table's row as a PDF or Word gives it as text.
   */
  static List<String> spacedCells(String text, int from, int to) {
    List<String> cells = new ArrayList<>();
    int b = Fold.trimStart(text, from, to);
    int e = Fold.trimEnd(text, b, to);
    int start = b;
    int i = b;
    while (i < e) {
      char c = text.charAt(i);
      if (isGap(c)) {
        int run = i;
        while (run < e && isGap(text.charAt(run))) {
          run++;
        }
        if (run - i >= 2 || c == '\u3000') {
          cells.add(text.substring(start, i));
          start = run;
        }
        i = run;
      } else {
        i++;
      }
    }
    if (start < e) {
      cells.add(text.substring(start, e));
    }
    return cells;
  }
}
