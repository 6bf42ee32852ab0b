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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The table cells and rows of an HTML page, held compactly until the layout stage asks for them: the cells' text in
 * char arrays of 128 KiB, their bold type as bits beside it, each cell as three numbers (its array, where it starts,
 * its length) and each row as the numbers of the cells in its columns, merged cells expanded, and of its own cells.
 * As objects (a {@link Cell}, its string and mask, the lists of each row) a table of short cells took three times
 * its text, all of it held from the time a row was read until the layout stage had read the whole page, and copied
 * by the collector again and again meanwhile. {@link #cells(int)} makes a row's cells, each merged cell one object
 * in all the columns it covers, as the reader made them.
 */
final class CellStore {

  /** The cell of a column a row is short of, up to the widest row above: empty, with no type. */
  static final int EMPTY = -1;

  /** Chars per array; a longer cell has an array of its own. */
  private static final int CHUNK = 1 << 16;

  private final List<char[]> chunks = new ArrayList<>();
  /** Each array's bold chars, one bit a char; null where none is bold. */
  private final List<long[]> bold = new ArrayList<>();
  /** The array cells are written to, and how much of it is used; -1 before the first. */
  private int current = -1;
  private int used;

  private int[] cellChunk = new int[256];
  private int[] cellStart = new int[256];
  private int[] cellLength = new int[256];
  private long[] cellBold = new long[4];
  private int cells;

  /** The cell being written: its array and start, and whether a char of it is bold. */
  private int openChunk;
  private int openStart;
  private int openEnd;
  private boolean openBold;

  /** Each row's columns, one after another; row r's are [columnEnd[r - 1], columnEnd[r]). Likewise its own cells. */
  private int[] columns = new int[512];
  private int[] columnEnd = new int[128];
  private int[] own = new int[256];
  private int[] ownEnd = new int[128];
  private int rows;

  /** Starts a cell of at most {@code maxLength} chars. */
  void begin(int maxLength) {
    if (maxLength > CHUNK) {
      chunks.add(new char[maxLength]);
      bold.add(null);
      openChunk = chunks.size() - 1;
      openStart = 0;
    } else {
      if (current < 0 || used + maxLength > CHUNK) {
        chunks.add(new char[CHUNK]);
        bold.add(null);
        current = chunks.size() - 1;
        used = 0;
      }
      openChunk = current;
      openStart = used;
    }
    openEnd = openStart;
    openBold = false;
  }

  /** Appends chars [from, to) of {@code text} to the cell begun, bold where {@code mask} says (at the same index). */
  void append(CharSequence text, int from, int to, Mask mask) {
    char[] chars = chunks.get(openChunk);
    for (int i = from; i < to; i++) {
      if (mask.get(i)) {
        setBold(openEnd + i - from);
      }
      chars[openEnd + i - from] = text.charAt(i);
    }
    openEnd += to - from;
  }

  /** Appends a line break (not bold) to the cell begun. */
  void appendBreak() {
    chunks.get(openChunk)[openEnd++] = '\n';
  }

  private void setBold(int at) {
    long[] bits = bold.get(openChunk);
    if (bits == null) {
      bits = new long[(chunks.get(openChunk).length + 63) >>> 6];
      bold.set(openChunk, bits);
    }
    bits[at >>> 6] |= 1L << at;
    openBold = true;
  }

  /** Ends the cell begun; returns its number. */
  int end() {
    if (openChunk == current) {
      used = openEnd;
    }
    if (cells == cellChunk.length) {
      int n = cells * 2;
      cellChunk = Arrays.copyOf(cellChunk, n);
      cellStart = Arrays.copyOf(cellStart, n);
      cellLength = Arrays.copyOf(cellLength, n);
    }
    if ((cells >>> 6) >= cellBold.length) {
      cellBold = Arrays.copyOf(cellBold, cellBold.length * 2);
    }
    cellChunk[cells] = openChunk;
    cellStart[cells] = openStart;
    cellLength[cells] = openEnd - openStart;
    if (openBold) {
      cellBold[cells >>> 6] |= 1L << cells;
    }
    return cells++;
  }

  /** How many chars a cell holds. */
  int length(int cell) {
    return cell == EMPTY ? 0 : cellLength[cell];
  }

  /** Whether a cell holds a char other than a space. */
  boolean hasText(int cell) {
    if (cell == EMPTY) {
      return false;
    }
    char[] chars = chunks.get(cellChunk[cell]);
    for (int i = cellStart[cell], e = i + cellLength[cell]; i < e; i++) {
      if (!Fold.isSpace(chars[i])) {
        return true;
      }
    }
    return false;
  }

  /** How many lines a cell holds (its paragraphs), counted in place. */
  int lines(int cell) {
    if (cell == EMPTY || cellLength[cell] == 0) {
      return 0;
    }
    char[] chars = chunks.get(cellChunk[cell]);
    int n = 1;
    for (int i = cellStart[cell], e = i + cellLength[cell]; i < e; i++) {
      n += chars[i] == '\n' ? 1 : 0;
    }
    return n;
  }

  /** A cell's text. */
  String text(int cell) {
    return cell == EMPTY ? "" : new String(chunks.get(cellChunk[cell]), cellStart[cell], cellLength[cell]);
  }

  /** A cell as an object, made anew each time. */
  Cell cell(int cell) {
    if (cell == EMPTY) {
      return Cell.plain("");
    }
    String text = text(cell);
    if ((cellBold[cell >>> 6] & (1L << cell)) == 0) {
      return Cell.typedPlain(text);
    }
    long[] bits = bold.get(cellChunk[cell]);
    boolean[] mask = new boolean[text.length()];
    for (int i = 0, at = cellStart[cell]; i < mask.length; i++, at++) {
      mask[i] = (bits[at >>> 6] & (1L << at)) != 0;
    }
    return new Cell(text, mask, true);
  }

  /** Adds a row: the cells of its columns and its own cells, by number; returns the row's number. */
  int row(int[] cols, int colCount, int[] owned, int ownCount) {
    if (rows == columnEnd.length) {
      columnEnd = Arrays.copyOf(columnEnd, rows * 2);
      ownEnd = Arrays.copyOf(ownEnd, rows * 2);
    }
    int colFrom = rows == 0 ? 0 : columnEnd[rows - 1];
    int ownFrom = rows == 0 ? 0 : ownEnd[rows - 1];
    columns = fit(columns, colFrom + colCount);
    own = fit(own, ownFrom + ownCount);
    System.arraycopy(cols, 0, columns, colFrom, colCount);
    System.arraycopy(owned, 0, own, ownFrom, ownCount);
    columnEnd[rows] = colFrom + colCount;
    ownEnd[rows] = ownFrom + ownCount;
    return rows++;
  }

  private static int[] fit(int[] a, int n) {
    return n <= a.length ? a : Arrays.copyOf(a, Math.max(n, a.length * 2));
  }

  /** How many columns a row has (0: a row with no text of its own, or none at all). */
  int width(int row) {
    return columnEnd[row] - (row == 0 ? 0 : columnEnd[row - 1]);
  }

  /** How many cells of its own a row has. */
  int ownCount(int row) {
    return ownEnd[row] - (row == 0 ? 0 : ownEnd[row - 1]);
  }

  /** The k-th own cell of a row, by number. */
  int ownCell(int row, int k) {
    return own[(row == 0 ? 0 : ownEnd[row - 1]) + k];
  }

  /**
   * A row's cells as objects, made anew: a cell that spans columns is one object in all of them (what
   * {@link Row#once} and the layout stage tell merged cells by), an empty filler cell one of its own in each.
   */
  List<Cell> cells(int row) {
    int from = row == 0 ? 0 : columnEnd[row - 1];
    int to = columnEnd[row];
    List<Cell> out = new ArrayList<>(to - from);
    for (int k = from; k < to; k++) {
      int c = columns[k];
      out.add(k > from && c != EMPTY && c == columns[k - 1] ? out.get(out.size() - 1) : cell(c));
    }
    return out;
  }
}
