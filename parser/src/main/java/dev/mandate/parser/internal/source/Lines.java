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

import dev.mandate.model.Diagnostic;
import dev.mandate.parser.internal.Diagnostics;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * Splits text into {@link Line}s on LF, CRLF and CR; lines are views into the text.
 *
 * <p>The list holds where each line starts and ends, 8 bytes a line, and makes a {@code Line} each time one is asked
 * for. Kept as objects, a line cost 32 bytes and its folded twin 48 or more: a text of short lines (5 million
 * one-char lines in 10 MB) held 400 MB in lines alone, ten times the text.
 */
public final class Lines {
  private Lines() {}

  public static List<Line> of(String text) {
    return of(text, Integer.MAX_VALUE, null);
  }

  /** Lines of at most {@code maxLength} chars; a longer line is cut, with a LIMIT_REACHED diagnostic. */
  public static List<Line> of(String text, int maxLength, Diagnostics diagnostics) {
    return of(List.of(text), maxLength, diagnostics);
  }

  /**
   * Lines of a text held in pieces, each but the last ending with a line break (see {@link Decoded#pieces()}); lines
   * are numbered across pieces, from 1.
   */
  public static List<Line> of(List<String> pieces, int maxLength, Diagnostics diagnostics) {
    String[] texts = pieces.toArray(new String[0]);
    // counted first, so the offsets are held in arrays of the right size, not grown and copied
    int count = 0;
    for (String text : texts) {
      count += count(text);
    }
    int[] starts = new int[count];
    int[] ends = new int[count];
    int[] firstLine = new int[texts.length + 1];
    int k = 0;
    for (int p = 0; p < texts.length; p++) {
      firstLine[p] = k;
      String text = texts[p];
      int n = text.length();
      int start = 0;
      for (int i = 0; i < n; i++) {
        char c = text.charAt(i);
        if (c == '\n' || c == '\r') {
          starts[k] = afterLostChars(text, start, i);
          ends[k] = cut(starts[k], i, maxLength, k + 1, diagnostics);
          k++;
          if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
            i++;
          }
          start = i + 1;
        }
      }
      if (start < n) {
        starts[k] = afterLostChars(text, start, n);
        ends[k] = cut(starts[k], n, maxLength, k + 1, diagnostics);
        k++;
      }
    }
    firstLine[texts.length] = k;
    return new LineList(texts, firstLine, starts, ends);
  }

  /**
   * Where a line's text starts past the question marks an encoding that lost its full-width spaces left at its start
   * ({@code ???(一)第一检查督导组;}, {@code ??1.加強系統集成…}): a {@code ?} opens no sentence, so before text that is not
   * ASCII (a Han char, a bracket, a digit: a number's or a list's) the run is no part of the line; {@code start} where
   * there is none.
   */
  static int afterLostChars(String text, int start, int end) {
    int i = start;
    while (i < end && text.charAt(i) == ' ') {
      i++;
    }
    if (i >= end || text.charAt(i) != '?') {
      return start; // nearly every line
    }
    while (i < end && (text.charAt(i) == '?' || text.charAt(i) == ' ')) {
      i++;
    }
    return i < end && (text.charAt(i) >= 0x80 || text.charAt(i) == '(' || text.charAt(i) >= '0' && text.charAt(i) <= '9')
        ? i : start;
  }

  /** How many lines {@link #of} finds in one piece. */
  private static int count(String text) {
    int n = text.length();
    int lines = 0;
    int start = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines++;
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    return start < n ? lines + 1 : lines;
  }

  private static int cut(int start, int end, int maxLength, int number, Diagnostics diagnostics) {
    if (end - start <= maxLength) {
      return end;
    }
    if (diagnostics != null) {
      diagnostics.add(Diagnostic.Kind.LIMIT_REACHED, "line " + number + " has " + (end - start)
          + " chars, more than the limit of " + maxLength + "; the rest of the line was dropped (raise it with "
          + "MandateParser.builder().maxLineLength(n))", number, maxLength + 1);
    }
    return start + maxLength;
  }

  /** The lines of a text as offsets; each {@link #get} makes a new view, so callers compare lines by number. */
  private static final class LineList extends AbstractList<Line> implements RandomAccess {
    private final String[] pieces;
    /** The index of the first line of each piece, and the line count last. */
    private final int[] firstLine;
    private final int[] starts;
    private final int[] ends;
    /** The piece the last line asked for lies in: lines are read in order, so it is nearly always the one asked. */
    private int piece;

    LineList(String[] pieces, int[] firstLine, int[] starts, int[] ends) {
      this.pieces = pieces;
      this.firstLine = firstLine;
      this.starts = starts;
      this.ends = ends;
    }

    @Override
    public Line get(int index) {
      if (index < 0 || index >= starts.length) {
        throw new IndexOutOfBoundsException("line index " + index + " of " + starts.length);
      }
      int p = piece;
      if (index < firstLine[p] || index >= firstLine[p + 1]) {
        p = pieceOf(index);
        piece = p;
      }
      return new Line(index + 1, pieces[p], starts[index], ends[index]);
    }

    /** The piece holding line {@code index}: the last piece whose first line is at or before it. */
    private int pieceOf(int index) {
      int lo = 0;
      int hi = pieces.length - 1;
      while (lo < hi) {
        int mid = (lo + hi + 1) >>> 1;
        if (firstLine[mid] <= index) {
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      return lo;
    }

    @Override
    public int size() {
      return starts.length;
    }
  }
}
