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

import static dev.mandate.parser.internal.layout.LaidOutPieces.column;

import dev.mandate.parser.internal.layout.LaidOutPieces.Piece;
import dev.mandate.parser.internal.source.Line;
import dev.mandate.parser.internal.text.Fold;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What each line of a page copied with its layout is to {@link LaidOutColumns} — a row's start, a cell's wrapped
 * line, a page's furniture, a blank — and where a run of such lines makes a table. Kept apart from the reading of
 * rows so that what counts as a table can be read (and changed) on one screen. Stateless.
 */
final class LaidOutLines {

  /** Rows across a table in a row at most (a section's title and subtitle). */
  private static final int MAX_ACROSS = 3;
  /** Blank lines a table goes on over (around a page's number at a page break). */
  private static final int MAX_BLANK = 2;
  /** A page's number: {@code - 3 -}, {@code 3}, {@code 第3页 共9页}, {@code 3/9}. */
  private static final Pattern PAGE_NUMBER = Pattern.compile("[-—–－ ]{0,4}[0-9]{1,4}[-—–－ ]{0,4}"
      + "|第 ?[0-9]{1,4} ?页(?: ?[,，、/]? ?共 ?[0-9]{1,4} ?页)?|[0-9]{1,4} ?/ ?[0-9]{1,4}");

  private LaidOutLines() {}

  /** What a line is in a copied table. */
  enum Kind {
    /** Not part of one: blank, a row of another kind (pipes, tabs), nothing at a column. */
    OTHER,
    /** Text in the first column and in others: a row starts. */
    ROW,
    /** Text in the first column alone: a row of one cell, or a row across the table. */
    FIRST,
    /** Indented to a later column: the cells of the row above go on. */
    GOES_ON,
    /** A page's number inside the table, or its foot: dropped. */
    FURNITURE,
    /** A blank line: a table goes on over two at most. */
    BLANK
  }

  /** What {@code line}, cut into {@code pieces} at the page's {@code columns}, is in a copied table. */
  static Kind kind(Line line, List<Piece> pieces, int[] columns) {
    if (pieces.isEmpty()) {
      return line.isBlank() ? Kind.BLANK : Kind.OTHER;
    }
    String t = Fold.trim(line.folded());
    if (PAGE_NUMBER.matcher(t).matches() || Furniture.isLine(t)) {
      return Kind.FURNITURE;
    }
    if (column(columns, pieces.get(0).start) > 0) {
      return pieces.get(0).start >= 2 ? Kind.GOES_ON : Kind.OTHER;
    }
    return pieces.size() > 1 ? Kind.ROW : Kind.FIRST;
  }

  /**
   * Where the copied table that starts with a row at {@code from} ends (exclusive), or {@code from} if the lines there
   * are no such table: two rows at least, and a wrapped line.
   */
  static int tableEnd(Kind[] kinds, int from) {
    int rows = 0;
    int goesOn = 0;
    int end = from;
    int k = from;
    while (k < kinds.length) {
      Kind kind = kinds[k];
      if (kind == Kind.ROW || kind == Kind.GOES_ON) {
        rows += kind == Kind.ROW ? 1 : 0;
        goesOn += kind == Kind.GOES_ON ? 1 : 0;
        end = ++k;
        continue;
      }
      if (kind == Kind.FURNITURE || kind == Kind.BLANK) {
        // a page's number and the blank lines around it: the table goes on if a wrapped line follows (a row after a
        // blank line may be the prose after the table)
        int j = k;
        int blank = 0;
        while (j < kinds.length && (kinds[j] == Kind.FURNITURE || kinds[j] == Kind.BLANK) && blank <= MAX_BLANK) {
          blank += kinds[j] == Kind.BLANK ? 1 : 0;
          j++;
        }
        if (blank <= MAX_BLANK && j < kinds.length && kinds[j] == Kind.GOES_ON) {
          k = j;
          continue;
        }
      }
      if (kind == Kind.FIRST) {
        // rows across the table, or one-cell rows, if a row follows them
        int j = k;
        while (j < kinds.length && j - k < MAX_ACROSS && kinds[j] == Kind.FIRST) {
          j++;
        }
        if (j < kinds.length && kinds[j] == Kind.ROW) {
          k = j;
          continue;
        }
      }
      break;
    }
    return rows >= 2 && goesOn >= 1 ? end : from;
  }
}
