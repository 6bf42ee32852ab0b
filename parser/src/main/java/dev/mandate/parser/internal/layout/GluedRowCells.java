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
import dev.mandate.parser.internal.source.Cell;
import dev.mandate.parser.internal.text.Brackets;
import dev.mandate.parser.internal.text.Fold;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One row of a {@link GluedTables glued table} cut into its cells: the task's words up to its last full stop, then the
 * units (a person's name before them, two units columns told apart by the first name's strong suffix, names glued
 * together put apart again), then a time.
 */
final class GluedRowCells {

  private GluedRowCells() {}

  /** A row's cells by its header: the task's words, then its units (a person's name before them), then a time. */
  static List<Cell> of(List<Columns.Kind> kinds, String serial, String text, String f, int b, int e) {
    String[] cells = new String[kinds.size()];
    Arrays.fill(cells, "");
    int firstUnits = -1;
    int lastUnits = -1;
    for (int c = 0; c < kinds.size(); c++) {
      if (kinds.get(c).holdsUnits()) {
        firstUnits = firstUnits < 0 ? c : firstUnits;
        lastUnits = c;
      }
    }
    int unitsAt = unitsStart(f, b, e);
    int tail = unitsAt < 0 ? e : tailStart(f, unitsAt, e);
    int taskEnd = unitsAt < 0 ? e : unitsAt;
    if (unitsAt >= 0 && firstUnits > 0 && kinds.get(firstUnits - 1) == Columns.Kind.PERSON) {
      int person = personEnd(f, unitsAt, tail);
      if (person > unitsAt) {
        cells[firstUnits - 1] = text.substring(unitsAt, person);
        unitsAt = person;
      }
    }
    // the task's words: in the task column, the last sentence in a column between it and the units (目标任务)
    int task = kinds.indexOf(Columns.Kind.TASK);
    int between = -1;
    for (int c = task + 1; task >= 0 && c < (firstUnits < 0 ? kinds.size() : firstUnits); c++) {
      if (kinds.get(c) == Columns.Kind.OTHER && between < 0) {
        between = c;
      }
    }
    int split = between >= 0 ? lastSentenceStart(f, b, taskEnd) : -1;
    if (task >= 0) {
      cells[task] = Fold.trim(text.substring(b, split > b ? split : taskEnd));
      if (split > b) {
        cells[between] = Fold.trim(text.substring(split, taskEnd));
      }
    }
    if (unitsAt >= 0 && firstUnits >= 0) {
      int lead = firstUnits < lastUnits ? firstNameEnd(f, unitsAt, tail) : -1;
      if (lead > 0) {
        cells[firstUnits] = text.substring(unitsAt, lead);
        cells[lastUnits] = apart(text, f, Fold.trimStart(f, lead, tail), tail);
      } else {
        cells[firstUnits] = apart(text, f, unitsAt, tail);
      }
    }
    if (tail < e) {
      int after = lastUnits + 1;
      int deadline = kinds.indexOf(Columns.Kind.DEADLINE);
      int to = deadline > lastUnits ? deadline : after;
      if (to < kinds.size()) {
        cells[to] = Fold.trim(text.substring(tail, e));
      }
    }
    List<Cell> row = new ArrayList<>(kinds.size());
    row.add(Cell.plain(serial));
    for (int c = 1; c < kinds.size(); c++) {
      row.add(Cell.plain(cells[c]));
    }
    return row;
  }

  /**
   * Whether a comma outside brackets in {@code f[s, e)} ends a piece that names no unit and holds a sentence's function
   * word: a sentence after the task's last full stop (各乡镇要加强督查,确保…), not units listed with commas (市发改委,市财政局).
   */
  private static boolean holdsClause(String f, int s, int e) {
    int depth = 0;
    int piece = s;
    for (int k = s; k < e; k++) {
      char c = f.charAt(k);
      depth += Brackets.isOpen(c) ? 1 : Brackets.isClose(c) && depth > 0 ? -1 : 0;
      if (c == ',' && depth == 0) {
        String words = f.substring(piece, k);
        if (AgencyNames.holdsFunctionWord(words) && !AgencyNames.isName(words) && !AgencyNames.isList(words)) {
          return true;
        }
        piece = k + 1;
      }
    }
    return false;
  }

  /**
   * Where the units start in a row's text: after its last full stop (or semicolon), where a unit's name or a person's
   * and a unit's follow; -1 if none does.
   */
  private static int unitsStart(String f, int b, int e) {
    for (int k = e - 1; k > b; k--) {
      char c = f.charAt(k);
      if (c == '。' || c == ';') {
        int s = Fold.trimStart(f, k + 1, e);
        return s < e && startsWithUnits(f, s, e) && !holdsClause(f, s, e) ? s : -1;
      }
    }
    return -1;
  }

  private static boolean startsWithUnits(String f, int s, int e) {
    for (int k = s + 2; k <= e && k - s <= 15; k++) {
      if (AgencyNames.isName(f.substring(s, k))) {
        return true;
      }
    }
    return false;
  }

  /** Where a time after the units starts ({@code …区委组织部等按职责分工负责全年}: at 全年), or {@code e}. */
  static int tailStart(String f, int units, int e) {
    for (int s = Math.max(units + 2, e - 12); s < e; s++) {
      char c = f.charAt(s);
      if ((GluedTables.isDigit(c) || Cells.TIME_FIRSTS.indexOf(c) >= 0) && Cells.isDeadline(f.substring(s, e))) {
        return s;
      }
    }
    return e;
  }

  /**
   * Where a person's name before the units ends (何海平教育局: three chars, two where three leave a short name); a name
   * the table names once and a unit's name without a level after it are one unit's.
   */
  private static int personEnd(String f, int s, int e) {
    for (int len = 3; len >= 2; len--) {
      int k = s + len;
      String name = f.substring(s, k);
      if (k + 3 <= e && Cells.isPersonName(name) && startsWithUnits(f, k, e) && !AgencyNames.isName(name)
          && (f.indexOf(name, f.indexOf(name) + len) >= 0
              || AgencyNames.opensWithLevel(f.charAt(k)) && !AgencyNames.isStrongName(f.substring(s, k + 1)))) {
        // a leader over several rows, or one before a levelled unit (王建国县农业农村局); not the first chars of a
        // unit's name that the rest would name too (林业和 / 草原局, 高新 / 区管委会)
        return k;
      }
    }
    return s;
  }

  /**
   * Where the first unit's name ends in a units text two columns glued ({@code 市发展改革委各县(市、区)政府、…}): its strong
   * suffix, the next name opening right after; -1 where the first name runs into a separator (the lead column held
   * it alone, or the columns cannot be told apart).
   */
  private static int firstNameEnd(String f, int s, int e) {
    for (int k = s + 2; k < e && k - s <= 15; k++) {
      char c = f.charAt(k);
      if (c == '、' || c == ',' || Brackets.isOpen(c)) {
        return -1;
      }
      if (AgencyNames.isStrongName(f.substring(s, k)) && "局委办厅署".indexOf(f.charAt(k - 1)) >= 0
          && startsWithUnits(f, k, e)) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The units of {@code text[b, e)} with {@code 、} put back where two names were glued: after a bracket or a strong
   * suffix, where a level opens the next name ({@code 高新园(邹区镇)各街道市国有公司} → {@code 高新园(邹区镇)、各街道、市国有公司}).
   */
  private static String apart(String text, String f, int b, int e) {
    StringBuilder out = new StringBuilder(e - b + 4);
    int depth = 0;
    int name = b;
    for (int k = b; k < e; k++) {
      char c = f.charAt(k);
      depth += Brackets.isOpen(c) ? 1 : Brackets.isClose(c) && depth > 0 ? -1 : 0;
      if (c == '、' || c == ',') {
        name = k + 1;
      } else if (depth == 0 && k > name + 1 && k + 2 <= e && AgencyNames.opensWithLevel(c)
          && (closesName(f, name, k) || f.charAt(k - 1) != ')' && AgencyNames.isStrongName(f.substring(name, k)))
          && startsWithUnits(f, k, e) && !levelsOnly(f, name, k)
          && !f.startsWith("各成员", k)) { // (领导小组各成员单位: the group's members, one name)
        out.append('、');
        name = k;
      }
      out.append(text.charAt(k));
    }
    return out.toString();
  }

  /**
   * Whether {@code f[b, k)} is levels alone, after 各 or 全 ({@code 各乡}): the first half of a word of levels (各乡镇,
   * 各县市区), no name the next level could part from.
   */
  private static boolean levelsOnly(String f, int b, int k) {
    int from = b < k && (f.charAt(b) == '各' || f.charAt(b) == '全') ? b + 1 : b;
    for (int i = from; i < k; i++) {
      if (!AgencyNames.opensWithLevel(f.charAt(i))) {
        return false;
      }
    }
    return from < k;
  }

  /** Whether {@code f[b, k)} ends with a bracket of two chars at least: a name's (邹区镇), not a level's (市). */
  private static boolean closesName(String f, int b, int k) {
    int open = f.charAt(k - 1) == ')' ? Brackets.matchingOpen(f, k - 1) : -1;
    return open > b && k - open - 2 >= 2;
  }

  /** Where the last sentence of {@code f[b, e)} starts, after a full stop inside it; -1 if it is one sentence. */
  private static int lastSentenceStart(String f, int b, int e) {
    int end = Fold.trimEnd(f, b, e);
    for (int k = end - 2; k > b; k--) {
      if (f.charAt(k) == '。') {
        return k + 1;
      }
    }
    return -1;
  }
}
