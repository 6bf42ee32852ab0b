package dev.mandate.parser.internal.layout;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.mandate.parser.internal.Vocabulary;
import dev.mandate.parser.internal.text.Fold;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Table column headers ({@code columns.txt}): which column holds the task, the units, the deadline. */
public final class Columns {

  /** What a column holds. */
  public enum Kind {
    SERIAL, TASK, UNITS, LEAD, SUPPORT, DEADLINE, OTHER;

    boolean holdsUnits() {
      return this == UNITS || this == LEAD || this == SUPPORT;
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

  /** The kind of a header cell, or null if the cell is not a known header. Spaces inside are ignored. */
  public static Kind kind(String cell) {
    // asked of every line of a text: count before building anything, since almost no line is a header
    int visible = 0;
    for (int i = 0, n = cell.length(); i < n && visible <= 12; i++) {
      if (!Fold.isSpace(cell.charAt(i))) {
        visible++;
      }
    }
    if (visible == 0 || visible > 12) {
      return null;
    }
    String f = compact(cell);
    Kind k = KINDS.get(f);
    if (k != null) {
      return k;
    }
    // 责任单位(部门), 完成时限(年月): a header with a bracketed qualifier
    int open = f.indexOf('(');
    if (open > 1) {
      return KINDS.get(f.substring(0, open));
    }
    // 工作内容及目标, 完成时限及要求: a header that names a second thing after its first
    for (int i = 2; i < f.length() - 1; i++) {
      char c = f.charAt(i);
      if (c == '及' || c == '和' || c == '与') {
        return KINDS.get(f.substring(0, i));
      }
    }
    return null;
  }

  /** The kinds of a header row's cells, or null unless the row names a task column and a unit column. */
  public static List<Kind> header(List<String> cells) {
    List<Kind> kinds = new ArrayList<>(cells.size());
    boolean task = false;
    boolean units = false;
    int known = 0;
    for (String c : cells) {
      Kind k = kind(c);
      if (k != null) {
        known++;
      }
      task |= k == Kind.TASK;
      units |= k != null && k.holdsUnits();
      kinds.add(k == null ? Kind.OTHER : k);
    }
    return task && units && known * 2 >= cells.size() ? kinds : null;
  }

  private static String compact(String s) {
    boolean same = true;
    for (int i = 0; i < s.length() && same; i++) {
      char c = s.charAt(i);
      same = Fold.fold(c) == c && !Fold.isSpace(c);
    }
    if (same) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = Fold.fold(s.charAt(i));
      if (!Fold.isSpace(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** Header kind map, for tests. */
  static Map<String, Kind> kinds() {
    return KINDS;
  }
}
