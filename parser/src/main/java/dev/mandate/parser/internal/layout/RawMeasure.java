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

import com.google.common.collect.ImmutableList;
import dev.mandate.parser.internal.responsibility.Clause;
import dev.mandate.parser.internal.text.Fold;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A measure as the layout found it: its text, where it is, its section, its unit clauses and deadline cell. */
public final class RawMeasure {
  private String text;
  final int line;
  final int column;
  ImmutableList<String> section = ImmutableList.of();
  /** The section a table row gives itself (its category and name cells), after the headings above it. */
  ImmutableList<String> rowSection = ImmutableList.of();
  /** Made on the first clause: most lines that might be measures never get one. */
  private List<Clause> clauses;
  String deadline;
  /**
   * The words of a time closing the measure's role sentence, outside its text ({@code 由市城规局牵头,…,7月1日完成}: {@code
   * 7月1日完成}), or null: the measure's deadline phrase where it has no deadline cell and its text none.
   */
  String closingTime;
  /**
   * Whether its clauses close it — an inline bracket at its end, or label lines after it — rather than come from its
   * own table row: such a clause also covers the clause-less items of its numbering right before it ((1)…(3) then one
   * 责任单位 line).
   */
  boolean closingClause;
  /**
   * Whether that closing clause is a row's units cell after its last sub-item ({@code 2、…. 区卫生局}): it covers the
   * sub-items before only where each ends as a sentence and names no unit of its own after a space.
   */
  boolean closedByRowCell;

  RawMeasure(String text, int line, int column) {
    this.text = text;
    this.line = line;
    this.column = column;
  }

  public String text() {
    return text;
  }

  void setText(String text) {
    this.text = text;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  public ImmutableList<String> section() {
    return section;
  }

  /**
   * Its clauses, in the order read; not to be changed (the list itself, not a read-only view: this is read once or
   * more per measure, and a view made each time was 3 % of what a parse allocated).
   */
  public List<Clause> clauses() {
    return clauses == null ? Collections.emptyList() : clauses;
  }

  boolean hasClauses() {
    return clauses != null && !clauses.isEmpty();
  }

  /**
   * Whether its only units are those its sentence starts with ({@code 各镇区、各单位结合实际…}): label lines after it
   * ({@code 牵头责任单位:爱卫办}) say who carries it instead, the subject staying in the text.
   */
  boolean unitsFromSubject;
  /** The clauses read from bare lists of units on the lines under it (no label, no bracket), or null. */
  List<Clause> bareUnits;

  /**
   * Whether a clause on the line after it may still be its own, though it has clauses: those it has are only its
   * subject's units or a bare list's, which a labelled clause after them says better.
   */
  boolean yieldsToClauseAfter() {
    return unitsFromSubject || bareUnits != null;
  }

  /** Drops the clauses read from bare lists of units, and the closing they gave it. */
  void dropBareUnits() {
    if (bareUnits != null && clauses != null) {
      clauses.removeAll(bareUnits);
      closingClause = false;
    }
    bareUnits = null;
  }

  void addClause(Clause c) {
    if (unitsFromSubject && namesWhoCarries(c)) {
      clauses = null;
      unitsFromSubject = false;
    }
    if (clauses == null) {
      clauses = new ArrayList<>(2);
    }
    clauses.add(c);
  }

  void addClauses(List<Clause> more) {
    if (unitsFromSubject && more.stream().anyMatch(RawMeasure::namesWhoCarries)) {
      clauses = null;
      unitsFromSubject = false;
    }
    if (clauses == null) {
      clauses = new ArrayList<>(more);
    } else {
      clauses.addAll(more);
    }
  }

  /** Its clauses, taken away from it (an empty list if it had none). */
  List<Clause> takeClauses() {
    List<Clause> out = clauses == null ? Collections.emptyList() : clauses;
    clauses = null;
    return out;
  }

  /**
   * Whether a clause names who carries the task, a lead or units of no said role: not a clause of partners alone
   * ({@code (市财政局配合)}), which leaves the subject leading.
   */
  private static boolean namesWhoCarries(Clause c) {
    if (c.kind() == Clause.Kind.SUPPORT || c.kind() == Clause.Kind.PERSON || c.kind() == Clause.Kind.DEADLINE
        || c.kind() == Clause.Kind.REMARK) {
      return false;
    }
    String t = Fold.trim(Fold.fold(c.text()));
    return !(t.endsWith("配合") || t.endsWith("协办") || t.endsWith("参与") || t.endsWith("协助"));
  }

  /** The deadline cell or label, as written, or null. */
  public String deadline() {
    return deadline;
  }

  /** The words of a time after the measure's role sentence, where its deadline phrase may be; or null. */
  public String closingTime() {
    return closingTime;
  }

  @Override
  public String toString() {
    return line + ": " + text + " " + clauses();
  }
}
