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

import dev.mandate.parser.internal.responsibility.Clause;
import dev.mandate.parser.internal.source.Cell;
import dev.mandate.parser.internal.text.Fold;
import java.util.ArrayList;
import java.util.List;

/** The text of a clause as the layout hands it on: cells joined with their bold, a trailing deadline taken out. */
final class ClauseText {

  final String text;
  /** One flag per char of {@link #text}, or null where the source shows no type. */
  final boolean[] bold;

  private ClauseText(String text, boolean[] bold) {
    this.text = text;
    this.bold = bold;
  }

  /** The cells' text, joined by spaces, with their bold where the source shows type. */
  static ClauseText ofCells(List<Cell> cells) {
    StringBuilder text = new StringBuilder();
    List<boolean[]> masks = new ArrayList<>();
    boolean typed = false;
    for (Cell c : cells) {
      if (text.length() > 0) {
        text.append(' ');
        masks.add(new boolean[1]);
      }
      text.append(c.text());
      masks.add(c.hasType() ? c.bold(0, c.text().length()) : new boolean[c.text().length()]);
      typed |= c.hasType();
    }
    return new ClauseText(text.toString(), typed ? concat(masks, text.length()) : null);
  }

  private static boolean[] concat(List<boolean[]> masks, int length) {
    boolean[] out = new boolean[length];
    int at = 0;
    for (boolean[] m : masks) {
      System.arraycopy(m, 0, out, at, m.length);
      at += m.length;
    }
    return out;
  }

  /**
   * A unit list without the deadline it ends with ({@code 市卫生健康委牵头，市妇联配合；2023年12月底前完成}): the deadline
   * goes to the measure, where it has none yet; null if nothing but the deadline was there.
   */
  static Clause withoutTrailingDeadline(Clause c, RawMeasure m) {
    String text = c.text();
    String f = Fold.fold(text);
    int cut = Fold.trimEnd(f, 0, f.length());
    while (cut > 0 && "。;,".indexOf(f.charAt(cut - 1)) >= 0) {
      cut--;
    }
    // the last part after a separator, or the whole list
    int start = cut;
    while (start > 0 && ";,".indexOf(f.charAt(start - 1)) < 0) {
      start--;
    }
    String segment = Fold.trim(text.substring(start, cut));
    String fs = Fold.fold(segment);
    if (segment.isEmpty() || !Cells.isDeadline(fs) || Cells.startsWithUnit(fs)) {
      return c;
    }
    if (m.deadline == null) {
      m.deadline = segment;
    }
    int keep = start == 0 ? 0 : Fold.trimEnd(text, 0, start - 1);
    if (keep == 0) {
      return null;
    }
    boolean[] bold = null;
    if (c.hasType()) {
      bold = new boolean[keep];
      for (int i = 0; i < keep; i++) {
        bold[i] = c.bold(i);
      }
    }
    return new Clause(c.kind(), text.substring(0, keep), bold, c.line(), c.column());
  }

}
