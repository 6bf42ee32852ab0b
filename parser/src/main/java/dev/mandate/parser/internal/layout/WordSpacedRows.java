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

import dev.mandate.parser.internal.source.Cell;
import dev.mandate.parser.internal.responsibility.Labels;
import dev.mandate.parser.internal.text.Fold;
import java.util.ArrayList;
import java.util.List;

/**
 * A table copied out of a PDF with one space between its cells, and spaces inside them too
 * ({@code 序号 类别 主要任务 细化措施 牵头单位 参与单位 责任单位}, then {@code 1 加强水资源保 护 严守… 实施… 市水利局 …}): a
 * header is a line whose words are all column names; a row starts with its serial. Its words are placed from both
 * ends: the serial first, the unit and date columns from the right (a unit list has no space in it), and the words
 * between are the task (the last of them, the longest sentence) and the sections before it.
 */
final class WordSpacedRows {

  private WordSpacedRows() {}

  /** The header a line is, by its words, or null; looks at the line's first chars before folding it. */
  static List<Columns.Kind> header(dev.mandate.parser.internal.source.Line line) {
    String s = line.source();
    int b = Fold.trimStart(s, line.start(), line.end());
    int space = -1;
    for (int i = b; i < line.end() && i - b <= 12; i++) {
      if (s.charAt(i) == ' ') {
        space = i;
        break;
      }
    }
    if (space - b < 2 || line.end() - b > 120) {
      return null; // asked of every line: most have no single space after a short first word
    }
    return header(line.folded());
  }

  /** The header a folded line is, by its words, or null. */
  static List<Columns.Kind> header(String folded) {
    String t = Fold.trim(folded);
    int space = t.indexOf(' ');
    if (space < 2 || space > 12 || t.length() > 120 || t.charAt(space + 1) == ' ' && t.contains("  ")) {
      return null; // no single space after a first word, or cells apart by runs of spaces (TextCells' spaced header)
    }
    Columns.Name first = ColumnNames.name(t.substring(0, space));
    boolean firstKnown = first != null && first != Columns.Name.UNKNOWN;
    if (!firstKnown && !isShortName(t, 0, space)) {
      return null; // asked of every line with a space in it: most do not start with a column's name, or a word like one
    }
    List<String> words = joinLetterSpaced(words(folded));
    if (words.size() < 3 || folded.length() > 120) {
      return null;
    }
    List<Columns.Name> names = new ArrayList<>();
    int unknown = 0;
    for (String w : words) {
      Columns.Name n = ColumnNames.name(w);
      if (n == null || n == Columns.Name.UNKNOWN) {
        if (!isShortName(w, 0, w.length())) {
          return null;
        }
        n = Columns.Name.UNKNOWN;
        unknown++;
      }
      names.add(n);
    }
    List<Columns.Kind> header = Columns.resolve(names);
    // 项目名称 服务对象 服务内容 服务标准 支出责任 牵头负责单位: names not known are one vote short, not a veto, where
    // the known ones are most and name the task's column and a units one (the rows must then fit it word for word)
    return unknown == 0 || unknown * 2 < words.size() && header.contains(Columns.Kind.TASK)
        && header.stream().anyMatch(Columns.Kind::holdsUnits)
        ? header : null;
  }

  /** Whether {@code w[b, e)} may be a column's name: two to eight Han chars, nothing else. */
  private static boolean isShortName(String w, int b, int e) {
    return e - b >= 2 && e - b <= 8 && Fold.allHan(w, b, e);
  }

  /**
   * A row with no serial whose words are the header's cells one for one (a table whose cells hold no space, {@code
   * 优待抚恤 本市符合条件的优抚对象 提供…。 …发放。 市与区财政分别负担 市退役军人事务局}), its units columns holding units;
   * null otherwise.
   */
  private static List<Cell> wordPerCell(List<String> words, List<Columns.Kind> header) {
    if (words.size() != header.size()) {
      return null;
    }
    List<Cell> out = new ArrayList<>(words.size());
    boolean units = false;
    for (int c = 0; c < words.size(); c++) {
      String w = words.get(c);
      if (header.get(c).holdsUnits()) {
        if (!isUnitsCell(Fold.fold(w))) {
          return null;
        }
        units = true;
      }
      out.add(Cell.plain(w));
    }
    return units ? out : null;
  }

  /** Whether a cell holds units, after their label where it repeats the column's name ({@code 责任单位:市财政局、…}). */
  private static boolean isUnitsCell(String folded) {
    if (Cells.isUnits(folded)) {
      return true;
    }
    int colon = folded.indexOf(':');
    return colon > 0 && Labels.leading(folded) != null && Cells.isUnits(Fold.trim(folded.substring(colon + 1)));
  }

  /**
   * A row whose units are one word, read from the right into the support column, where the lead column before it is
   * empty: the lead's (2 一般公共预算收入增长5%左右。 区财政局, its support cell on the lines below); a lead cell is never
   * the empty one of the two.
   */
  private static void leadBeforeSupport(List<Columns.Kind> header, String[] cells) {
    int lead = header.indexOf(Columns.Kind.LEAD);
    if (lead < 0 || cells[lead] != null) {
      return;
    }
    for (int c = lead + 1; c < header.size(); c++) {
      if (cells[c] != null) {
        if (header.get(c) == Columns.Kind.SUPPORT) {
          cells[lead] = cells[c];
          cells[c] = null;
        }
        return;
      }
    }
  }

  /**
   * The cells of a row under {@code header}, its words placed; null if the line is no such row. {@code lastOfText}: no
   * line with text follows (the row may be cut short).
   */
  static List<Cell> row(String text, List<Columns.Kind> header, boolean lastOfText) {
    List<String> words = words(text);
    String folded = words.isEmpty() ? "" : Fold.fold(words.get(0));
    int serial = header.indexOf(Columns.Kind.SERIAL);
    if (serial > 0 && words.size() <= header.size() - serial && !words.isEmpty() && Cells.isSerial(folded)) {
      // 政策类别 序号 扶持政策事项 … / 2 对疫情… : a row under a merged cell left of its serial (the category the
      // first row of its group holds) starts at its serial, the merged cells empty
      List<String> padded = new ArrayList<>(header.size());
      for (int c = 0; c < serial; c++) {
        padded.add("");
      }
      padded.addAll(words);
      words = padded;
    }
    if (serial > 0 && lastOfText && words.size() < header.size() && words.size() > serial + 1
        && Cells.isSerial(Fold.fold(words.get(serial)))) {
      // the text's last row, cut by the page's end before its units: its task stands, its cells past the cut empty
      List<Cell> out = new ArrayList<>(header.size());
      for (int c = 0; c < header.size(); c++) {
        out.add(Cell.plain(c < words.size() ? words.get(c) : ""));
      }
      return out;
    }
    if (serial != 0) {
      return wordPerCell(words, header);
    }
    if (words.size() < 2) {
      return null;
    }
    boolean numbered = Cells.isSerial(folded);
    if (!numbered && !unitsAfterFirst(words)) {
      return null;
    }
    String[] cells = new String[header.size()];
    int task = header.indexOf(Columns.Kind.TASK);
    int unitsAfterTask = task;
    while (unitsAfterTask >= 0 && unitsAfterTask < header.size() && !header.get(unitsAfterTask).holdsUnits()) {
      unitsAfterTask++;
    }
    // a row with no serial under a merged cell (the project's name) goes on with its next part: its own task, units;
    // a numbered row's one word is its task, however like a unit's name it reads (2 南汇街道金色家园, its items below)
    cells[0] = numbered ? words.get(0) : "";
    int left = numbered ? 1 : 0;
    int right = words.size() - 1;
    for (int c = header.size() - 1; c > 0 && right >= left; c--) {
      Columns.Kind k = header.get(c);
      String w = Fold.fold(words.get(right));
      if (k.holdsUnits() && Cells.isUnits(w) && (right > left || task < 0 || task > c) || k == Columns.Kind.DEADLINE && Cells.isDeadline(w)
          || k == Columns.Kind.PERSON && Cells.isPersonName(w) && right > left) {
        // (序号 任务 牵头领导 责任单位: the leader's name in its own column, no task's word)
        cells[c] = words.get(right--);
        if (k.holdsUnits() && !header.get(c - 1).holdsUnits()) {
          // …烟蒂. 区文广新局 区公安分局: the one units column holds every unit word left of it, a word apart each, while
          // a word is left for the task
          while (right > left && Cells.isUnits(Fold.fold(words.get(right)))) {
            cells[c] = words.get(right--) + " " + cells[c];
          }
        }
      } else if (isAside(k) && !Cells.isUnits(w) && !Cells.isDeadline(w) && unitsBefore(header, c, words, left, right)) {
        cells[c] = words.get(right--); // progress or a remark right of the units: the units' word is still to come
      } else if (k == Columns.Kind.OTHER && c > task && c < unitsAfterTask
          && (right - left >= c - task || Cells.isFigure(w) || Cells.isShortValue(w))) {
        // 1 城镇新增就业 万人 5.2 7.23 139.1% 人社局: between the task and its units, a figure, or a word where more words
        // are left than the task and the columns before this one can hold, is this column's (the unit of measure, a
        // target, a share done), no part of the task
        cells[c] = words.get(right--);
      } else if (k.holdsUnits() || k == Columns.Kind.DEADLINE || k == Columns.Kind.PERSON || k == Columns.Kind.OTHER
          || k == Columns.Kind.OVERSEER) {
        continue; // an empty cell: the word is another column's
      } else {
        break;
      }
    }
    if (task < 0 || right < left) {
      return null;
    }
    leadBeforeSupport(header, cells);
    cells[task] = words.get(right--);
    // 序号 涉及部门 职责分工: a units column before the task takes the words after the serial that are units
    for (int c = 1; c < task && left <= right; c++) {
      if (header.get(c).holdsUnits() && Cells.isUnits(Fold.fold(words.get(left)))) {
        cells[c] = words.get(left++);
      }
    }
    // the words before the task: its sections, a word of one or two chars the broken end of the word before
    List<String> before = new ArrayList<>();
    for (int w = left; w <= right; w++) {
      String word = words.get(w);
      if (!before.isEmpty() && word.length() <= 2) {
        before.set(before.size() - 1, before.get(before.size() - 1) + word);
      } else {
        before.add(word);
      }
    }
    List<Integer> sections = new ArrayList<>();
    for (int c = 1; c < task; c++) {
      if (header.get(c) == Columns.Kind.SECTION) {
        sections.add(c);
      }
    }
    if (sections.isEmpty() && cells[task].length() <= MAX_SHORT_WORD && longest(before) > cells[task].length()) {
      // 2 推进生活垃圾分类 试点 县城管局 …, 新建城区公办幼儿园 3所: a short word placed as the task, a longer one left of it
      // and no section's column to hold that: one task cell whose words the copy broke apart, joined again (9 深化…改革
      // 完成在职参保人数6300人 区人社局: a project's name before its item's task, a sentence, is the item's heading)
      cells[task] = String.join("", before) + cells[task];
      before.clear();
    }
    // the last sections are the words nearest the task; more words than sections join into the first
    for (int s = sections.size() - 1, w = before.size() - 1; s >= 0 && w >= 0; s--, w--) {
      cells[sections.get(s)] = s == 0 ? String.join("", before.subList(0, w + 1)) : before.get(w);
    }
    List<Cell> out = new ArrayList<>(cells.length);
    for (String c : cells) {
      out.add(Cell.plain(c == null ? "" : c));
    }
    return out;
  }

  /** The most chars of a word too short to be a task cell of its own ({@code 试点}, {@code 二期}, {@code 3所}). */
  private static final int MAX_SHORT_WORD = 3;

  private static int longest(List<String> words) {
    int most = 0;
    for (String w : words) {
      most = Math.max(most, w.length());
    }
    return most;
  }

  /** A name written a char a word ({@code 工 作 任 务}) is one word: runs of one-char words are joined. */
  private static List<String> joinLetterSpaced(List<String> words) {
    List<String> out = new ArrayList<>(words.size());
    StringBuilder run = new StringBuilder();
    String broken = null;
    for (String w : words) {
      if (broken != null) {
        w = broken + w;
        broken = null;
      } else if (w.length() > 1 && "-~—至".indexOf(w.charAt(w.length() - 1)) >= 0) {
        broken = w; // 1- 8月完成情况: a span of months broken after its dash is one word with the next
        continue;
      }
      if (w.length() == 1) {
        run.append(w);
        continue;
      }
      if (run.length() > 0) {
        out.add(run.toString());
        run.setLength(0);
      }
      out.add(w);
    }
    if (run.length() > 0) {
      out.add(run.toString());
    }
    if (broken != null) {
      out.add(broken);
    }
    return out;
  }

  /**
   * Whether a line with no serial has a list of units after its first word, and its first word is no heading's
   * ({@code 二、}): a row under a merged cell.
   */
  private static boolean unitsAfterFirst(List<String> words) {
    String first = Fold.fold(words.get(0));
    if (Numbering.of(first).style != Numbering.NONE || Cells.isUnits(first)) {
      return false;
    }
    for (int w = 1; w < words.size(); w++) {
      if (Cells.isUnits(Fold.fold(words.get(w)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAside(Columns.Kind k) {
    return k == Columns.Kind.OTHER || k == Columns.Kind.PERSON || k == Columns.Kind.OVERSEER;
  }

  /** Whether a units column stands left of column {@code c} and a word left of {@code right} is a list of units. */
  private static boolean unitsBefore(List<Columns.Kind> header, int c, List<String> words, int left, int right) {
    boolean column = false;
    for (int k = 1; k < c; k++) {
      column |= header.get(k).holdsUnits();
    }
    if (!column) {
      return false;
    }
    for (int w = right - 1; w > left; w--) {
      if (Cells.isUnits(Fold.fold(words.get(w)))) {
        return true;
      }
    }
    return false;
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && Fold.isSpace(text.charAt(i))) {
        i++;
      }
      int b = i;
      while (i < n && !Fold.isSpace(text.charAt(i))) {
        i++;
      }
      if (i > b) {
        words.add(text.substring(b, i));
      }
    }
    return words;
  }
}
