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

import dev.mandate.parser.internal.text.Fold;

/**
 * One line of the input: its 1-based number, the text as written (without the line break) and its folded twin.
 *
 * <p>A line of a text input is a view into the whole text: its text is cut out when asked for, and its folded twin
 * made the first time it is asked for, so the parse keeps no second copy of the input (which made large inputs
 * GC-bound) and most lines — table rows — are never folded whole.
 */
public final class Line implements Block {
  private final int number;
  private final String source;
  private final int start;
  private final int end;
  /** Cut out the first time it is asked for, then kept: a line's text is asked for several times as it is read. */
  private String text;
  private String folded;

  /** A line holding its own text. */
  public Line(int number, String text) {
    this(number, text, 0, text.length());
  }

  /** A view of {@code [start, end)} of a whole text. */
  Line(int number, String source, int start, int end) {
    this.number = number;
    this.source = source;
    this.start = start;
    this.end = end;
  }

  @Override
  public int number() {
    return number;
  }

  public String text() {
    String t = text;
    if (t == null) {
      t = start == 0 && end == source.length() ? source : source.substring(start, end);
      text = t;
    }
    return t;
  }

  /** The text this line is a view of; the line is {@code source().substring(start(), end())}. */
  public String source() {
    return source;
  }

  /** Where the line starts in {@link #source()}. */
  public int start() {
    return start;
  }

  /** Where the line ends in {@link #source()} (exclusive, before its line break). */
  public int end() {
    return end;
  }

  /** Where {@code s} first occurs in the line, as an offset into {@link #text()}, or -1; looks only inside the line. */
  public int indexOf(String s) {
    return indexOf(s, 0);
  }

  /** As {@link #indexOf(String)}, from offset {@code from} of the line on. */
  public int indexOf(String s, int from) {
    if (s.isEmpty()) {
      return Math.min(from, end - start);
    }
    char c = s.charAt(0);
    for (int i = start + Math.max(from, 0), last = end - s.length(); i <= last; i++) {
      if (source.charAt(i) == c && source.startsWith(s, i)) {
        return i - start;
      }
    }
    return -1;
  }

  /**
   * This line without the one or two pipes that only lead or trail it ({@code 序号 |}, {@code | 市教育局 |},
   * {@code ||}): one cell of a table flattened a cell a line with its pipes kept, as a view of that cell (blank if it
   * holds nothing). A line with a pipe between its words, or with more pipes ({@code | X | | | |}, a row whose other
   * cells are empty), is a row of cells, and is returned as it is.
   */
  public Line withoutEdgePipes() {
    return withoutEdgePipes(false);
  }

  /**
   * As {@link #withoutEdgePipes()}; {@code afterCell}: the line before was one such cell, and a line of a few words
   * whose pipes all trail it ({@code 责任单位 | ||}) is one too: a header's last cell, the empty cells after it on its
   * line. (Among rows of cells, {@code 新增学位810个 | |||||} is a row whose other cells are empty.)
   */
  public Line withoutEdgePipes(boolean afterCell) {
    int b = start;
    int e = end;
    int pipes = 0;
    while (b < e && (Fold.isSpace(source.charAt(b)) || Fold.fold(source.charAt(b)) == '|')) {
      pipes += Fold.fold(source.charAt(b)) == '|' ? 1 : 0;
      b++;
    }
    int leading = pipes;
    while (e > b && (Fold.isSpace(source.charAt(e - 1)) || Fold.fold(source.charAt(e - 1)) == '|')) {
      pipes += Fold.fold(source.charAt(e - 1)) == '|' ? 1 : 0;
      e--;
    }
    if (b == e && pipes > 2) {
      // ||||: a line of pipes alone, the empty cells that pad a row to the table's end (after a heading spanning it):
      // blank, no cell of the next row
      return new Line(number, source, start, start);
    }
    if (pipes == 0 || pipes > 2 && !(afterCell && leading == 0 && b < e && e - b <= 8)) {
      return this;
    }
    for (int i = b; i < e; i++) {
      if (Fold.fold(source.charAt(i)) == '|') {
        return this;
      }
    }
    return new Line(number, source, b, e);
  }

  /**
   * Whether this line is an empty cell of a table flattened a cell a line with its pipes kept: a line of nothing but
   * the pipes {@link #withoutEdgePipes()} took away ({@code |}, {@code ||}), which keeps the evidence of a cell where
   * a blank line would keep none.
   */
  public boolean isEmptyCell() {
    if (start != end || start == 0 || Fold.fold(source.charAt(start - 1)) != '|') {
      return false;
    }
    // only where cells end in their pipe (市教育局 |): where a pipe stands on a line between cells, it separates them
    int i = start - 1;
    while (i >= 0 && source.charAt(i) != '\n' && start - i < 16) {
      i--;
    }
    while (i >= 0 && (Fold.isSpace(source.charAt(i)) || source.charAt(i) == '\n' || source.charAt(i) == '\r')
        && start - i < 32) {
      i--;
    }
    return i >= 0 && Fold.fold(source.charAt(i)) == '|';
  }

  /** The part {@code [from, to)} of this line's text, as a line of the same number (a view: nothing is copied). */
  public Line part(int from, int to) {
    if (from < 0 || to > end - start || from > to) {
      throw new IndexOutOfBoundsException(from + ".." + to + " of a line of " + (end - start));
    }
    return new Line(number, source, start + from, start + to);
  }

  /** {@link Fold folded} text, same length as {@link #text()}. */
  public String folded() {
    String f = folded;
    if (f == null) {
      f = Fold.fold(text());
      folded = f;
    }
    return f;
  }

  /** Whether the line holds nothing but whitespace; builds nothing. */
  public boolean isBlank() {
    return Fold.trimStart(source, start, end) == end;
  }

  /**
   * Whether the folded line holds c; with {@code inner}, only between its first and last non-space chars. Asked of
   * every line before cutting any string out of it.
   */
  public boolean foldedContains(char c, boolean inner) {
    int b = start;
    int e = end;
    if (inner) {
      e = Fold.trimEnd(source, b, e);
      b = Fold.trimStart(source, b, e);
    }
    for (int i = b; i < e; i++) {
      if (Fold.fold(source.charAt(i)) == c) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return number + ": " + text();
  }
}
