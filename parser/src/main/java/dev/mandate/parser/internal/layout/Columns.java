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
import com.google.common.collect.ImmutableMap;
import dev.mandate.parser.internal.Vocabulary;
import dev.mandate.parser.internal.text.Fold;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Table column names: what a column holds, read from its name's shape — its head noun ({@code …单位} units,
 * {@code …时限} a deadline, {@code …内容}/{@code …任务} the task, {@code …名称}/{@code 类别} a section, {@code …进度}
 * progress) and, for units, its modifier ({@code 牵头}, {@code 配合}) — with {@code columns.txt} as exact entries
 * that win. A name neither says is {@link Name#UNKNOWN}.
 */
public final class Columns {

  /** What a column holds. */
  public enum Kind {
    SERIAL, TASK, SECTION, UNITS, LEAD, SUPPORT, DEADLINE, PERSON, OTHER,
    /** Units that grade or oversee the task (评分部门, 督办单位), not those that carry it. */
    OVERSEER;

    boolean holdsUnits() {
      return this == UNITS || this == LEAD || this == SUPPORT;
    }
  }

  /** What a column's name says, finer than {@link Kind}: which of several task-like columns holds the task. */
  enum Name {
    SERIAL, TASK, TASK_NAME,
    /**
     * 目标任务: the task where it stands before the units, the figures beside a project's name where it stands after
     * them (项目名称 责任单位 目标任务 完成情况).
     */
    GOAL_TASK, PLAN, TARGET, SECTION, UNITS, LEAD, SUPPORT, DEADLINE, PERSON, OTHER, OVERSEER, UNKNOWN,
    /** No column's name at all (for the cache; never returned). */
    NONE;

    boolean taskLike() {
      return this == TASK || this == TASK_NAME || this == GOAL_TASK || this == TARGET;
    }
  }

  private static final ImmutableList<Vocabulary.Entry> ENTRIES = Vocabulary.load("columns.txt");
  private static final ImmutableMap<String, Kind> KINDS;

  static {
    ImmutableMap.Builder<String, Kind> b = ImmutableMap.builder();
    for (Vocabulary.Entry e : ENTRIES) {
      b.put(e.word(), Kind.valueOf(e.kind()));
    }
    KINDS = b.buildKeepingLast();
  }

  private Columns() {}

  /** The rules file's entries (for tests). */
  public static ImmutableList<Vocabulary.Entry> vocabulary() {
    return ENTRIES;
  }

  /** The kind of a header cell, or null if the cell is no column name. Spaces inside are ignored. */
  public static Kind kind(String cell) {
    Name n = ColumnNames.name(cell);
    return n == null || n == Name.UNKNOWN ? null : kindOf(n);
  }

  static Kind kindOf(Name n) {
    switch (n) {
      case SERIAL:
        return Kind.SERIAL;
      case TASK:
      case TASK_NAME:
      case GOAL_TASK:
        return Kind.TASK;
      case SECTION:
        return Kind.SECTION;
      case UNITS:
        return Kind.UNITS;
      case LEAD:
        return Kind.LEAD;
      case SUPPORT:
        return Kind.SUPPORT;
      case DEADLINE:
        return Kind.DEADLINE;
      case PERSON:
        return Kind.PERSON;
      case OVERSEER:
        return Kind.OVERSEER;
      default:
        return Kind.OTHER;
    }
  }

  /**
   * A column named only 单位 beside a column that names the units responsible holds a quantity's unit (万亩, %), as
   * its neighbours 指标 and 目标 say: it is made {@link Name#OTHER} in {@code names}.
   */
  static void quantityUnitColumn(List<String> cells, List<Name> names) {
    int bare = -1;
    boolean units = false;
    for (int i = 0; i < cells.size(); i++) {
      Name n = names.get(i);
      if (ColumnNames.compact(cells.get(i)).equals("单位")) {
        bare = i;
      } else if (n == Name.UNITS || n == Name.LEAD || n == Name.SUPPORT) {
        units = true;
      }
    }
    if (bare >= 0 && units) {
      names.set(bare, Name.OTHER);
    }
  }

  /**
   * The kinds of a header row's cells, or null unless the row reads as a header: a task column and a units column,
   * and most cells names of columns. Of several task-like columns, the task is the last that names a task
   * ({@code 细化措施} after {@code 主要任务}), else the last that names an item ({@code 项目名称}), else a target
   * ({@code 2022年预期目标}); the task-like columns before it are the measure's section (a category, a project's
   * name), those after it a plan or a target beside the task, neither task nor units.
   */
  public static List<Kind> header(List<String> cells) {
    return header(cells, true);
  }

  /**
   * The kinds of a header row that names a task column but no units column ({@code 序号 | 目标任务 | 推进情况}), or null:
   * such a table is one only if its rows' task cells close with their own units (see {@link Tables}).
   */
  static List<Kind> headerWithoutUnits(List<String> cells) {
    List<Kind> kinds = header(cells, false);
    return kinds == null || kinds.stream().anyMatch(Kind::holdsUnits) ? null : kinds;
  }

  private static List<Kind> header(List<String> cells, boolean needsUnits) {
    List<Name> names = new ArrayList<>(cells.size());
    int known = 0;
    for (String c : cells) {
      Name n = ColumnNames.name(c);
      if (n != null && n != Name.UNKNOWN) {
        known++;
      } else if (n == null && isRowEvidence(c)) {
        return null; // a row's serial or a sentence: a header has neither, however many cells read as names
      }
      names.add(n == null ? Name.UNKNOWN : n);
    }
    quantityUnitColumn(cells, names);
    List<Kind> kinds = resolve(names, needsUnits);
    if (kinds == null || known * 2 < cells.size()) {
      return null;
    }
    return kinds;
  }

  /**
   * The kinds of a header retyped by its first row's cells, or null to keep them: where the task column is a name's
   * ({@code 资助项目}, {@code 项目名称}) and its cell a short name, while a column of a name not known, or a target's
   * ({@code 任务目标}), holds a sentence, the first such column is the task's and the name a section over it.
   */
  static List<Kind> taskByCells(List<String> names, List<Kind> kinds, List<String> cells) {
    int task = kinds.indexOf(Kind.TASK);
    if (task < 0 || names.size() != kinds.size() || cells.size() != kinds.size() || ColumnNames.name(names.get(task)) != Name.TASK_NAME) {
      return null;
    }
    String own = Fold.trim(Fold.fold(cells.get(task)));
    if (own.isEmpty() || own.length() > 15 || own.indexOf(',') >= 0 || own.indexOf('。') >= 0) {
      return null;
    }
    int sentence = -1;
    for (int c = task + 1; c < cells.size(); c++) {
      String f = Fold.trim(Fold.fold(cells.get(c)));
      Name n = ColumnNames.name(names.get(c));
      if (kinds.get(c) == Kind.OTHER && (n == Name.UNKNOWN || n == Name.TARGET || n == Name.GOAL_TASK) && f.length() >= 20
          && (f.endsWith("。") || f.indexOf(',') >= 0) && !Cells.isUnits(f)) {
        sentence = c;
        break; // the first: the task is written before how it is done (配套政策 before 申请审批流程)
      }
    }
    if (sentence < 0) {
      return null;
    }
    List<Kind> typed = new ArrayList<>(kinds);
    typed.set(sentence, Kind.TASK);
    typed.set(task, Kind.SECTION);
    return typed;
  }

  /** A cell no header holds: a row's number alone, or a sentence (a task's words, ended by 。 or longer than 30). */
  private static boolean isRowEvidence(String cell) {
    String f = Fold.trim(Fold.fold(cell));
    return !f.isEmpty() && (Cells.isSerial(f) && Character.isDigit(f.charAt(0)) || f.length() > 30 || f.endsWith("。"));
  }

  /** The kinds of columns so named, or null without a task column and a units column. */
  static List<Kind> resolve(List<Name> names) {
    return resolve(names, true);
  }

  private static List<Kind> resolve(List<Name> names, boolean needsUnits) {
    // a task is written before who carries it; a task's words (…内容, …任务) after the units win over a project's
    // name before them (事项名称 责任单位 事项内容), but 目标任务 after them is the figures beside the name (项目名称
    // 责任单位 目标任务 完成情况)
    int task = beforeUnits(names, Name.TASK);
    if (task < 0) {
      task = beforeUnits(names, Name.GOAL_TASK);
    }
    if (task < 0) {
      task = lastIndex(names, Name.TASK);
    }
    if (task < 0) {
      task = lastIndex(names, Name.TASK_NAME);
    }
    if (task < 0) {
      task = lastIndex(names, Name.GOAL_TASK);
    }
    if (task < 0) {
      task = lastIndex(names, Name.TARGET);
    }
    if (task < 0) {
      task = lastIndex(names, Name.PLAN);
    }
    boolean units = false;
    List<Kind> kinds = new ArrayList<>(names.size());
    for (int i = 0; i < names.size(); i++) {
      Name n = names.get(i);
      Kind k;
      if (i == task) {
        k = Kind.TASK;
      } else if (n.taskLike() || n == Name.SECTION || n == Name.PLAN) {
        k = i < task && n != Name.TARGET && n != Name.PLAN ? Kind.SECTION : Kind.OTHER;
      } else {
        k = kindOf(n);
      }
      // (序号 | 工作任务 | 评分部门 | 督办单位: a table still, its tasks with no unit of their own, the overseers no units)
      units |= k.holdsUnits() || k == Kind.OVERSEER;
      kinds.add(k);
    }
    // 第一责任单位 / 主要责任单位: of two columns that each read as the lead's, the first leads and the second supports
    int lead = kinds.indexOf(Kind.LEAD);
    for (int i = lead + 1; lead >= 0 && i < kinds.size(); i++) {
      if (kinds.get(i) == Kind.LEAD) {
        kinds.set(i, Kind.SUPPORT);
      }
    }
    return task >= 0 && (units || !needsUnits) ? kinds : null;
  }

  /**
   * The last column of this name before the first units column — a task is written before who carries it, and a
   * name repeated after the units (目标任务 … 牵头单位 … 目标任务) heads the figures beside it — or the last at all.
   */
  private static int lastIndex(List<Name> names, Name n) {
    int before = beforeUnits(names, n);
    return before >= 0 ? before : names.lastIndexOf(n);
  }

  /** The last column of this name before the first units column, or -1. */
  private static int beforeUnits(List<Name> names, Name n) {
    int units = -1;
    for (int i = 0; i < names.size() && units < 0; i++) {
      Name u = names.get(i);
      units = u == Name.UNITS || u == Name.LEAD || u == Name.SUPPORT ? i : -1;
    }
    if (units > 0) {
      return names.subList(0, units).lastIndexOf(n);
    }
    return -1;
  }

  /** Header kind map: the names of {@code columns.txt} (compacted) and their kinds; for {@link ColumnNames} and tests. */
  static Map<String, Kind> kinds() {
    return KINDS;
  }
}
