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
import dev.mandate.parser.internal.responsibility.Labels;
import dev.mandate.parser.internal.text.Fold;

/**
 * A label standing alone on a line or in a cell, with no text after it ({@code 具体措施}, {@code 责任单位:},
 * {@code 责 任 单 位}): a task column's name; a responsibility, person or deadline label, or a column's name that
 * says the same ({@link #kind}); or the name of another column (序号, 备注), neither.
 */
final class LoneLabel {

  /** The longest label word read alone on a line or in a cell, in chars, spaces left out. */
  static final int LONGEST = 12;

  /** The first chars of every label and column name, folded. */
  final boolean task;
  final Clause.Kind kind;
  final boolean colon;

  private LoneLabel(boolean task, Clause.Kind kind, boolean colon) {
    this.task = task;
    this.kind = kind;
    this.colon = colon;
  }

  /** Whether it labels a task or a clause; if not, it names a column whose cells are neither. */
  boolean label() {
    return task || kind != null;
  }

  /** Whether its cell holds units (not a task, deadline or person). */
  boolean units() {
    return !task && kind != null && kind.namesUnits();
  }

  /** Whether {@code foldedTrimmed} is a label alone that labels a task or a clause. */
  static boolean isLabel(String foldedTrimmed) {
    LoneLabel lone = of(foldedTrimmed);
    return lone != null && lone.label();
  }

  /** The clause kind of a column that holds units or deadlines, for its name standing alone as a label. */
  static Clause.Kind clauseKind(Columns.Kind column) {
    switch (column) {
      case UNITS:
        return Clause.Kind.GENERIC;
      case LEAD:
        return Clause.Kind.LEAD;
      case SUPPORT:
        return Clause.Kind.SUPPORT;
      case DEADLINE:
        return Clause.Kind.DEADLINE;
      default:
        return null;
    }
  }

  /** {@code foldedTrimmed}, a line or cell, as a label standing alone, or null. */
  static LoneLabel of(String foldedTrimmed) {
    int n = foldedTrimmed.length();
    if (n < 2 || n > 2 * LONGEST + 1 || !Fold.isHan(foldedTrimmed.charAt(0))) {
      return null; // a label or a column's name starts with a Han char; its words are read by their shape below
    }
    boolean colon = foldedTrimmed.charAt(n - 1) == ':';
    int end = colon ? n - 1 : n;
    boolean spaced = false;
    for (int i = 0; i < end; i++) {
      char c = foldedTrimmed.charAt(i);
      if (c == ':') {
        return null; // 责任单位:市教育局, a label with its units
      }
      spaced |= Fold.isSpace(c);
    }
    String word;
    if (spaced) {
      StringBuilder w = new StringBuilder(end);
      for (int i = 0; i < end; i++) {
        char c = foldedTrimmed.charAt(i);
        if (!Fold.isSpace(c)) {
          w.append(c);
        }
      }
      word = w.toString();
    } else {
      word = colon ? foldedTrimmed.substring(0, end) : foldedTrimmed;
    }
    if (word.length() < 2 || word.length() > LONGEST) {
      return null;
    }
    Columns.Kind column = Columns.kind(word);
    if (column == Columns.Kind.TASK) {
      return new LoneLabel(true, null, colon);
    }
    Clause.Kind k = Labels.named(word);
    if (k == null && column != null) {
      k = clauseKind(column);
    }
    return k == null && column == null ? null : new LoneLabel(false, k, colon);
  }

  /** {@code 具体措施:} alone in a cell. */
  static boolean isTaskLabelCell(String foldedCell) {
    String t = Fold.trim(foldedCell);
    return t.endsWith(":") && Columns.kind(t.substring(0, t.length() - 1)) == Columns.Kind.TASK;
  }

  /** {@code 具体措施:根据…} on a line of its own. */
  static boolean isTaskLabelLine(String foldedTrimmed) {
    int colon = foldedTrimmed.indexOf(':');
    return colon > 1 && colon <= 8 && Columns.kind(foldedTrimmed.substring(0, colon)) == Columns.Kind.TASK
        && !namesAUnit(foldedTrimmed, colon);
  }

  /**
   * Whether a task label's words before its colon are a unit's name and its duties' words ({@code 县水利局职责:}): a
   * heading over that unit's duties, or the unit of the duty after it, no task's label. (A table's column of that name,
   * 县直部门职责, stays the task's.)
   */
  private static boolean namesAUnit(String folded, int colon) {
    return UnitHeading.unnumbered(folded.substring(0, colon)) != null;
  }

  /** The colon of a task label ({@code 具体措施:}) starting a folded, trimmed cell, or -1. */
  static int taskColon(String first) {
    int colon = first.indexOf(':');
    return colon > 0 && colon <= 8 && Columns.kind(first.substring(0, colon)) == Columns.Kind.TASK
        && !namesAUnit(first, colon) ? colon : -1;
  }

  /** Whether a line is a label with its text ({@code 牵头单位:X}, {@code 具体措施:X}) or a column's name. */
  static boolean isLabelled(String foldedTrimmed) {
    return Labels.leading(foldedTrimmed) != null || isTaskLabelLine(foldedTrimmed)
        || Columns.kind(foldedTrimmed) != null;
  }
}
