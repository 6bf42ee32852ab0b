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

import static dev.mandate.parser.internal.layout.LaidOutPieces.TOLERANCE;
import static dev.mandate.parser.internal.layout.LaidOutPieces.column;
import static dev.mandate.parser.internal.layout.LaidOutPieces.columns;
import static dev.mandate.parser.internal.layout.LaidOutPieces.cut;
import static dev.mandate.parser.internal.layout.LaidOutPieces.merged;
import static dev.mandate.parser.internal.layout.LaidOutPieces.pieces;
import static dev.mandate.parser.internal.layout.LaidOutPieces.split;
import static dev.mandate.parser.internal.layout.LaidOutPieces.unspaced;
import static dev.mandate.parser.internal.layout.LaidOutPieces.width;
import static dev.mandate.parser.internal.layout.LaidOutPieces.within;
import static dev.mandate.parser.internal.layout.LaidOutPieces.wrap;

import dev.mandate.parser.internal.layout.LaidOutLines.Kind;
import dev.mandate.parser.internal.layout.LaidOutPieces.Piece;
import dev.mandate.parser.internal.source.Block;
import dev.mandate.parser.internal.source.Cell;
import dev.mandate.parser.internal.source.Line;
import dev.mandate.parser.internal.source.Row;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table copied out of a PDF with its layout ({@code pdftotext -layout}, a viewer's "copy as shown"): its cells side
 * by side, set apart by runs of spaces, each cell wrapped over several lines that stand at the cell's column, a unit's
 * name broken across two of them.
 *
 * <pre>
 * 1            努力实现地区生产总值 区发改局、立山经济开
 *              增长 6.2%左右。   发区、全区经济运行各
 *                           专班
 * </pre>
 *
 * <p>Such lines are read back into the rows they were. The columns of a page are where its pieces of text start
 * after a run of spaces, on two lines at least (the positions are counted in chars, so they are the same only within
 * a page: a PDF's next page may be set at another scale). A row starts on a line with text in the first column; a
 * line indented to a later column carries on the cells of the row above, its pieces joined to the cells they stand
 * under. A cell that reaches the next column joins it with one space only, where the text fills the cell: it is cut
 * at the single space nearest that column's start. A line alone in the first column reaching across the next column
 * between rows is a row across the table (a section's title). Only a run of such lines with two rows at least and a
 * wrapped line among them is read so: a table of one line a row is left to {@link Tables}, and prose to the families
 * that read prose. Stateless; linear in the text's size.
 */
final class LaidOutColumns {

  /**
   * Texts of more lines than this are left as they are: the layout stage holds such a text as a view, a line made
   * when asked for, and rows made here would hold them all (as {@code LayoutReader} does up to the same count).
   */
  private static final int MAX_LINES = 1 << 16;

  private LaidOutColumns() {}

  /** The last row of a table at a page's end, which the next page's first lines may go on with. */
  private static final class Open {
    final StringBuilder[] cells;
    final int number;
    /** Where the row stands in the blocks made. */
    final int at;
    /** The table's columns: a page that goes on with it may show only some of them. */
    final int[] columns;
    /** The column the table's last line went on in alone, or -1; and the most chars a line of it held. */
    final int lastColumn;
    final int widest;

    Open(StringBuilder[] cells, int number, int at, int[] columns, int lastColumn, int widest) {
      this.cells = cells;
      this.number = number;
      this.at = at;
      this.columns = columns;
      this.lastColumn = lastColumn;
      this.widest = widest;
    }
  }

  /** The blocks with each copied table's lines replaced by its rows; the same list if there is none. */
  static List<Block> of(List<Block> blocks) {
    if (blocks.size() > MAX_LINES || !anyIndented(blocks)) {
      return blocks;
    }
    List<Block> out = new ArrayList<>(blocks.size());
    Open open = null;
    boolean[] read = new boolean[1];
    int i = 0;
    while (i < blocks.size()) {
      int end = pageEnd(blocks, i);
      List<Block> page = blocks.subList(i, end);
      if (!(page.get(0) instanceof Line)) {
        out.addAll(page);
        open = null;
      } else {
        open = page(page, open, out, read);
      }
      i = end;
    }
    return read[0] ? out : blocks;
  }

  /** Whether some line starts with two spaces and more: a cell's wrapped line. Most texts have none; they pass. */
  private static boolean anyIndented(List<Block> blocks) {
    for (Block b : blocks) {
      if (b instanceof Line) {
        String t = ((Line) b).text();
        int k = t.startsWith("\f") ? 1 : 0;
        if (t.length() > k + 2 && t.charAt(k) == ' ' && t.charAt(k + 1) == ' ') {
          return true;
        }
      }
    }
    return false;
  }

  /** The end of the page that starts at {@code from}: the next line that starts with a form feed, or a row. */
  private static int pageEnd(List<Block> blocks, int from) {
    int i = from;
    while (i < blocks.size() && !(blocks.get(i) instanceof Line)) {
      i++;
    }
    if (i > from) {
      return i; // rows of a table the reader found: a page of their own, left as they are
    }
    for (i = from + 1; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (!(b instanceof Line) || ((Line) b).text().indexOf('\f') >= 0) {
        return i;
      }
    }
    return i;
  }

  /**
   * One page's lines added to {@code out}, its copied tables read as rows, its first lines indented to a column added
   * to the cells of {@code open} (the row the page before ended with, if any). Returns the row this page ends with,
   * if its last line is a table's; sets {@code read[0]} if it read any.
   */
  private static Open page(List<Block> lines, Open open, List<Block> out, boolean[] read) {
    int n = lines.size();
    // a copy from a PDF sets its columns by chars, a text typed in an editor by display columns: the page is read in
    // the measure its pieces line up in better
    List<List<Piece>> pieces = new ArrayList<>(n);
    List<List<Piece>> shown = new ArrayList<>(n);
    for (Block b : lines) {
      pieces.add(pieces(((Line) b).text(), false));
      shown.add(pieces(((Line) b).text(), true));
    }
    int[] columns = columns(pieces);
    int[] shownColumns = columns(shown);
    if (aligned(shown, shownColumns) > aligned(pieces, columns)) {
      pieces = shown;
      columns = shownColumns;
    }
    if (open != null && columns.length > 0 && within(columns, open.columns)) {
      // the table of the page before goes on at the same scale: its columns too, which this page may not show
      columns = merged(columns, open.columns);
    }
    if (columns.length == 0) {
      if (open != null && goesOnAlone(pieces, open)) {
        out.set(open.at, row(open.cells, open.number));
        read[0] = true;
        return open;
      }
      out.addAll(lines);
      return null;
    }
    Kind[] kinds = new Kind[n];
    for (int k = 0; k < n; k++) {
      kinds[k] = LaidOutLines.kind((Line) lines.get(k), split(pieces.get(k), columns), columns);
    }
    int k = 0;
    if (open != null) {
      // the rest of the row the page break cut: its cells go on at the top of this page
      boolean went = false;
      while (k < n && (kinds[k] == Kind.GOES_ON || kinds[k] == Kind.FURNITURE || kinds[k] == Kind.BLANK)) {
        if (kinds[k] == Kind.GOES_ON) {
          for (Piece piece : split(pieces.get(k), columns)) {
            wrap(open.cells[Math.min(open.cells.length - 1, column(columns, piece.start))], piece.text);
          }
          went = true;
        }
        k++;
      }
      if (went) {
        out.set(open.at, row(open.cells, open.number)); // the page's number or head above them dropped
        read[0] = true;
      } else {
        k = 0;
      }
    }
    Open last = null;
    List<Block> blanks = new ArrayList<>();
    while (k < n) {
      int end = kinds[k] == Kind.ROW ? LaidOutLines.tableEnd(kinds, k) : k;
      if (end > k) {
        out.addAll(blanks);
        blanks.clear();
        last = rows(lines, pieces, kinds, k, end, columns, out);
        read[0] = true;
        k = end;
        continue;
      }
      Line line = (Line) lines.get(k);
      if (last != null && kinds[k] == Kind.FURNITURE) {
        // a page's number or foot under a table that may go on on the next page: dropped, not to end the table
      } else if (last != null && line.isBlank()) {
        blanks.add(line); // kept if text follows on this page; at its end, dropped with the page's number
      } else {
        out.addAll(blanks);
        blanks.clear();
        out.add(line);
        last = null;
      }
      k++;
    }
    if (last == null) {
      out.addAll(blanks);
    }
    return last;
  }

  /**
   * Whether a page that shows no columns is all the rest of one cell of the row the page before ended with: the copy
   * counts a page's positions from its own margin, so a page that holds only the end of a wrapped task cell starts it
   * at the margin. Each of its lines is one piece no wider than that cell's lines, and that cell is the one the last
   * line went on in alone. If so, the lines are joined to the cell.
   */
  private static boolean goesOnAlone(List<List<Piece>> pieces, Open open) {
    if (open.lastColumn <= 0) {
      return false;
    }
    boolean any = false;
    for (List<Piece> p : pieces) {
      if (p.size() > 1 || p.size() == 1 && (p.get(0).start > 0 || p.get(0).text.length() > open.widest + 1)) {
        return false;
      }
      any |= p.size() == 1;
    }
    if (!any) {
      return false;
    }
    for (List<Piece> p : pieces) {
      if (!p.isEmpty()) {
        wrap(open.cells[open.lastColumn], p.get(0).text);
      }
    }
    return true;
  }

  /** How many pieces after the first of their lines start at a column. */
  private static int aligned(List<List<Piece>> pieces, int[] columns) {
    if (columns.length == 0) {
      return 0;
    }
    int n = 0;
    for (List<Piece> line : pieces) {
      for (Piece p : line) {
        if (p.start > TOLERANCE && Math.abs(p.start - columns[Math.max(0, column(columns, p.start) - 1)]) <= TOLERANCE) {
          n++;
        }
      }
    }
    return n;
  }


  /**
   * The table's rows, added to {@code out}. Its columns are found again in its lines alone, each piece's start a
   * column's (a column only the header names, such as a deadline no row has, is one).
   */
  private static Open rows(List<Block> lines, List<List<Piece>> raw, Kind[] kinds, int from, int to, int[] page,
      List<Block> out) {
    List<List<Piece>> pieces = new ArrayList<>(raw.subList(from, to));
    for (int k = 0; k < pieces.size(); k++) {
      if (kinds[from + k] == Kind.FURNITURE || kinds[from + k] == Kind.FIRST || kinds[from + k] == Kind.BLANK) {
        pieces.set(k, List.of()); // no column of their own
      }
    }
    int[] columns = merged(columns(pieces, 1), page);
    for (int k = from; k < to; k++) {
      pieces.set(k - from, split(raw.get(k), columns));
    }
    int width = columns.length + 1;
    StringBuilder[] row = null;
    int number = 0;
    int[] widest = new int[width];
    int lastColumn = -1;
    for (int k = from; k < to; k++) {
      List<Piece> p = pieces.get(k - from);
      Kind kind = kinds[k];
      if (kind == Kind.FURNITURE || kind == Kind.BLANK) {
        continue;
      }
      lastColumn = kind == Kind.GOES_ON && p.size() == 1 ? Math.min(width - 1, column(columns, p.get(0).start)) : -1;
      boolean across = kind == Kind.FIRST && p.get(0).end() > columns[0] - TOLERANCE;
      if (kind != Kind.GOES_ON || row == null) {
        if (row != null) {
          out.add(row(row, number));
        }
        row = new StringBuilder[width];
        for (int c = 0; c < width; c++) {
          row[c] = new StringBuilder();
        }
        number = lines.get(k).number();
        if (across) {
          // as a merged cell reads: its text in each column it spans
          Arrays.fill(row, new StringBuilder(p.get(0).text));
          out.add(row(row, number));
          row = null;
          continue;
        }
      }
      for (Piece piece : p) {
        int c = Math.min(width - 1, column(columns, piece.start));
        wrap(row[c], piece.text);
        widest[c] = Math.max(widest[c], piece.text.length());
      }
    }
    if (row == null) {
      return null;
    }
    out.add(row(row, number));
    return new Open(row, number, out.size() - 1, columns, lastColumn, lastColumn < 0 ? 0 : widest[lastColumn]);
  }

  private static Row row(StringBuilder[] row, int number) {
    List<Cell> cells = new ArrayList<>(row.length);
    for (StringBuilder b : row) {
      cells.add(Cell.plain(unspaced(b)));
    }
    return new Row(cells, number);
  }

}
