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
import dev.mandate.parser.internal.responsibility.Labels;
import dev.mandate.parser.internal.source.Block;
import dev.mandate.parser.internal.source.Line;
import dev.mandate.parser.internal.text.Fold;
import java.util.ArrayList;
import java.util.List;

/**
 * Transposed tables flattened one cell a line: the tasks are the column headers, a {@code 责任单位} row gives one unit
 * per column, and rows of regions with their numbers follow ({@code 地区 | 组织技能培训 | 建成投用市公共实训基地 | …}
 * then {@code 责任单位 | 市人力资源社会保障局 | 市残联 | …}). The header runs from a short corner cell ({@code 地区}) to
 * the units label: categories first (short names), then the tasks, a task broken over two lines joined where its
 * second line is the unit of measure ({@code 劳务品牌} / {@code 培训(人)}).
 *
 * <p>Empty cells vanish when such a table is copied, so there may be fewer units than tasks: a unit cell merged over
 * several columns is then taken to be the first (the tasks left over are the first unit's). That is a guess; the
 * text gives nothing better.
 */
final class TransposedTables {

  /** How far the units label may stand from the corner cell. */
  private static final int MAX_HEADER = 40;

  private final Outline outline;

  TransposedTables(Outline outline) {
    this.outline = outline;
  }

  /** Reads a transposed table whose corner cell is line {@code i}; the index of its last line read, or -1. */
  int read(List<? extends Block> blocks, int i, String t) {
    if (t.length() > 4 || t.length() < 2 || !Titles.mostlyHan(t) || Cells.isAgencyList(t)) {
      return -1; // a corner cell is a short word (地区, 项目), no unit's name
    }
    if (!unitsLabelNear(blocks, i)) {
      return -1; // asked of every short line: most have no units label near below them
    }
    List<Line> header = new ArrayList<>();
    int labelEnd = -1;
    for (int j = i + 1; j < blocks.size() && j <= i + MAX_HEADER && blocks.get(j) instanceof Line; j++) {
      Line l = (Line) blocks.get(j);
      if (l.isBlank()) {
        continue;
      }
      String f = Fold.trim(l.folded());
      labelEnd = labelEnd(blocks, j, f);
      if (labelEnd >= 0) {
        break;
      }
      if (f.length() > 80 || Numbering.of(f).style != Numbering.NONE || Cells.isUnits(f) || Cells.isSerial(f)
          || !Titles.mostlyHan(f) || !Labels.find(f).isEmpty()) {
        return -1;
      }
      header.add(l);
    }
    if (labelEnd < 0 || header.size() < 2) {
      return -1;
    }
    List<Line> units = new ArrayList<>();
    int last = labelEnd;
    for (int j = nextTextLine(blocks, last); j < blocks.size() && blocks.get(j) instanceof Line;
        j = nextTextLine(blocks, j)) {
      Line l = (Line) blocks.get(j);
      if (!Cells.isUnits(Fold.trim(l.folded()))) {
        break;
      }
      units.add(l);
      last = j;
    }
    if (units.size() < 2) {
      return -1;
    }
    emit(header, units);
    return last;
  }

  /** Whether a short line that may be (the start of) a units label stands within the header's reach below i. */
  private static boolean unitsLabelNear(List<? extends Block> blocks, int i) {
    for (int j = i + 1; j < blocks.size() && j <= i + MAX_HEADER && blocks.get(j) instanceof Line; j++) {
      Line l = (Line) blocks.get(j);
      int len = l.end() - l.start();
      if (len > 0 && len <= 12 && (l.indexOf("单位") >= 0 || l.indexOf("單位") >= 0 || l.indexOf("责任") >= 0
          || l.indexOf("責任") >= 0 || l.indexOf("牵头") >= 0 || l.indexOf("牽頭") >= 0)) {
        return true;
      }
    }
    return false;
  }

  /** The index of the last line of a units label at {@code j} (责任单位, or 责任 / 单位 broken over two), or -1. */
  private static int labelEnd(List<? extends Block> blocks, int j, String f) {
    if (isUnitsLabel(f)) {
      return j;
    }
    int k = nextTextLine(blocks, j);
    if (f.length() <= 4 && k < blocks.size() && blocks.get(k) instanceof Line) {
      String next = Fold.trim(((Line) blocks.get(k)).folded());
      if (next.length() <= 4 && isUnitsLabel(f + next)) {
        return k;
      }
    }
    return -1;
  }

  /** The index of the next line with text after {@code j}, or the first index that is no line. */
  private static int nextTextLine(List<? extends Block> blocks, int j) {
    int k = j + 1;
    while (k < blocks.size() && blocks.get(k) instanceof Line && ((Line) blocks.get(k)).isBlank()) {
      k++;
    }
    return k;
  }

  private static boolean isUnitsLabel(String f) {
    String w = f.endsWith(":") ? f.substring(0, f.length() - 1) : f;
    Clause.Kind k = Labels.named(w.replace(" ", ""));
    return k == Clause.Kind.GENERIC || k == Clause.Kind.LEAD;
  }

  /** The measures: categories, tasks joined where broken, each task its unit. */
  private void emit(List<Line> header, List<Line> units) {
    List<String> texts = new ArrayList<>();
    List<Line> lines = new ArrayList<>();
    for (int k = 0; k < header.size(); k++) {
      String text = Fold.trim(header.get(k).text());
      if (k + 1 < header.size() && !endsWithMeasureUnit(text)) {
        String next = Fold.trim(header.get(k + 1).text());
        if (next.length() <= 6 && endsWithMeasureUnit(next)) {
          text = text + next; // 劳务品牌 / 培训(人): one header broken over two lines
          k++;
        }
      }
      texts.add(text);
      lines.add(header.get(k));
    }
    int categories = 0;
    while (categories < texts.size() - 1 && isCategory(texts.get(categories))) {
      categories++;
    }
    int tasks = texts.size() - categories;
    // fewer units than tasks: the first unit's cell was merged over the tasks left over
    int extra = Math.max(0, tasks - units.size());
    for (int k = 0; k < tasks; k++) {
      Line line = lines.get(categories + k);
      RawMeasure m = new RawMeasure(texts.get(categories + k), line.number(), 1);
      int unit = Math.max(0, k - extra);
      if (unit < units.size()) {
        Line u = units.get(unit);
        m.addClause(new Clause(Clause.Kind.GENERIC, Fold.trim(u.text()), u.number(), 1));
      }
      if (categories > 0) {
        // where categories share the tasks is not written: the first takes all but one task per later category
        int c = Math.min(categories - 1, Math.max(0, k - (tasks - categories)));
        m.rowSection = ImmutableList.of(texts.get(c));
      }
      outline.addDirect(m);
    }
  }

  /** A category before the tasks: a short name with no unit of measure, number or bracket. */
  private static boolean isCategory(String text) {
    String f = Fold.fold(text);
    if (f.length() > 6) {
      return false;
    }
    for (int i = 0; i < f.length(); i++) {
      if (!Fold.isHan(f.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether a header cell ends with its unit of measure in brackets: 培训(人), 培训(万人次). */
  private static boolean endsWithMeasureUnit(String text) {
    String f = Fold.fold(text);
    if (!f.endsWith(")")) {
      return false;
    }
    int open = f.lastIndexOf('(');
    return open >= 0 && f.length() - open <= 6;
  }
}
