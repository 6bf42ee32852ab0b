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

import dev.mandate.parser.internal.responsibility.AgencyNames;
import dev.mandate.parser.internal.responsibility.Clause;
import dev.mandate.parser.internal.responsibility.Labels;
import dev.mandate.parser.internal.text.Fold;

/**
 * Where a part of a run-on line starts for {@link RunOnLines} though nothing parts it from the text before: a number
 * glued to a label's value ({@code 责任科室:县总医院2.针对…}), a short heading glued between a sentence's end and its
 * list's first item ({@code …报告。防汛办主要职责1、贯彻…}), a numbered heading before a space ({@code 五、责任分工 交通部门:…}).
 */
final class GluedStarts {

  private GluedStarts() {}

  /** The most chars a label's value glued to the next item may span. */
  private static final int MAX_GLUED_VALUE = 60;

  /**
   * Whether the text before {@code at} is a label's value and nothing more, back to the label's colon: a units label's
   * list of agencies ({@code 责任科室(单位):县总医院、县妇幼保健院}) or a time label's date ({@code 完成时间:5月10日前}).
   * Where numbering follows such a value with no separator, the value has ended and the next item starts.
   */
  static boolean endsLabelledValue(String f, int at) {
    int colon = -1;
    boolean digits = false;
    for (int k = at - 1; k >= 0 && at - k <= MAX_GLUED_VALUE; k--) {
      char c = f.charAt(k);
      if (c == ':') {
        colon = k;
        break;
      }
      digits |= c >= '0' && c <= '9';
      if (!(Fold.isHan(c) || c == '、' || c == '(' || c == ')' || c >= '0' && c <= '9')) {
        return false; // a sentence's punctuation: the numbering is inside a task's text
      }
    }
    if (colon < 0) {
      return false;
    }
    String value = f.substring(colon + 1, at);
    boolean units = !digits && AgencyNames.isList(value);
    boolean date = !units && Cells.isDeadline(value) && "前底末内日月".indexOf(f.charAt(at - 1)) >= 0;
    if (!units && !date) {
      return false;
    }
    int from = Math.max(0, colon - 12);
    for (Labels.Found label : Labels.find(f.substring(from, colon + 1))) {
      if (units ? label.kind().namesUnits() : label.kind() == Clause.Kind.DEADLINE) {
        return true;
      }
    }
    return false;
  }

  /** The most chars of a numbered heading that opens a line before a space (五、责任分工 交通部门:…). */
  private static final int MAX_HEADING = 20;

  /**
   * Whether the words before the space at {@code space}, back to the space or line start before them, are a numbered
   * heading ({@code [接上页] 五、责任分工 交通部门:一是…}): the heading ends at the space, and a unit's duties may start
   * after it.
   */
  static boolean headingBefore(String f, int space) {
    int e = Fold.trimEnd(f, 0, space);
    int first = e;
    while (first > 0 && e - first <= MAX_HEADING && !Fold.isSpace(f.charAt(first - 1))) {
      char c = f.charAt(first - 1);
      if (c == '。' || c == ',' || c == ':' || c == ';') {
        return false;
      }
      first--;
    }
    if (e <= first || e - first > MAX_HEADING || first > 0 && !Fold.isSpace(f.charAt(first - 1))
        || !RunOnLines.isItemStart(f, first)) {
      return false;
    }
    // (the heading's words after its number: 1. 县水利局:负责… is an item whose number a space parts from its unit)
    int words = first + Numbering.of(f.substring(first, e)).length;
    return e - words >= 2;
  }

  /** The most chars of a heading glued between a sentence's end and its list's first item. */
  private static final int MAX_GLUED_TITLE = 16;

  /**
   * Where a short heading starts that is glued to the first item of its list at {@code at} ({@code …报告。防汛办主要职责1、
   * 贯彻…}): Han only back to a sentence's end, and the number one, a list that starts again; -1 where there is none.
   */
  static int gluedHeadingStart(String f, int at) {
    if (Numbering.valueAt(f, at) != 1) {
      return -1;
    }
    for (int k = at - 1; k >= 0 && at - k <= MAX_GLUED_TITLE + 1; k--) {
      char c = f.charAt(k);
      if (c == '。' || c == '.' && k > 0 && Fold.isHan(f.charAt(k - 1))) {
        return at - k - 1 >= 4 ? k + 1 : -1;
      }
      if (!Fold.isHan(c)) {
        return -1;
      }
    }
    return -1;
  }
}
