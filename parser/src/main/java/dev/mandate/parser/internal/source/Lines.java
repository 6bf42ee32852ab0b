package dev.mandate.parser.internal.source;

import java.util.ArrayList;
import java.util.List;

/** Splits text into {@link Line}s on LF, CRLF and CR, in one pass; lines are views into the text. */
public final class Lines {
  private Lines() {}

  public static List<Line> of(String text) {
    return of(text, Integer.MAX_VALUE, null);
  }

  /** Lines of at most {@code maxLength} chars; a longer line is cut, with a LIMIT_REACHED diagnostic. */
  public static List<Line> of(String text, int maxLength, dev.mandate.parser.internal.Diagnostics diagnostics) {
    return of(List.of(text), maxLength, diagnostics);
  }

  /**
   * Lines of a text held in pieces, each but the last ending with a line break (see {@link Decoded#pieces()}); lines
   * are numbered across pieces.
   */
  public static List<Line> of(List<String> pieces, int maxLength, dev.mandate.parser.internal.Diagnostics diagnostics) {
    List<Line> out = new ArrayList<>();
    int number = 1;
    for (String text : pieces) {
      int n = text.length();
      int start = 0;
      for (int i = 0; i < n; i++) {
        char c = text.charAt(i);
        if (c == '\n' || c == '\r') {
          out.add(new Line(number++, text, start, cut(start, i, maxLength, number - 1, diagnostics)));
          if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
            i++;
          }
          start = i + 1;
        }
      }
      if (start < n) {
        out.add(new Line(number++, text, start, cut(start, n, maxLength, number - 1, diagnostics)));
      }
    }
    return out;
  }

  private static int cut(int start, int end, int maxLength, int number,
      dev.mandate.parser.internal.Diagnostics diagnostics) {
    if (end - start <= maxLength) {
      return end;
    }
    if (diagnostics != null) {
      diagnostics.add(dev.mandate.model.Diagnostic.Kind.LIMIT_REACHED, "line " + number + " has " + (end - start)
          + " chars, more than the limit of " + maxLength + "; the rest of the line was dropped (raise it with "
          + "MandateParser.builder().maxLineLength(n))", number, maxLength + 1);
    }
    return start + maxLength;
  }
}
