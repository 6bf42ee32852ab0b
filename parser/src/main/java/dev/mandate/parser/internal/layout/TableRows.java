package dev.mandate.parser.internal.layout;

import dev.mandate.parser.internal.responsibility.Clause;
import dev.mandate.parser.internal.source.Cell;
import dev.mandate.parser.internal.text.Fold;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns table rows (cells aligned to a header) into raw measures. A merged cell reaches only its first row, so an
 * empty unit or deadline cell inherits the value of the row above: the sub-tasks under one merged 责任单位 all belong
 * to that unit. One instance per table.
 */
final class TableRows {
  private final List<Columns.Kind> columns;
  private final boolean inheritEmpty;
  private List<Clause> lastClauses = new ArrayList<>();
  private String lastDeadline;
  /** The last text seen in each task column before the last one (a category that merged cells repeat). */
  private final java.util.Map<Integer, String> categories = new java.util.HashMap<>();

  /** @param inheritEmpty whether an empty unit or deadline cell takes the row above's (text lost the merges) */
  TableRows(List<Columns.Kind> columns, boolean inheritEmpty) {
    this.columns = columns;
    this.inheritEmpty = inheritEmpty;
  }

  /** A measure for a row, or null if the row has no task cell. {@code cells} may be shorter than the header. */
  RawMeasure row(List<Cell> cells, int line) {
    int lastTask = columns.lastIndexOf(Columns.Kind.TASK);
    // joined in a builder: a row may have thousands of task columns, and joining strings would copy it each time
    StringBuilder task = null;
    List<Clause> clauses = new ArrayList<>();
    String deadline = null;
    for (int c = 0; c < columns.size() && c < cells.size(); c++) {
      Cell raw = cells.get(c);
      if (mergedCopy(cells, c)) {
        continue; // a cell merged across columns is read at its first column only
      }
      String cell = Fold.trim(raw.text());
      if (cell.isEmpty()) {
        continue;
      }
      int lead = raw.text().indexOf(cell);
      boolean[] bold = raw.bold(lead, lead + cell.length());
      switch (columns.get(c)) {
        case TASK:
          // 项目名称 then 主要内容: the name, then what it consists of
          String joined = Fold.trim(cell.replace("\n", ""));
          if (c < lastTask) {
            categories.put(c, joined);
          }
          if (task == null) {
            task = new StringBuilder(joined);
          } else {
            task.append('：').append(joined);
          }
          break;
        case UNITS:
          clauses.add(new Clause(Clause.Kind.GENERIC, cell, bold, line, 1));
          break;
        case LEAD:
          clauses.add(new Clause(Clause.Kind.LEAD, cell, bold, line, 1));
          break;
        case SUPPORT:
          clauses.add(new Clause(Clause.Kind.SUPPORT, cell, bold, line, 1));
          break;
        case DEADLINE:
          deadline = Fold.trim(cell.replace('\n', ' '));
          break;
        default:
          break;
      }
    }
    if (task == null) {
      return null;
    }
    if (inheritEmpty && lastTask > 0) {
      // a merged category cell (重点任务) reaches only its first row in text: later rows take it from above
      StringBuilder full = new StringBuilder();
      for (int c = 0; c <= lastTask && c < columns.size(); c++) {
        if (columns.get(c) != Columns.Kind.TASK) {
          continue;
        }
        if (c < cells.size() && mergedCopy(cells, c)) {
          continue;
        }
        String v = c < lastTask ? categories.get(c) : null;
        String here = c < cells.size() ? Fold.trim(cells.get(c).text().replace("\n", "")) : "";
        String part = c == lastTask ? here : (here.isEmpty() ? v : here);
        if (part != null && !part.isEmpty()) {
          full.append(full.length() > 0 ? "：" : "").append(part);
        }
      }
      if (full.length() > 0) {
        task = full;
      }
    }
    if (clauses.isEmpty() && inheritEmpty) {
      clauses = lastClauses;
    }
    if (deadline == null && inheritEmpty) {
      deadline = lastDeadline;
    }
    lastClauses = clauses;
    lastDeadline = deadline;
    RawMeasure m = new RawMeasure(task.toString(), line, 1);
    m.addClauses(clauses);
    m.deadline = deadline;
    return m;
  }

  /** Whether column c holds the cell of column c - 1 again: one cell merged across both (see {@code Row}). */
  private static boolean mergedCopy(List<Cell> cells, int c) {
    return c > 0 && cells.get(c) == cells.get(c - 1);
  }
}
