package dev.mandate.parser.internal.source;

import dev.mandate.parser.internal.text.Fold;
import java.util.ArrayList;
import java.util.List;

/** Splits text into {@link Line}s on LF, CRLF and CR, in one pass. */
public final class Lines {
  private Lines() {}

  public static List<Line> of(String text) {
    List<Line> out = new ArrayList<>();
    int n = text.length();
    int start = 0;
    int number = 1;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        String s = text.substring(start, i);
        out.add(new Line(number++, s, Fold.fold(s)));
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < n) {
      String s = text.substring(start);
      out.add(new Line(number, s, Fold.fold(s)));
    }
    return out;
  }
}
