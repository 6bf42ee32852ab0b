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

import com.google.common.collect.ImmutableSet;
import dev.mandate.parser.internal.quantity.UnitsOfMeasure;
import dev.mandate.parser.internal.source.Block;
import dev.mandate.parser.internal.source.Cell;
import dev.mandate.parser.internal.source.Line;
import dev.mandate.parser.internal.source.Row;
import dev.mandate.parser.internal.text.Fold;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

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

  /** How far a piece may start from its column's start, in chars: the copy rounds positions, and pads. */
  private static final int TOLERANCE = 3;
  /** The fewest lines a column's start is seen on. */
  private static final int SUPPORT = 2;
  /** Rows across a table in a row at most (a section's title and subtitle). */
  private static final int MAX_ACROSS = 3;
  /** Blank lines a table goes on over (around a page's number at a page break). */
  private static final int MAX_BLANK = 2;
  /** A page's number: {@code - 3 -}, {@code 3}, {@code 第3页 共9页}, {@code 3/9}. */
  private static final Pattern PAGE_NUMBER = Pattern.compile("[-—–－ ]{0,4}[0-9]{1,4}[-—–－ ]{0,4}"
      + "|第 ?[0-9]{1,4} ?页(?: ?[,，、/]? ?共 ?[0-9]{1,4} ?页)?|[0-9]{1,4} ?/ ?[0-9]{1,4}");
  /**
   * Texts of more lines than this are left as they are: the layout stage holds such a text as a view, a line made
   * when asked for, and rows made here would hold them all (as {@code LayoutReader} does up to the same count).
   */
  private static final int MAX_LINES = 1 << 16;
  /** A page whose pieces start at more places than this is no table's: left as it is. */
  private static final int MAX_COLUMNS = 64;

  /** The units of measure that may follow a number, folded. */
  private static final ImmutableSet<String> UNITS = UnitsOfMeasure.with(List.of()).units();
  /** The longest unit of measure looked for, in chars. */
  private static final int LONGEST_UNIT = 6;

  private LaidOutColumns() {}

  /**
   * A piece of a line: text between runs of two spaces or more, and where it starts, in columns: chars, or display
   * columns (a Chinese char two), as the page was laid out.
   */
  private static final class Piece {
    final int start;
    final String text;
    final boolean display;

    Piece(int start, String text, boolean display) {
      this.start = start;
      this.text = text;
      this.display = display;
    }

    /** The column of the piece's char {@code i}. */
    int at(int i) {
      return start + width(text, 0, i, display);
    }

    int end() {
      return at(text.length());
    }
  }

  /** How many columns {@code t[from, to)} takes: one a char, or in display columns two a wide char. */
  private static int width(String t, int from, int to, boolean display) {
    if (!display) {
      return to - from;
    }
    int w = 0;
    for (int i = from; i < to; i++) {
      w += isWide(t.charAt(i)) ? 2 : 1;
    }
    return w;
  }

  /** What a line is in a copied table. */
  private enum Kind {
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
      kinds[k] = kind((Line) lines.get(k), split(pieces.get(k), columns), columns);
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
      int end = kinds[k] == Kind.ROW ? tableEnd(kinds, k) : k;
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

  /** A line's pieces: text between runs of two spaces or more (a form feed is a space). */
  private static List<Piece> pieces(String t, boolean display) {
    if (t.indexOf('|') >= 0 || t.indexOf('\t') >= 0 || t.indexOf('｜') >= 0) {
      return List.of(); // cells apart by pipes or tabs: TextCells reads them
    }
    List<Piece> out = new ArrayList<>();
    int n = t.length();
    // a page's first line starts with a form feed: the positions count from after it
    int i = t.startsWith("\f") ? 1 : 0;
    int origin = i;
    int col = 0;
    int last = origin;
    while (i < n) {
      while (i < n && isSpace(t.charAt(i))) {
        i++;
      }
      if (i == n) {
        break;
      }
      int start = i;
      int end = i;
      while (i < n) {
        if (!isSpace(t.charAt(i))) {
          end = ++i;
        } else if (i + 1 < n && !isSpace(t.charAt(i + 1))) {
          i++; // one space inside a piece
        } else {
          break;
        }
      }
      col += width(t, last, start, display);
      Piece p = new Piece(col, t.substring(start, end), display);
      out.add(p);
      col = p.end();
      last = end;
    }
    return out;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\f';
  }

  /**
   * Where the page's columns after the first start: positions where a piece starts after a run of spaces on two lines
   * at least, those within the tolerance of each other taken as one (the smallest). Empty if there are none.
   */
  private static int[] columns(List<List<Piece>> pieces) {
    return columns(pieces, SUPPORT);
  }

  /** As {@link #columns(List)}, columns seen on {@code support} lines at least. */
  private static int[] columns(List<List<Piece>> pieces, int support) {
    int count = 0;
    for (List<Piece> p : pieces) {
      count += p.size();
    }
    int[] starts = new int[count];
    int n = 0;
    for (List<Piece> line : pieces) {
      for (Piece p : line) {
        if (p.start > 0) {
          starts[n++] = p.start;
        }
      }
    }
    starts = Arrays.copyOf(starts, n);
    Arrays.sort(starts);
    int[] out = new int[n];
    int m = 0;
    int k = 0;
    while (k < n) {
      int j = k + 1;
      while (j < n && starts[j] - starts[j - 1] <= 2) {
        j++;
      }
      if (j - k >= support && starts[k] > TOLERANCE) {
        out[m++] = starts[k];
      }
      k = j;
    }
    // past a table's few columns the pieces stand anywhere (a drawing in characters, a list of figures): none, so
    // that what is done a piece a column stays small
    return m > MAX_COLUMNS ? new int[0] : Arrays.copyOf(out, m);
  }

  /** Whether each of {@code a} is within the tolerance of one of {@code b}. */
  private static boolean within(int[] a, int[] b) {
    for (int x : a) {
      boolean found = false;
      for (int y : b) {
        found |= Math.abs(x - y) <= TOLERANCE;
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  /** Both sets of columns' starts, sorted, a start within the tolerance of one before it dropped. */
  private static int[] merged(int[] a, int[] b) {
    int[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    Arrays.sort(all);
    int n = 0;
    for (int c : all) {
      if (n == 0 || c - all[n - 1] > TOLERANCE) {
        all[n++] = c;
      }
    }
    return Arrays.copyOf(all, n);
  }

  /** The column a position is in: 0 before the first column's start (less the tolerance), else 1 + the column. */
  private static int column(int[] columns, int at) {
    int c = 0;
    while (c < columns.length && columns[c] - TOLERANCE <= at) {
      c++;
    }
    return c;
  }

  /**
   * The line's pieces, a piece that reaches over a column's start cut at the single space nearest it (a cell that
   * filled its width, joined to the next by one space).
   */
  private static List<Piece> split(List<Piece> pieces, int[] columns) {
    if (pieces.size() < 2 && (pieces.isEmpty() || pieces.get(0).start < 2)) {
      return pieces; // a line of one piece from the margin: a paragraph's, or a row across the table
    }
    List<Piece> out = null;
    for (int k = 0; k < pieces.size(); k++) {
      Piece p = pieces.get(k);
      List<Piece> cut = cut(p, columns);
      if (cut != null && out == null) {
        out = new ArrayList<>(pieces.subList(0, k));
      }
      if (out != null) {
        if (cut != null) {
          out.addAll(cut);
        } else {
          out.add(p);
        }
      }
    }
    return out == null ? pieces : out;
  }

  /** The piece cut at columns it reaches over, or null if it reaches over none or has no space near one. */
  private static List<Piece> cut(Piece p, int[] columns) {
    if (p.text.indexOf(' ') < 0) {
      return null;
    }
    List<Piece> out = null;
    Piece rest = p;
    for (int c : columns) {
      if (c - TOLERANCE <= rest.start || c - TOLERANCE >= rest.end()) {
        continue;
      }
      int best = -1;
      for (int s = rest.text.indexOf(' '); s >= 0; s = rest.text.indexOf(' ', s + 1)) {
        int after = rest.at(s + 1);
        // the copy also spaces a number off the Chinese around it: a number and its unit (建设 32 所) are no
        // cells' edge, a number and a name after it (改造 2836 县住建局) may be
        boolean numberAndUnit = s > 0 && Character.isDigit(rest.text.charAt(s - 1))
            && startsWithUnit(rest.text, s + 1);
        if (!numberAndUnit && Math.abs(after - c) <= TOLERANCE
            && (best < 0 || Math.abs(after - c) < Math.abs(rest.at(best + 1) - c))) {
          best = s;
        }
      }
      if (best <= 0) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>();
      }
      out.add(new Piece(rest.start, rest.text.substring(0, best), rest.display));
      rest = new Piece(rest.at(best + 1), rest.text.substring(best + 1), rest.display);
    }
    if (out == null) {
      return null;
    }
    out.add(rest);
    return out;
  }

  /** Whether a unit of measure starts at {@code at} (个, 所, 万元 …). */
  private static boolean startsWithUnit(String t, int at) {
    String f = Fold.fold(t.substring(at, Math.min(t.length(), at + LONGEST_UNIT)));
    for (int k = 1; k <= f.length(); k++) {
      if (UNITS.contains(f.substring(0, k))) {
        return true;
      }
    }
    return false;
  }

  private static Kind kind(Line line, List<Piece> pieces, int[] columns) {
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
  private static int tableEnd(Kind[] kinds, int from) {
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

  /**
   * The cell's text without the spaces the copy puts between a Chinese char and a Latin letter or digit
   * ({@code 增长 6.2%左右}, {@code 48 所}): they stand for no space in the document, only for a glyph's gap.
   */
  private static String unspaced(CharSequence s) {
    StringBuilder b = new StringBuilder(s.length());
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == ' ' && i > 0 && i + 1 < n) {
        char before = s.charAt(i - 1);
        char after = s.charAt(i + 1);
        if (isWide(before) && (isWide(after) || isLatin(after)) || isLatin(before) && isWide(after)) {
          continue;
        }
      }
      b.append(c);
    }
    return b.toString();
  }

  /** A wrapped line appended to its cell: Chinese runs on with no space, Latin words get one. */
  private static void wrap(StringBuilder cell, String next) {
    if (cell.length() > 0 && isLatin(cell.charAt(cell.length() - 1)) && isLatin(next.charAt(0))) {
      cell.append(' ');
    }
    cell.append(next);
  }

  /** A Chinese char or full-width punctuation: text set without spaces. */
  private static boolean isWide(char c) {
    return Fold.isHan(c) || c >= 0x3000 && c <= 0x303F || c >= 0xFF00 && c <= 0xFFEF || c >= 0x2018 && c <= 0x201F;
  }

  private static boolean isLatin(char c) {
    return c < 0x2000 && Character.isLetterOrDigit(c);
  }
}
