package dev.mandate.parser.internal.source;

import dev.mandate.parser.internal.text.Fold;
import java.util.ArrayList;
import java.util.List;

/** Splits text into {@link Line}s on LF, CRLF and CR, in one pass; lines are views into the text. */
public final class Lines {
  private Lines() {}

  public static List<Line> of(String text) {
    String folded = Fold.fold(text);
    List<Line> out = new ArrayList<>();
    int n = text.length();
    int start = 0;
    int number = 1;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        out.add(new Line(number++, text, folded, start, i));
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < n) {
      out.add(new Line(number, text, folded, start, n));
    }
    return out;
  }
}
