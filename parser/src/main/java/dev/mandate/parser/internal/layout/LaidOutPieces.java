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
import dev.mandate.parser.internal.text.Fold;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The geometry of text copied out of a laid-out page ({@code pdftotext -layout}) for {@link LaidOutColumns}: a line's
 * pieces between runs of spaces and where they start, the columns those starts line up in, and a piece cut where it
 * runs across a column's start.
 */
final class LaidOutPieces {

  /** How far a piece may start from its column's start, in chars: the copy rounds positions, and pads. */
  static final int TOLERANCE = 3;
  /** The fewest lines a column's start is seen on. */
  private static final int SUPPORT = 2;
  /** A page whose pieces start at more places than this is no table's: left as it is. */
  private static final int MAX_COLUMNS = 64;
  /** The units of measure that may follow a number, folded. */
  private static final ImmutableSet<String> UNITS = UnitsOfMeasure.with(List.of()).units();
  /** The longest unit of measure looked for, in chars. */
  private static final int LONGEST_UNIT = 6;

  private LaidOutPieces() {}

  /**
   * A piece of a line: text between runs of two spaces or more, and where it starts, in columns: chars, or display
   * columns (a Chinese char two), as the page was laid out.
   */
  static final class Piece {
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
  static int width(String t, int from, int to, boolean display) {
    if (!display) {
      return to - from;
    }
    int w = 0;
    for (int i = from; i < to; i++) {
      w += isWide(t.charAt(i)) ? 2 : 1;
    }
    return w;
  }

  /** A line's pieces: text between runs of two spaces or more (a form feed is a space). */
  static List<Piece> pieces(String t, boolean display) {
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
  static int[] columns(List<List<Piece>> pieces) {
    return columns(pieces, SUPPORT);
  }

  /** As {@link #columns(List)}, columns seen on {@code support} lines at least. */
  static int[] columns(List<List<Piece>> pieces, int support) {
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
  static boolean within(int[] a, int[] b) {
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
  static int[] merged(int[] a, int[] b) {
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
  static int column(int[] columns, int at) {
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
  static List<Piece> split(List<Piece> pieces, int[] columns) {
    if (pieces.size() < 2 && (pieces.isEmpty() || pieces.get(0).start < 2)) {
      return pieces; // a line of one piece from the margin: a paragraph's, or a row across the table
    }
    return Spliced.each(pieces, p -> cut(p, columns));
  }

  /** The piece cut at columns it reaches over, or null if it reaches over none or has no space near one. */
  static List<Piece> cut(Piece p, int[] columns) {
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

  /**
   * The cell's text without the spaces the copy puts between a Chinese char and a Latin letter or digit
   * ({@code 增长 6.2%左右}, {@code 48 所}): they stand for no space in the document, only for a glyph's gap.
   */
  static String unspaced(CharSequence s) {
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
  static void wrap(StringBuilder cell, String next) {
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

}
