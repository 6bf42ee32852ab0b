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
import dev.mandate.parser.internal.source.Block;
import dev.mandate.parser.internal.source.Line;
import dev.mandate.parser.internal.text.Fold;
import java.util.ArrayList;
import java.util.List;

/**
 * Labelled rows flattened one cell a line: {@code 具体措施} (colon or not) on a line of its own, the task's lines,
 * then {@code 责任单位} and the units on the next line; {@code 序号}/{@code 2} and deadline or remark cells between;
 * and a label line cut before its units ({@code 责任单位：} / {@code 市教育局}).
 */
final class LoneLabels {

  /** How many lines a flattened task cell may run to before its responsibility label: keeps the look-ahead short. */
  private static final int TASK_LINES = 12;

  private final Outline outline;
  /** The measure of the last flattened labelled row: the labels alone on their lines that follow are its own. */
  private Item loneTask;
  /**
   * The name of the label its task was read under: a record whose task is a problem (整改任务) may go on with the
   * measures taken (整改措施); the same label again (具体措施, 具体措施) is the next record.
   */
  private String loneTaskName;

  LoneLabels(Outline outline) {
    this.outline = outline;
  }

  /**
   * Reads a labelled row flattened one cell a line, from the label line at {@code i}: {@code 具体措施} and the task's
   * lines up to a responsibility label, or {@code 责任单位} and the units on the next line. Returns the index of the
   * last line read, or -1, having read nothing, if the line is no such label.
   *
   * <p>A task label's lines are read as its task only if a responsibility, person or deadline label, alone on its
   * line too, follows within {@link #TASK_LINES} lines: a heading such as {@code 主要任务} over items that each have a
   * label line ({@code 牵头单位:X}) is no row.
   */
  int read(List<? extends Block> blocks, int i, String t) {
    if (t.length() > 2 * LoneLabel.LONGEST + 1) {
      return -1;
    }
    LoneLabel lone = LoneLabel.of(t);
    if (lone == null) {
      return -1;
    }
    int end = Math.min(blocks.size(), i + 1 + TASK_LINES);
    if (lone.task && loneTask != null && loneTask == outline.current() && loneTask.measure().clauses().size() > 0
        && isMeasuresName(t) && loneTaskName != null && !isMeasuresName(loneTaskName)) {
      return recordsMeasures(blocks, i);
    }
    if (lone.task) {
      return taskRow(blocks, i, end);
    }
    if (!lone.label()) {
      // 序号 / 2. before a row, or 备注 / its cell within one: neither a measure nor a heading
      int k = nextTextLine(blocks, i + 1, end);
      if (k >= 0 && Cells.isSerial(((Line) blocks.get(k)).folded())) {
        return k;
      }
      int cell = cellLine(blocks, i + 1, end);
      return cell >= 0 && loneTask != null && loneTask == outline.current() ? cell : -1;
    }
    int j = cellLine(blocks, i + 1, end);
    if (j < 0) {
      return -1;
    }
    Line l = (Line) blocks.get(j);
    String text = l.text();
    int b = Fold.trimStart(text, 0, text.length());
    boolean cutAtColon = b < text.length() && Fold.fold(text.charAt(b)) == ':';
    if (cutAtColon) {
      b++; // 责任单位 / :X, a label line cut before its colon
    }
    // in a flattened row the next line is the label's cell; elsewhere only a label line cut at its colon, over a
    // plain list of units, is read as one: a label alone on its line is otherwise too often something else
    if (!(loneTask != null && loneTask == outline.current()
        || (lone.colon || cutAtColon) && Cells.isUnits(Fold.fold(text.substring(b))))) {
      return -1;
    }
    if (lone.kind.namesUnits() && !isUnitsCell(l.folded())) {
      return -1; // 责任单位 over 2022-12-31: cells out of order, not this label's
    }
    outline.closeContinuation();
    outline.attach(text.substring(b), null, l.number(), b + 1, lone.kind);
    return j;
  }

  /** {@code 具体措施} alone, then the task's lines, read only if a responsibility label alone and its cell follow. */
  private int taskRow(List<? extends Block> blocks, int i, int end) {
    StringBuilder body = null;
    Line first = null;
    int last = -1;
    boolean bodyEnded = false;
    boolean skipValue = false;
    for (int j = i + 1; j < end && blocks.get(j) instanceof Line; j++) {
      Line l = (Line) blocks.get(j);
      if (l.isBlank()) {
        continue;
      }
      String lt = Fold.trim(l.folded());
      LoneLabel next = LoneLabel.of(lt);
      if (next == null && LoneLabel.isLabelled(lt)) {
        // a label line with its units (牵头单位:X) after a heading such as 主要任务, or a flattened table's header
        return -1;
      }
      if (next == null) {
        if (skipValue) {
          skipValue = false; // the deadline's or person's cell
        } else if (bodyEnded || !isCellLine(lt) || !Labels.find(lt).isEmpty()) {
          return -1; // items, headings, rows or units of their own: a heading over them, not a row
        } else {
          if (body == null) {
            body = new StringBuilder();
            first = l;
          }
          body.append(Fold.trim(l.text()));
          last = j;
        }
        continue;
      }
      if (next.task || body == null || skipValue) {
        return -1; // another task, or a label with no cell: no row
      }
      if (next.kind == null || next.kind == Clause.Kind.DEADLINE || next.kind == Clause.Kind.PERSON) {
        bodyEnded = true; // 完成时限 / its cell, or 备注 / its cell, may come before the units
        skipValue = true;
        continue;
      }
      int units = cellLine(blocks, j + 1, Math.min(blocks.size(), j + 1 + TASK_LINES));
      if (units < 0 || !isUnitsCell(((Line) blocks.get(units)).folded())) {
        // 责任单位 over another label, a header word, a date or a number: a flattened table's cells out of order
        return -1;
      }
      outline.addDirect(body.toString(), first, Fold.trimStart(first.text(), 0, first.text().length()) + 1);
      loneTask = outline.current();
      loneTaskName = Fold.trim(((Line) blocks.get(i)).folded());
      return last;
    }
    return -1;
  }

  /** A task column's name that names the measures taken ({@code 整改措施}, {@code 具体措施}), not a problem or a goal. */
  static boolean isMeasuresName(String t) {
    String w = t.endsWith(":") ? t.substring(0, t.length() - 1) : t;
    return w.endsWith("措施") || w.endsWith("举措");
  }

  /**
   * A record whose task was read ({@code 整改任务} / its text / {@code 责任单位} / its units) goes on with the measures
   * taken ({@code 整改措施} / {@code (一)…} / {@code (二)…}): those are its tasks, each with the record's units, and the
   * first cell (the problem) stands for none. Returns the index of the last line read.
   */
  private int recordsMeasures(List<? extends Block> blocks, int i) {
    List<RawMeasure> measures = new ArrayList<>();
    int last = i;
    for (int j = i + 1; j < blocks.size() && blocks.get(j) instanceof Line; j++) {
      Line l = (Line) blocks.get(j);
      if (l.isBlank()) {
        continue;
      }
      String lt = Fold.trim(l.folded());
      if (LoneLabel.of(lt) != null || LoneLabel.isLabelled(lt) || lt.indexOf('|') >= 0) {
        break;
      }
      String text = Fold.trim(l.text());
      Numbering.Prefix prefix = Numbering.of(lt);
      if (prefix.style != Numbering.NONE || measures.isEmpty()) {
        // (一)…, (二)…: each numbered paragraph a measure; a line without numbering goes on with the one above
        measures.add(new RawMeasure(text.substring(Math.min(text.length(), prefix.length)), l.number(), 1));
      } else {
        RawMeasure m = measures.get(measures.size() - 1);
        m.setText(m.text() + text);
      }
      last = j;
    }
    if (measures.isEmpty()) {
      return i;
    }
    for (RawMeasure m : measures) {
      m.addClauses(loneTask.measure().clauses());
      outline.addDirect(m);
    }
    loneTask.superseded = true;
    loneTask = null;
    return last;
  }

  /**
   * The index of the first line with text in {@code [from, to)} if it can be a lone label's cell — not a label, a
   * labelled line or a header word — else -1.
   */
  private static int cellLine(List<? extends Block> blocks, int from, int to) {
    int j = nextTextLine(blocks, from, to);
    if (j < 0) {
      return -1;
    }
    String lt = Fold.trim(((Line) blocks.get(j)).folded());
    return LoneLabel.of(lt) != null || LoneLabel.isLabelled(lt) || !isCellLine(lt) ? -1 : j;
  }

  /** The index of the first line with text in {@code [from, to)}, or -1 if none comes before another block. */
  private static int nextTextLine(List<? extends Block> blocks, int from, int to) {
    for (int j = from; j < to && blocks.get(j) instanceof Line; j++) {
      if (!((Line) blocks.get(j)).isBlank()) {
        return j;
      }
    }
    return -1;
  }

  /** Whether a flattened cell under a units label can be units: it starts with a unit's name. */
  private static boolean isUnitsCell(String folded) {
    return Cells.startsWithUnit(folded) && !Cells.isDeadline(folded);
  }

  /** Whether a line can be a flattened cell's text: no numbered item or heading, no row of a table. */
  private static boolean isCellLine(String foldedTrimmed) {
    return Numbering.of(foldedTrimmed).style == Numbering.NONE && foldedTrimmed.indexOf('|') < 0
        && foldedTrimmed.indexOf('\t') < 0;
  }
}
