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
import dev.mandate.parser.internal.source.Block;
import dev.mandate.parser.internal.source.Cell;
import dev.mandate.parser.internal.source.Line;
import dev.mandate.parser.internal.source.Row;
import dev.mandate.parser.internal.text.Fold;
import java.util.ArrayList;
import java.util.List;

/**
 * A table whose cells a sharing site glued together, no separator left: {@code 序号主要工作任务第一责任单位主要责任单位1地区
 * 生产总值年均增长12%左右。市发展改革委各县(市、区)政府、嘉兴港区2服务业增加值…}. The evidence left is the header's
 * names one after another from {@code 序号}, the rows' serials counting up from 1, each after a cell that ends as a unit's
 * name, a bracket or a time does, and the units themselves, names after the task's last full stop. Such a line is read
 * back into rows ({@link Row}) for {@link Tables}; a line without all of that stays what it was.
 */
final class GluedTables {

  /** The shortest line looked into: a header and two rows. */
  private static final int LONG = 60;
  /** The most chars of a header glued after 序号. */
  private static final int MAX_HEADER = 60;
  /** The fewest chars of a row's cells. */
  private static final int MIN_ROW = 6;
  /** Chars after a number that make it a count or a date, not a row's serial (2所, 3月, 5万). */
  private static final String COUNT_CHARS = "个所家项条座户件次台辆套万亿千百元年月日号人名米批期届倍亩吨层栋处种类级岁天周季";

  private GluedTables() {}

  /** The blocks with every glued table read back into its rows; the same list where none is. */
  static List<Block> of(List<Block> blocks) {
    return Spliced.each(blocks, b -> b instanceof Line ? read((Line) b) : null);
  }

  /** The line's parts (text before, header, rows, text after), or null if it holds no glued table. */
  static List<Block> read(Line line) {
    String f = line.folded();
    int n = f.length();
    if (n < LONG) {
      return null;
    }
    int h = f.indexOf("序号");
    if (h < 0) {
      return null;
    }
    int first = serialAt(f, h + 2, 1, Math.min(n, h + 2 + MAX_HEADER + 30));
    if (first < 0) {
      return null;
    }
    // a heading glued between the header and the first row (…主要责任单位一、主要发展指标1地区…)
    int heading = headingStart(f, h + 2, first);
    int headerEnd = heading >= 0 ? heading : first;
    List<String> names = headerNames(f, h + 2, headerEnd);
    if (names == null) {
      return null;
    }
    names.add(0, "序号");
    List<Columns.Kind> kinds = Columns.header(names);
    if (kinds == null || kinds.get(0) != Columns.Kind.SERIAL) {
      return null;
    }
    List<int[]> rows = rows(f, first);
    if (rows.size() < 2) {
      return null;
    }
    List<Block> out = new ArrayList<>();
    if (Fold.trimEnd(f, 0, h) > 0) {
      out.add(line.part(0, h));
    }
    List<Cell> header = new ArrayList<>();
    for (String name : names) {
      header.add(Cell.plain(name));
    }
    out.add(new Row(header, line.number()));
    if (heading >= 0) {
      out.add(spanning(line.text().substring(heading, first), kinds.size(), line.number()));
    }
    for (int[] r : rows) {
      String text = line.text();
      out.add(new Row(GluedRowCells.of(kinds, text.substring(r[1], r[0]), text, f, r[0], r[2]), line.number()));
      if (r[3] > r[4]) {
        out.add(spanning(text.substring(r[4], r[3]), kinds.size(), line.number()));
      }
    }
    return out;
  }

  /** A heading as a row spanning the table: its words in the first cell, the others empty as merged cells are. */
  private static Row spanning(String heading, int width, int number) {
    List<Cell> cells = new ArrayList<>(width);
    cells.add(Cell.plain(heading));
    while (cells.size() < width) {
      cells.add(Cell.plain(""));
    }
    return new Row(cells, number);
  }

  /** Where the serial {@code k} starts in {@code f[from, to)}: digits equal to k before a Han char that counts nothing. */
  private static int serialAt(String f, int from, int k, int to) {
    String s = Integer.toString(k);
    for (int i = f.indexOf(s, from); i >= 0 && i < to; i = f.indexOf(s, i + 1)) {
      int e = i + s.length();
      if (i > 0 && (isDigit(f.charAt(i - 1)) || f.charAt(i - 1) == '.' || f.charAt(i - 1) == '第')) {
        continue;
      }
      if (e < f.length() && Fold.isHan(f.charAt(e)) && COUNT_CHARS.indexOf(f.charAt(e)) < 0) {
        return i;
      }
    }
    return -1;
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Where a heading numbered 一、 starts in {@code f[from, to)}, or -1. */
  private static int headingStart(String f, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      int b = Numbering.headingNumberStart(f, k, from);
      if (b >= 0) {
        return b;
      }
    }
    return -1;
  }

  /**
   * The column names glued in {@code f[from, to)}, or null. Each piece is a name a header has, none holding a listed
   * name of another kind at its start or end (目标任务责任单位备注 is three); a listed name costs less than one read by
   * its shape, no task's name follows another (主要工作 / 任务 is one name), and of the cheapest the most even cut wins.
   * A table's names are short; the few ways to cut a stretch of sixty chars are all tried (dynamic programming, the
   * state whether the last name was a task's).
   */
  private static List<String> headerNames(String f, int from, int to) {
    int len = to - from;
    if (len < 4 || len > MAX_HEADER) {
      return null;
    }
    long[][] best = new long[len + 1][2];
    int[][] cut = new int[len + 1][2];
    for (long[] b : best) {
      java.util.Arrays.fill(b, Long.MAX_VALUE);
    }
    best[0][0] = 0;
    for (int e = 2; e <= len; e++) {
      for (int b = Math.max(0, e - 10); b <= e - 2; b++) {
        if (best[b][0] == Long.MAX_VALUE && best[b][1] == Long.MAX_VALUE) {
          continue;
        }
        String piece = f.substring(from + b, from + e);
        Columns.Name name = oneName(piece);
        if (name == null) {
          continue;
        }
        int task = name == Columns.Name.TASK ? 1 : 0;
        // a listed name costs 1, one read by its shape 3 (in thousands); then the squares of the lengths
        long cost = (ColumnNames.isListed(piece) ? 1000 : 3000) + (long) (e - b) * (e - b);
        for (int t = 0; t < 2; t++) {
          if (best[b][t] == Long.MAX_VALUE || t == 1 && task == 1) {
            continue;
          }
          if (best[b][t] + cost < best[e][task]) {
            best[e][task] = best[b][t] + cost;
            cut[e][task] = b * 2 + t;
          }
        }
      }
    }
    int t = best[len][0] <= best[len][1] ? 0 : 1;
    if (best[len][t] == Long.MAX_VALUE) {
      return null;
    }
    List<String> names = new ArrayList<>();
    for (int e = len; e > 0; ) {
      int b = cut[e][t] / 2;
      int before = cut[e][t] % 2;
      names.add(0, f.substring(from + b, from + e));
      e = b;
      t = before;
    }
    return names.size() >= 2 ? names : null;
  }

  /**
   * What a piece of a glued header names, or null: no name; read by its shape, one that ends with no listed name; or
   * two names of different kinds one of them listed (任务 / 第一责任单位, 主要责任单位 / 完成期限); a name qualified, 第一 / 责任单位, is one.
   */
  private static Columns.Name oneName(String piece) {
    Columns.Name name = ColumnNames.name(piece);
    if (name == null || name == Columns.Name.UNKNOWN) {
      return null;
    }
    if (ColumnNames.isListed(piece)) {
      return name;
    }
    boolean headNoun = false;
    for (int k = 1; k < piece.length() - 1 && !headNoun; k++) {
      headNoun = ColumnNames.isListed(piece.substring(k));
    }
    if (!headNoun) {
      return null; // 目标内容主要: a name read by its shape ends with a listed name's words, as its head noun
    }
    for (int k = 2; k < piece.length() - 1; k++) {
      String head = piece.substring(0, k);
      String tail = piece.substring(k);
      Columns.Name h = ColumnNames.name(head);
      Columns.Name t = ColumnNames.name(tail);
      if (h != null && h != Columns.Name.UNKNOWN && t != null && t != Columns.Name.UNKNOWN && h != t
          && (ColumnNames.isListed(head) || ColumnNames.isListed(tail))) {
        return null;
      }
    }
    return name;
  }

  /**
   * The rows from the first serial: {start of cells, serial's start, end of cells, end of a heading after them, the
   * heading's start}. A row's serial comes after a cell that ends as units, a bracket, a sentence or a time do; a
   * heading (二、…) may stand between two rows, after the page's number (…嘉兴港区—2—二、产业优化升级10积极…).
   */
  private static List<int[]> rows(String f, int first) {
    List<int[]> rows = new ArrayList<>();
    int n = f.length();
    int start = first;
    for (int k = 1; start >= 0; k++) {
      int cells = start + Integer.toString(k).length();
      int next = -1;
      for (int from = cells + MIN_ROW; from < n; ) {
        int s = serialAt(f, from, k + 1, n);
        if (s < 0) {
          break;
        }
        if (endsCell(f, cells, s) || cellsEnd(f, cells, headingStart(f, Math.max(cells, s - 30), s)) > 0) {
          next = s;
          break;
        }
        from = s + 1;
      }
      int end = next < 0 ? n : next;
      int heading = next < 0 ? -1 : headingStart(f, Math.max(cells, end - 30), end);
      int cellsEnd = cellsEnd(f, cells, heading);
      if (cellsEnd > 0) {
        rows.add(new int[] {cells, start, cellsEnd, end, heading});
      } else {
        rows.add(new int[] {cells, start, end, end, end});
      }
      start = next;
    }
    return rows;
  }

  /**
   * Where a row's cells end before a heading at {@code heading}: there, or before the page's number glued before it
   * ({@code —2—}), where they end as a row's last cell does; -1 if they do not, or there is no heading.
   */
  private static int cellsEnd(String f, int cells, int heading) {
    if (heading <= cells) {
      return -1;
    }
    int e = heading;
    if (e - 3 > cells && (f.charAt(e - 1) == '—' || f.charAt(e - 1) == '-')) {
      int k = e - 2;
      while (k > cells && isDigit(f.charAt(k))) {
        k--;
      }
      if (k < e - 2 && (f.charAt(k) == '—' || f.charAt(k) == '-')) {
        e = k;
      }
    }
    return e - 2 > cells && endsCell(f, cells, e) ? e : -1;
  }

  /** Whether {@code f[b, e)} ends as a row's last cell does: a unit's name, a bracket, a sentence, a time. */
  private static boolean endsCell(String f, int b, int e) {
    char c = f.charAt(e - 1);
    if (c == ')' || c == '。' || "年月日前底".indexOf(c) >= 0) {
      return true;
    }
    for (int s = Math.max(b, e - 12); s <= e - 2; s++) {
      if (AgencyNames.isName(f.substring(s, e))) {
        return true;
      }
    }
    // a time read whole at the cell's end (2024年2季度, 2025年底前完成): a deadline column's
    return GluedRowCells.tailStart(f, b, e) < e;
  }
}
