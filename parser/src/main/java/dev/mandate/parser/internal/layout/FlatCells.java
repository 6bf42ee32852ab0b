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
import dev.mandate.parser.internal.source.Line;
import dev.mandate.parser.internal.text.Fold;
import java.util.List;

/**
 * What a line of a table flattened one cell a line can be, by its shape and the lines after it: a row spanning the
 * table, a section's or a short cell, the start of a task, a serial; read by {@link FlatTable} as it places lines.
 */
final class FlatCells {

  private FlatCells() {}

  /** Whether a line can be a section cell: a short name, not a sentence, a unit list, a date or a number. */
  static boolean isSectionCell(String folded) {
    String t = Fold.trim(folded);
    return t.length() >= 2 && t.length() <= 30 && !endsSentence(t) && !Cells.isUnits(t) && !Cells.isSerial(t)
        && !(Cells.isDeadline(t) && !Fold.isHan(t.charAt(0)));
  }

  /**
   * Whether the next line with text can be a task's cell, so that the line before it may be the cell of the column
   * before the task's (a section, a category): the row's
   * merged category cell is missing from all but its first row, and a task followed by a quantity's unit ({@code 万亩},
   * {@code %}) or a figure is no category.
   */
  static boolean nextCanBeTask(List<? extends Block> lines, int i) {
    String f = nextText(lines, i + 1);
    return f != null && f.length() >= 4 && Titles.mostlyHan(f) && !Cells.isUnits(f) && !Cells.isSerial(f)
        && !Cells.isDeadline(f) && !Cells.isShortValue(f);
  }

  /** A short piece of a cell: a line of a narrow column, no sentence. */
  static boolean isShortCell(String folded) {
    String t = Fold.trim(folded);
    return t.length() <= 12 && !endsSentence(t) && !Cells.isUnits(t) && !Cells.isSerial(t);
  }

  /**
   * Whether the line after {@code i} is short too, or a serial: then line i is no part of a section broken over two.
   */
  static boolean nextIsShortOrSerial(List<? extends Block> lines, int i) {
    String f = nextText(lines, i + 1);
    return f == null || Cells.isSerial(f) || f.length() <= 12 && !endsSentence(f);
  }

  /** Whether the next line with text after line {@code i} is a list of units. */
  static boolean unitsNext(List<? extends Block> lines, int i) {
    String f = nextText(lines, i + 1);
    return f != null && Cells.isUnits(f);
  }

  /** Whether the second line with text after line {@code i} is a list of units. */
  static boolean unitsSecondNext(List<? extends Block> lines, int i) {
    String f = nthText(lines, i + 1, 2);
    return f != null && Cells.isUnits(f);
  }

  /** Whether the next line with text is words (a category, a task), not a figure. */
  static boolean nextIsWords(List<? extends Block> lines, int i) {
    String f = nextText(lines, i + 1);
    return f != null && !Cells.isFigure(f) && !Cells.isShortValue(f) && !Cells.isSerial(f);
  }

  /** Whether the next line with text from {@code from} is a serial. */
  static boolean nextIsSerial(List<? extends Block> lines, int from) {
    String f = nextText(lines, from);
    return f != null && Cells.isSerial(f);
  }

  /** Whether the next line with text is a task numbered as items are ({@code 9、城乡登记失业人数}), no serial alone. */
  static boolean nextIsNumberedTask(List<? extends Block> lines, int from) {
    String f = nextText(lines, from);
    if (f == null) {
      return false;
    }
    Numbering.Prefix m = Numbering.of(f);
    return (m.style == Numbering.ARABIC_DOT || m.style == Numbering.PAREN_ARABIC || m.style == Numbering.CIRCLED)
        && f.length() - m.length >= 4;
  }

  /** Whether a line with text follows from {@code from} before the blocks end or a block that is no line. */
  static boolean hasTextAfter(List<? extends Block> lines, int from) {
    return nextText(lines, from) != null;
  }

  /**
   * The folded, trimmed text of the first line with text from {@code from}, or null if the blocks end, or a block
   * that is no line comes, before one.
   */
  private static String nextText(List<? extends Block> lines, int from) {
    return nthText(lines, from, 1);
  }

  /** The index of the first line with text from {@code from}, or -1 where the lines end first (or a row comes). */
  static int nextTextIndex(List<? extends Block> lines, int from) {
    int k = from;
    while (k < lines.size() && lines.get(k) instanceof Line && ((Line) lines.get(k)).isBlank()) {
      k++;
    }
    return k < lines.size() && lines.get(k) instanceof Line ? k : -1;
  }

  /** As {@link #nextText}, the {@code n}th line with text from {@code from}. */
  static String nthText(List<? extends Block> lines, int from, int n) {
    int seen = 0;
    for (int k = from; k < lines.size() && lines.get(k) instanceof Line; k++) {
      Line l = (Line) lines.get(k);
      if (!l.isBlank() && ++seen == n) {
        return Fold.trim(l.folded());
      }
    }
    return null;
  }

  /** Whether a cell's text so far ends with a comma: a clause of its sentence follows. */
  static boolean endsWithComma(CharSequence s) {
    int n = s.length();
    while (n > 0 && Fold.isSpace(s.charAt(n - 1))) {
      n--;
    }
    return n > 0 && (s.charAt(n - 1) == ',' || s.charAt(n - 1) == '，');
  }

  static boolean endsWithSeparator(CharSequence s) {
    char c = Fold.fold(s.charAt(s.length() - 1));
    return c == '、' || c == ',' || c == ';';
  }

  static boolean endsSentence(CharSequence s) {
    char c = s.charAt(s.length() - 1);
    return c == '。' || c == ';' || c == '；' || c == '!' || c == '！' || c == '?' || c == '？' || c == '.';
  }

  /** Whether a line is one word twice, spaces aside ({@code 职责分工 职责分工}, {@code 案   例 案 例}). */
  static boolean isDoubled(String h) {
    if (h.indexOf(' ') < 0 && h.indexOf('\u3000') < 0) {
      return false;
    }
    StringBuilder b = new StringBuilder(h.length());
    for (int i = 0; i < h.length(); i++) {
      if (!Fold.isSpace(h.charAt(i))) {
        b.append(h.charAt(i));
      }
    }
    int n = b.length();
    return n >= 4 && n % 2 == 0 && b.substring(0, n / 2).equals(b.substring(n / 2));
  }


  /** Whether a line is numbered in the style the task cell is ({@code 56.} and {@code 86.}), a style at all. */
  static boolean sameNumbering(CharSequence task, String folded) {
    Numbering style = Numbering.of(folded).style;
    return style != Numbering.NONE && Numbering.of(Fold.fold(task.toString())).style == style;
  }


  /**
   * Whether the lines from {@code i} up to the next units line are exactly as many as the columns of words from
   * {@code ptr} up to the units column ({@code 地区生产总值增长率 / 与市保持同步 / 9.8% / 区发改委} under 指标名称 | 年度目标 |
   * 完成情况 | 责任部门): each is a cell of its own, no line of the task's broken on.
   */
  static boolean cellPerColumnToUnits(List<Columns.Kind> columns, List<? extends Block> lines, int i, int ptr) {
    int units = -1;
    for (int c = ptr; c < columns.size() && units < 0; c++) {
      units = columns.get(c).holdsUnits() ? c : -1;
    }
    if (units < 0 || units <= ptr) {
      return false;
    }
    for (int k = ptr; k < units; k++) {
      if (columns.get(k) != Columns.Kind.OTHER && columns.get(k) != Columns.Kind.DEADLINE) {
        return false;
      }
    }
    int count = 0;
    for (int k = i; k < lines.size() && lines.get(k) instanceof Line && count <= units - ptr; k++) {
      Line l = (Line) lines.get(k);
      if (l.isBlank()) {
        continue;
      }
      if (Cells.isUnits(Fold.trim(l.folded()))) {
        return count == units - ptr;
      }
      count++;
    }
    return false;
  }

  /** The first column that holds units, or -1. */
  static int firstUnitsColumn(List<Columns.Kind> columns) {
    for (int c = 0; c < columns.size(); c++) {
      if (columns.get(c).holdsUnits()) {
        return c;
      }
    }
    return -1;
  }

  /** The last column of {@code columns} that holds units, or -1. */
  static int lastUnitsColumn(List<Columns.Kind> columns) {
    for (int c = columns.size() - 1; c >= 0; c--) {
      if (columns.get(c).holdsUnits()) {
        return c;
      }
    }
    return -1;
  }

  /** The next column after {@code column} that holds units, or -1. */
  static int nextUnitsColumn(List<Columns.Kind> columns, int column) {
    for (int c = column + 1; c < columns.size(); c++) {
      if (columns.get(c).holdsUnits()) {
        return c;
      }
    }
    return -1;
  }

  /**
   * The index of the last line of the header ({@code headerLines}, folded and trimmed) printed again from line {@code i},
   * or -1 if no header starts there.
   */
  static int headerAgain(List<? extends Block> lines, int i, List<String> headerLines) {
    if (headerLines.size() < 3) {
      return -1;
    }
    int k = i;
    for (String h : headerLines) {
      while (k < lines.size() && lines.get(k) instanceof Line && ((Line) lines.get(k)).isBlank()) {
        k++;
      }
      if (k >= lines.size() || !(lines.get(k) instanceof Line)
          || !Fold.trim(((Line) lines.get(k)).folded()).equals(h)) {
        return -1;
      }
      k++;
    }
    return k - 1;
  }

  /**
   * Whether a line is one short bracket of a name and nothing else ({@code (邹区镇)}, {@code (安委办)}): not a date, a
   * state or a role ({@code (已完成)}, {@code (2023年底前完成)}, {@code (按职责分工负责)}).
   */
  static boolean isBracketAlone(String f) {
    return f.length() >= 3 && f.length() <= 14 && f.charAt(0) == '(' && f.indexOf(')') == f.length() - 1
        && AgencyNames.isName(f.substring(1, f.length() - 1));
  }

  /** Words that open a progress cell ({@code 目前已完成200张…}, {@code 截至10月…}), never a task's wrapped line. */
  private static final String[] PROGRESS_OPENERS = {"目前", "截至", "截止", "现已", "已完成", "已累计", "正在"};

  /**
   * Whether line {@code i} ({@code f}) is a short cell that ends its row: the next row's serial (or the table's end)
   * follows it, and it is no list of units or sentence.
   */
  static boolean isLastCell(List<? extends Block> lines, int i, String f) {
    return f.length() <= 20 && f.indexOf('。') < 0 && !Cells.isUnits(f) && saysWhen(f)
        && (nextIsSerial(lines, i + 1) || !hasTextAfter(lines, i + 1));
  }

  /**
   * Words of a time or a condition on it: 完成, 前, 后, 底, 内, 长期, 持续, 常态, 按…要求, 立行立改, 每周 (其中城区2所 has
   * none).
   */
  static boolean saysWhen(String f) {
    for (String w : new String[] {"完成", "前", "后", "底", "内", "长期", "持续", "常态", "要求", "年", "月", "季度", "立行立改",
        "即知即改", "立即", "每", "随时", "定期", "常年"}) {
      if (f.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a line opens as a progress cell does: where a column of words follows the task, it is that column's. */
  static boolean opensWithProgress(String f) {
    for (String w : PROGRESS_OPENERS) {
      if (f.startsWith(w)) {
        return true;
      }
    }
    return false;
  }

  /** Words a state opens with, after a units cell's names: 已完成, 正在推进, 待验收, 尚未开工. */
  private static final String[] STATE_OPENERS = {"已", "正在", "待", "拟", "完成", "未完", "未开", "尚未", "基本"};

  /** Whether a cell has a Han character: a task, a unit or a remark has, a figure or a percentage alone none. */
  static boolean hasHan(String folded) {
    for (int k = 0; k < folded.length(); k++) {
      if (Fold.isHan(folded.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /** The most chars of a list led by a unit's name that {@link #isListLedByName} reads, and of each of its pieces. */
  private static final int MAX_LED_LIST = 80;
  private static final int MAX_LED_PIECE = 10;

  /**
   * A list that opens with a unit's name by a strong suffix, its other pieces short words with no figure or sentence in
   * them ({@code 區發改局、未來科技城}, {@code 各平臺、鎮街}): a units cell whose later names the grammar does not know,
   * under a units column.
   */
  static boolean isListLedByName(String folded) {
    String t = Fold.trim(folded);
    if (t.length() > MAX_LED_LIST) {
      return false;
    }
    int start = 0;
    for (int i = 0; i <= t.length(); i++) {
      char c = i < t.length() ? t.charAt(i) : '、';
      if (c == '、' || c == ',' || c == ';') {
        if (i - start < 2 || i - start > MAX_LED_PIECE && start > 0
            || start == 0 && (i == t.length() || !AgencyNames.isStrongName(t.substring(0, i)))) {
          return false;
        }
        start = i + 1;
      } else if (c >= '0' && c <= '9' || c == '。' || c == ':') {
        return false;
      } else if (i == start && start > 0 && LineShapes.startsWithAny(t, i, STATE_OPENERS)) {
        return false; // 市发改委、已完成: progress after the units, no name (未来科技城 is one)
      }
    }
    // 市发改委、王强: a leader's name after the units, no unit (镇街, a place's word, is none of a person's)
    String last = t.substring(t.lastIndexOf('、') + 1);
    return !(last.length() <= 3 && Cells.isPersonName(last) && PLACE_ENDINGS.indexOf(last.charAt(last.length() - 1)) < 0);
  }

  /**
   * Whether a list is led by a unit's name as {@link #isListLedByName} reads one, whole or with its last name cut by the
   * page's end ({@code 市发改委、市财政局、人民银}): then its names before the last, the cut one no evidence either way.
   */
  static boolean isListLedByNamePerhapsCut(String folded) {
    int last = folded.lastIndexOf('、');
    return isListLedByName(folded) || last > 0 && isListLedByName(folded.substring(0, last));
  }

  /** Last chars of the short words for bodies and places (镇街, 平台, 园区) that a person's given name ends with too. */
  private static final String PLACE_ENDINGS = "街镇乡村区城园社局委办所站队司部处科股组台心";

  /** The levels a unit's name opens with, simplified and traditional: the first half of a name broken over lines. */
  private static final String NAME_LEVELS = "省市县区镇乡州盟旗縣區鄉鎮";

  /**
   * The index of the line that completes a unit's name broken at line {@code i} ({@code 區新興產業} / {@code 服務中心},
   * {@code 區綜合行政} / {@code 執法局}): the line alone names no unit, joined to the next it does; -1 if not.
   */
  static int nameBrokenOn(List<? extends Block> lines, int i, String folded) {
    String f = Fold.trim(folded);
    if (f.length() < 2 || f.length() > 10 || Cells.isUnits(f) || Cells.isSerial(f) || !Titles.mostlyHan(f)
        || Cells.isPersonName(f) || f.indexOf(' ') >= 0 || f.indexOf('(') >= 0 || f.indexOf('/') >= 0
        || NAME_LEVELS.indexOf(f.charAt(0)) < 0) {
      // (王行杰 / 住建局, 方 勇 / 生态环境局: a leader's name over the units, no part of theirs; 农村标准(元/月) / 县民政局:
      // an indicator's name before them; 已基本完成 / 县教育局, 开展专项整治。 / 县市场监管局: a cell before them; a name's
      // first half opens with its level)
      return -1;
    }
    int k = nextTextIndex(lines, i + 1);
    if (k < 0) {
      return -1;
    }
    String next = Fold.trim(((Line) lines.get(k)).folded());
    return next.length() <= 10 && AgencyNames.isStrongName(f + next) ? k : -1;
  }
}
