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
   * A unit list without the deadline it ends with ({@code 市卫生健康委牵头，市妇联配合；2023年12月底前完成}) or opens
   * with ({@code 2023年底前,由市经委牵头}), or the period it is reported in ({@code 季度,由市统计局为主落实}): the deadline
   * goes to the measure, where it has none yet; null if nothing but the deadline was there.
   */
  static Clause withoutTrailingDeadline(Clause c, RawMeasure m) {
    c = withoutLeadingTime(c, m);
    if (c == null) {
      return null;
    }
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
    return new Clause(c.kind(), text.substring(0, keep), boldOf(c, 0, keep), c.line(), c.column());
  }

  /**
   * The list without a first part, before its comma or semicolon, that is a date or a time ({@code 2023年底前,}) or a
   * period of reporting ({@code 季度,}, {@code 每月,}): no unit's name, though it stands where the list starts. A date
   * goes to the measure as its deadline where it has none yet; a period is how often, and a start ({@code 自2024年3月起,})
   * when the work begins: no deadline either.
   */
  private static Clause withoutLeadingTime(Clause c, RawMeasure m) {
    String text = c.text();
    String f = Fold.fold(text);
    int sep = -1;
    for (int i = 0; i < f.length() && sep < 0; i++) {
      char ch = f.charAt(i);
      if (ch == ',' || ch == ';') {
        sep = i;
      } else if (i > 20) {
        return c; // a date or a period is short: most lists end their first part later or never
      }
    }
    if (sep <= 0) {
      return c;
    }
    String first = Fold.trim(f.substring(0, sep));
    boolean period = Cells.isPeriod(first);
    if (first.isEmpty() || !period && (!Cells.isDeadline(first) || Cells.startsWithUnit(first))) {
      return c;
    }
    int rest = Fold.trimStart(text, sep + 1, text.length());
    if (rest >= text.length()) {
      return c;
    }
    // (自2024年3月起: when the task starts, no deadline, and no unit either)
    boolean start = first.startsWith("自") || first.startsWith("从") || first.endsWith("起") || first.endsWith("开始");
    if (!period && !start && m.deadline == null) {
      m.deadline = Fold.trim(text.substring(0, sep));
    }
    return new Clause(c.kind(), text.substring(rest), boldOf(c, rest, text.length()), c.line(), c.column() + rest);
  }

  /** The bold of {@code c}'s chars {@code [from, to)}, for the part of it kept; null where its source shows no type. */
  private static boolean[] boldOf(Clause c, int from, int to) {
    if (!c.hasType()) {
      return null;
    }
    boolean[] bold = new boolean[to - from];
    for (int i = from; i < to; i++) {
      bold[i - from] = c.bold(i);
    }
    return bold;
  }
}
