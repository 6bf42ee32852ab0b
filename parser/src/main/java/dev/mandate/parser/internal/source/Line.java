package dev.mandate.parser.internal.source;

import dev.mandate.parser.internal.text.Fold;

/**
 * One line of the input: its 1-based number, the text as written (without the line break) and its folded twin.
 *
 * <p>A line of a text input is a view into the whole text: its strings are cut out when asked for, so the parse
 * does not keep a second copy of the input alive while it runs (which made large inputs GC-bound).
 */
public final class Line implements Block {
  private final int number;
  private final String source;
  private final String foldedSource;
  private final int start;
  private final int end;

  /** A line holding its own text. */
  public Line(int number, String text, String folded) {
    this(number, text, folded, 0, text.length());
  }

  /** A view of {@code [start, end)} of a whole text and its folded twin. */
  Line(int number, String source, String foldedSource, int start, int end) {
    this.number = number;
    this.source = source;
    this.foldedSource = foldedSource;
    this.start = start;
    this.end = end;
  }

  @Override
  public int number() {
    return number;
  }

  public String text() {
    return start == 0 && end == source.length() ? source : source.substring(start, end);
  }

  /** {@link dev.mandate.parser.internal.text.Fold folded} text, same length as {@link #text()}. */
  public String folded() {
    return start == 0 && end == foldedSource.length() ? foldedSource : foldedSource.substring(start, end);
  }

  /** Whether the line holds nothing but whitespace; builds nothing. */
  public boolean isBlank() {
    for (int i = start; i < end; i++) {
      if (!Fold.isSpace(foldedSource.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the folded line holds c; with {@code inner}, only between its first and last non-space chars. Asked of
   * every line before cutting any string out of it.
   */
  public boolean foldedContains(char c, boolean inner) {
    int b = start;
    int e = end;
    if (inner) {
      while (b < e && Fold.isSpace(foldedSource.charAt(b))) {
        b++;
      }
      while (e > b && Fold.isSpace(foldedSource.charAt(e - 1))) {
        e--;
      }
    }
    for (int i = b; i < e; i++) {
      if (foldedSource.charAt(i) == c) {
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
