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
import dev.mandate.parser.internal.responsibility.AgencyNames;
import dev.mandate.parser.internal.responsibility.Clause;
import dev.mandate.parser.internal.responsibility.Labels;
import dev.mandate.parser.internal.source.Cell;
import dev.mandate.parser.internal.text.Brackets;
import dev.mandate.parser.internal.text.Fold;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
  /** The last text seen in each section column (a category that merged cells repeat). */
  private final java.util.Map<Integer, String> categories = new java.util.HashMap<>();
  /**
   * Whether a category column's sentence has held a figure in a row read so far (新建公办幼儿园5所。): the column holds
   * tasks with their targets, so none of its short phrases is a point's heading ({@link #headsLongerTask}).
   */
  private boolean categoryHoldsTasks;
  /** The last lead cell's clauses by column: a lead cell merged over rows reaches only the first in text. */
  private final java.util.Map<Integer, List<Clause>> leads = new java.util.HashMap<>();

  /** @param inheritEmpty whether an empty unit or deadline cell takes the row above's (text lost the merges) */
  TableRows(List<Columns.Kind> columns, boolean inheritEmpty) {
    this.columns = columns;
    this.inheritEmpty = inheritEmpty;
  }

  /** A measure for a row, or null if the row has no task cell. {@code cells} may be shorter than the header. */
  RawMeasure row(List<Cell> cells, int line) {
    return row(cells, line, false);
  }

  /**
   * As {@link #row(List, int)}; a row of its own (with its serial) that ends the text ({@code endOfText}) inherits no
   * units or deadline: a page cut short in its last row lost them, they were not merged with the row above.
   */
  RawMeasure row(List<Cell> cells, int line, boolean endOfText) {
    return row(cells, line, endOfText, false);
  }

  /**
   * As {@link #row(List, int, boolean)}; {@code cutShort}: the text shows the row cut (a pipe row that ends the text
   * without its closing pipe, a flattened row whose task is numbered as rows are where the table has no serial), so it
   * inherits nothing either.
   */
  RawMeasure row(List<Cell> cells, int line, boolean endOfText, boolean cutShort) {
    int taskColumn = columns.indexOf(Columns.Kind.TASK);
    String task = null;
    boolean taskFromSection = false;
    List<Clause> clauses = new ArrayList<>();
    List<Clause> mergedLeads = new ArrayList<>();
    String deadline = null;
    boolean ownNone = false;
    ImmutableList.Builder<String> section = null;
    for (int c = 0; c < columns.size(); c++) {
      Cell raw = c < cells.size() ? cells.get(c) : null;
      // a cell merged across columns is read at its first column only, or at the task column if it covers it (a
      // task written across its name's and its content's columns)
      boolean coversTask = raw != null && taskColumn > c && taskColumn < cells.size() && cells.get(taskColumn) == raw;
      if (raw != null && (mergedCopy(cells, c) && c != taskColumn || coversTask)) {
        continue;
      }
      String cell = raw == null ? "" : Fold.trim(raw.text());
      Columns.Kind kind = columns.get(c);
      if (kind == Columns.Kind.SECTION && isSentence(cell) && SubjectStarts.hasFigure(cell, 0, cell.length())) {
        categoryHoldsTasks = true;
      }
      if (kind == Columns.Kind.SECTION && isSentence(cell) && task == null && !headsNumberedTask(cell, cells, taskColumn)
          && (categoryHoldsTasks || !headsLongerTask(cell, cells, taskColumn))) {
        // a task-like column before the task column whose cell is a whole sentence is the task, and the columns
        // after it a plan beside it (实事项目 | 工作举措及实施计划): its cells say which of the two it is
        task = Fold.trim(cell.replace("\n", ""));
        taskFromSection = true;
        continue;
      }
      if (kind == Columns.Kind.SECTION) {
        // a category or a project's name: merged cells reach only their first row in text, later rows take it
        String here = Fold.trim(cell.replace("\n", ""));
        if (!here.isEmpty()) {
          categories.put(c, here);
        } else if (inheritEmpty) {
          here = categories.getOrDefault(c, "");
        }
        if (!here.isEmpty()) {
          if (section == null) {
            section = ImmutableList.builder();
          }
          section.add(here);
        }
        continue;
      }
      if (cell.isEmpty()) {
        if (kind == Columns.Kind.LEAD && inheritEmpty && leads.containsKey(c)) {
          mergedLeads.addAll(leads.get(c));
        }
        continue;
      }
      if (inheritEmpty && kind.holdsUnits()) {
        String folded = Fold.trim(Fold.fold(cell));
        if (namesNoUnit(folded)) {
          if (cells.size() < columns.size() || AS_ABOVE.contains(folded)) {
            // 已完成。完成筛查人数3495人: in text, a row whose merged units cell was left out slides its progress into
            // the units column; what names no unit is no units cell, and the units are the row above's. A row with
            // all its cells lost none: only a ditto mark (同上) takes the row above's units there
            continue;
          }
          if (saysNone(folded)) {
            // | 3 | … | 待定 | … |, | 9 | … | 已完成60% | … |: a row with all its cells whose units cell holds a
            // placeholder or progress names no units of its own, and takes none from the row above
            ownNone = true;
            continue;
          }
        }
      }
      int lead = raw.text().indexOf(cell);
      boolean[] bold = raw.bold(lead, lead + cell.length());
      switch (kind) {
        case TASK:
          if (!taskFromSection) {
            String whole = Fold.trim(cell.replace("\n", ""));
            task = withoutNumbering(whole);
          }
          break;
        case LEAD:
          List<Clause> leadCell = unitsCell(cell, bold, kind, line);
          leads.put(c, leadCell);
          clauses.addAll(leadCell);
          break;
        case UNITS:
        case SUPPORT:
          clauses.addAll(unitsCell(cell, bold, kind, line));
          break;
        case DEADLINE:
          deadline = Fold.trim(cell.replace('\n', ' '));
          break;
        default:
          break;
      }
    }
    if (task == null || task.isEmpty()) {
      return null;
    }
    int own = clauses.isEmpty() && !taskFromSection ? ownClauseStart(task) : -1;
    List<Clause> ownClauses = own > 0 ? closingClauses(task, own, line) : List.of();
    if (!ownClauses.isEmpty()) {
      // 促进…发展。(责任单位:市建设局) | 1-7月… |: a task cell closed by its own clause, where no units cell names any
      // (the table has no units column, or the row left it empty): the clause is the row's, not the row above's
      clauses = new ArrayList<>(ownClauses);
      task = Fold.trim(task.substring(0, own));
    }
    // a row of its own (with its serial) that ends the text was cut short; one under merged cells was not
    boolean cut = endOfText && (hasSerial(cells) || cutShort);
    if (clauses.isEmpty() && inheritEmpty && !cut && !ownNone && hasUnitsColumn()) {
      // (a table with no units column has no merged units cell to inherit: a row without its own clause has none)
      clauses = lastClauses;
    } else if (!mergedLeads.isEmpty() && !cut) {
      // | | 建设诚信、廉洁的政府 | 审计局、财政局 |: the row's own units beside a lead cell merged from the rows above
      clauses.addAll(0, mergedLeads);
    }
    if (deadline == null && inheritEmpty && !cut) {
      deadline = lastDeadline;
    }
    lastClauses = clauses;
    lastDeadline = deadline;
    RawMeasure m = new RawMeasure(task, line, 1);
    m.addClauses(clauses);
    m.deadline = deadline;
    if (section != null) {
      m.rowSection = section.build();
    }
    return m;
  }

  /**
   * The clauses of the bracket that closes a task cell at {@code open}, or none unless it names units: in a table with
   * a units column (the row's cell left empty, merged from above), only a bracket that says so by a label or a role
   * word ({@code (市卫健委牵头)}) — a bare list there is the project's places ({@code (高新区、经开区)}); and never a
   * bracket whose words name no unit ({@code (由主要负责同志挂帅)}, {@code (负责人:张三)}).
   */
  private List<Clause> closingClauses(String task, int open, int line) {
    String folded = Fold.fold(task);
    int close = Brackets.matchingClose(folded, open);
    String inner = task.substring(open + 1, close < 0 ? task.length() : close);
    String innerFolded = Fold.trim(Fold.fold(inner));
    if (hasUnitsColumn() && Labels.find(innerFolded).isEmpty() && !ClauseBrackets.namesRoles(innerFolded)) {
      return List.of();
    }
    List<Clause> read = Labels.clauses(inner, Clause.Kind.GENERIC, line, open + 2);
    for (Clause c : read) {
      if (c.kind().namesUnits() && AgencyNames.startsWithName(Fold.trim(Fold.fold(c.text())))) {
        return read;
      }
    }
    return List.of();
  }

  /** Whether the table has a column of units (lead, support or all). */
  private boolean hasUnitsColumn() {
    for (Columns.Kind k : columns) {
      if (k.holdsUnits()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the responsibility clause that closes a task cell opens ({@code …发展。(责任单位:市建设局)},
   * {@code …(市教育局牵头)}), as an item's is found; -1 if the cell has none.
   */
  static int ownClauseStart(String task) {
    if (task == null || task.length() < 6) {
      return -1;
    }
    String folded = Fold.fold(task);
    int open = ClauseBrackets.bracketStart(folded, 0);
    return open >= 2 ? open : -1;
  }

  /**
   * A task cell without the item number it opens with ({@code 1、地区生产总值增长率}, a table whose rows number their
   * tasks instead of a serial column): the number is the row's place, not its text, as with items.
   */
  private static String withoutNumbering(String task) {
    String f = Fold.fold(task);
    Numbering.Prefix prefix = Numbering.of(f);
    if (prefix.style == Numbering.NONE || prefix.style == Numbering.CHAPTER || task.length() - prefix.length < 2
        || sameScript(f, prefix.length) || NEXT_ITEM.matcher(f).find(prefix.length)) {
      // (一、二期污水处理厂, 3、4月份…: a numeral of the number's script after it is the text's, not 3、四大…; (1)…;(2)…:
      // a cell of several items keeps their numbers)
      return task;
    }
    return task.substring(prefix.length);
  }

  private static final String DIGITS = "0123456789";

  /** Whether the char after a number's prefix is a numeral of the number's own script (一、二期, 3、4月份). */
  private static boolean sameScript(String f, int after) {
    int first = 0;
    while (first < after && DIGITS.indexOf(f.charAt(first)) < 0 && Numbering.CN_DIGITS.indexOf(f.charAt(first)) < 0) {
      first++;
    }
    if (first == after) {
      return false;
    }
    String script = DIGITS.indexOf(f.charAt(first)) >= 0 ? DIGITS : Numbering.CN_DIGITS;
    return script.indexOf(f.charAt(after)) >= 0;
  }
  /** An item's number after a sentence's or clause's end: a cell that lists items. */
  private static final java.util.regex.Pattern NEXT_ITEM =
      java.util.regex.Pattern.compile("[;。,]\\s*\\(?[0-9一二三四五六七八九十]{1,3}[)、.]");

  private boolean hasSerial(List<Cell> cells) {
    int serial = columns.indexOf(Columns.Kind.SERIAL);
    return serial >= 0 && serial < cells.size() && cells.get(serial).hasText();
  }

  /** Whether a cell is a sentence, not a name: it ends with a full stop, or runs on over clauses. */
  private static boolean isSentence(String cell) {
    String f = Fold.fold(Fold.trim(cell));
    if (f.endsWith("。") || f.endsWith(";")) {
      return true;
    }
    int clauses = 0;
    for (int i = 0; i < f.length(); i++) {
      clauses += f.charAt(i) == ',' ? 1 : 0;
    }
    return clauses >= 1 && f.length() > 20;
  }

  /**
   * Whether a category cell is numbered as a heading over a task cell numbered otherwise ({@code 一、抓好主动公开。} beside
   * {@code 1.认真贯彻…}, or beside a task with no number): the outline's heading, merged over its items' rows, however it
   * ends.
   */
  private static boolean headsNumberedTask(String cell, List<Cell> cells, int taskColumn) {
    if (taskColumn < 0 || taskColumn >= cells.size()) {
      return false;
    }
    Numbering own = Numbering.of(Fold.fold(cell)).style;
    String taskCell = Fold.fold(Fold.trim(cells.get(taskColumn).text()));
    Numbering task = Numbering.of(taskCell).style;
    // (一、 or (一) is a heading's numbering, over a task cell of its own however it is numbered — a sentence, not a
    // figure, a state or a word: 30个, 已完成, 改造 beside it say the numbered cell is the task)
    boolean heading = own == Numbering.CN_DUN || own == Numbering.PAREN_CN;
    boolean sentence = taskCell.length() >= MIN_TASK_SENTENCE && Cells.isTask(taskCell) && !Cells.isFigure(taskCell);
    return own != Numbering.NONE && sentence && (task != Numbering.NONE || heading) && own != task;
  }

  /** The most chars of a point's phrase that heads a task cell beside it ({@code 打造产业旗舰。}). */
  private static final int MAX_POINT = 12;

  /**
   * Whether a category cell is one short phrase, its full stop aside, beside a task cell of sentences three times as
   * long at least ({@code 工作要点 | 工作任务}: {@code 打造产业旗舰。} beside {@code 全面实施…,加大…。推动…}): the point the task
   * serves, a heading over it, not the task with a plan beside it — unless the column's sentences hold figures (实事项目
   * | 工作举措: 新建公办幼儿园5所。 beside its plan, the project's cells the tasks with their targets).
   */
  private static boolean headsLongerTask(String cell, List<Cell> cells, int taskColumn) {
    if (taskColumn < 0 || taskColumn >= cells.size()) {
      return false;
    }
    String f = Fold.fold(Fold.trim(cell));
    int e = f.endsWith("。") ? f.length() - 1 : f.length();
    if (e > MAX_POINT || e < 2) {
      return false;
    }
    for (int i = 0; i < e; i++) {
      if (",;。:".indexOf(f.charAt(i)) >= 0) {
        return false;
      }
    }
    String taskCell = Fold.fold(Fold.trim(cells.get(taskColumn).text()));
    return taskCell.length() >= 3 * f.length() && Cells.isTask(taskCell) && !Cells.isFigure(taskCell)
        && (taskCell.indexOf(',') >= 0 || taskCell.indexOf('。') >= 0);
  }

  /** The fewest chars of a task cell that is a sentence of its own. */
  private static final int MIN_TASK_SENTENCE = 8;

  /** Ditto marks a units cell may hold ({@code 同上}: the units are the row above's). */
  private static final Set<String> AS_ABOVE = Set.of("同上", "上同", "同前", "〃", "\"");

  /** What a units cell holds where no unit is named yet (未来科技城 starts with 未, so only whole cells). */
  private static final Set<String> PLACEHOLDERS = Set.of("无", "暂无", "待定", "未定", "另定", "另行确定");

  /**
   * Whether a units cell (folded, trimmed) that names no unit says there is none: a placeholder (待定, 无, 暂无), a dash,
   * or progress (已完成60%, a figure); not words that may be a weak unit's name (村(社区), 临平新城).
   */
  private static boolean saysNone(String t) {
    if (t.startsWith("已") || PLACEHOLDERS.contains(t) || t.chars().allMatch(c -> "—-/".indexOf(c) >= 0)) {
      return true;
    }
    return t.chars().anyMatch(c -> c >= '0' && c <= '9' || c == '%');
  }

  private static boolean namesNoUnit(String folded) {
    return !TableShapes.isUnitsCell(folded) && (folded.indexOf(' ') < 0 || !namesBrokenBySpaces(Fold.trim(folded)));
  }

  /**
   * Whether a cell's pieces apart by spaces are names, each whole or with the pieces after it: 区新兴产业 服务中心,
   * 区综合行政 执法局 区公建中心 — a cell's line breaks, copied as spaces, inside a unit's name; not 各 乡镇 已完成 摸排,
   * progress whose words run on after a name.
   */
  private static boolean namesBrokenBySpaces(String folded) {
    int start = 0;
    for (int i = 0; i <= folded.length(); i++) {
      if (i < folded.length() && !Fold.isSpace(folded.charAt(i))) {
        continue;
      }
      String name = folded.substring(start, i).replace(" ", "");
      if (!name.isEmpty() && AgencyNames.isName(name)) {
        start = i + 1; // a name ends here; the next piece starts another
      }
    }
    return start >= folded.length();
  }

  /** Whether column c holds the cell of column c - 1 again: one cell merged across both (see {@code Row}). */
  private static boolean mergedCopy(List<Cell> cells, int c) {
    return c > 0 && cells.get(c) == cells.get(c - 1);
  }

  /**
   * The clauses of a units cell: the cell's list of its column's role, or, where it opens with a label
   * ({@code 牵头单位:市文广旅游局 责任单位:市财政局}), each label's list of its role.
   */
  private static List<Clause> unitsCell(String cell, boolean[] bold, Columns.Kind kind, int line) {
    Clause.Kind role = kind == Columns.Kind.LEAD ? Clause.Kind.LEAD
        : kind == Columns.Kind.SUPPORT ? Clause.Kind.SUPPORT : Clause.Kind.GENERIC;
    if ((cell.indexOf(':') >= 0 || cell.indexOf('：') >= 0) && Labels.leading(Fold.trim(Fold.fold(cell))) != null) {
      // (市教育局(联系人:张三): a colon inside a name's note is no label's)
      List<Clause> labelled = Labels.clauses(cell, bold, role, line, 1);
      if (!labelled.isEmpty()) {
        return labelled;
      }
    }
    return List.of(new Clause(role, cell, bold, line, 1));
  }
}
