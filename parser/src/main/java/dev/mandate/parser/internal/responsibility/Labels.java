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
package dev.mandate.parser.internal.responsibility;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.mandate.parser.internal.Vocabulary;
import dev.mandate.parser.internal.text.Brackets;
import dev.mandate.parser.internal.text.Fold;
import dev.mandate.parser.internal.text.Residue;
import dev.mandate.parser.internal.text.WordIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds responsibility labels ({@code 牵头单位:}, {@code 协办单位：}, {@code 牽頭單位:}) in text and cuts the text into
 * {@link Clause}s at them. The vocabulary is {@code labels.txt}.
 */
public final class Labels {

  private static final ImmutableList<Vocabulary.Entry> LABELS = Vocabulary.load("labels.txt").stream()
      .sorted(Comparator.comparingInt((Vocabulary.Entry e) -> e.word().length()).reversed())
      .collect(ImmutableList.toImmutableList());

  /** The kind of each label, by its index in {@link #LABELS}: looked up once, not by name at every find. */
  private static final Clause.Kind[] KINDS = LABELS.stream().map(e -> Clause.Kind.valueOf(e.kind()))
      .toArray(Clause.Kind[]::new);

  /** Each label's kind by its word (folded), for a label standing alone, with no colon after it. */
  private static final ImmutableMap<String, Clause.Kind> BY_WORD = LABELS.stream()
      .collect(ImmutableMap.toImmutableMap(Vocabulary.Entry::word, e -> Clause.Kind.valueOf(e.kind())));

  /** The label words by their last char, longest first: what may end where a colon follows. */
  private static final WordIndex BY_LAST = WordIndex.byLast(LABELS.stream().map(Vocabulary.Entry::word)
      .toArray(String[]::new));

  /** Length of the longest label, and how many spaces a label may leave before its colon when found at a start. */
  private static final int LONGEST = Math.max(LabelShape.LONGEST, LABELS.isEmpty() ? 0 : LABELS.get(0).word().length());
  private static final int SPACES_BEFORE_COLON = 8;

  private Labels() {}

  /** The label vocabulary, longest first (for tests). */
  public static ImmutableList<Vocabulary.Entry> vocabulary() {
    return LABELS;
  }

  /** A label found in text: where it starts, where its content starts, and its kind. */
  public static final class Found {
    final int start;
    final int contentStart;
    final Clause.Kind kind;

    Found(int start, int contentStart, Clause.Kind kind) {
      this.start = start;
      this.contentStart = contentStart;
      this.kind = kind;
    }

    public int start() {
      return start;
    }

    public Clause.Kind kind() {
      return kind;
    }
  }

  /**
   * Every label in {@code folded}, in order: a word before a colon that is a label by the vocabulary or by its shape
   * ({@link LabelShape}). A label starts the text or follows a separator or bracket; one glued to the text before it
   * ({@code …接种牵头责任部门:}) is found where its words are all a label's and name a role. A label whose modifier is
   * unknown ({@code 包片单位:}) counts only before an agency's name.
   */
  public static List<Found> find(String folded) {
    List<Found> out = null; // made on the first label: most lines have none, and this is asked of every line
    int n = folded.length();
    for (int i = 0; i < n; i++) {
      if (folded.charAt(i) != ':') {
        continue;
      }
      int end = alternativeStart(folded, Fold.trimEnd(folded, 0, i));
      Found f = vocabularyLabel(folded, end, i);
      if (f == null && !refusedBeforeProse(folded, end, i)) {
        f = shapedLabel(folded, end, i);
      }
      if (f != null) {
        if (out == null) {
          out = new ArrayList<>(2);
        }
        out.add(f);
      }
    }
    return out == null ? List.of() : out;
  }

  /**
   * Where a label's words end when a bracket of another head noun follows them ({@code 责任单位(部门):}, {@code
   * 责任科室(单位):}): at the bracket, which says the same of the list; {@code end} where no such bracket stands.
   */
  private static int alternativeStart(String folded, int end) {
    if (end < 5 || folded.charAt(end - 1) != ')') {
      return end;
    }
    int open = end - 2;
    while (open > 0 && end - open <= 6 && Fold.isHan(folded.charAt(open))) {
      open--;
    }
    return folded.charAt(open) == '(' && open < end - 2 && open > 0 && Fold.isHan(folded.charAt(open - 1))
        && LabelShape.kind(folded, open + 1, end - 1, null) != null ? open : end;
  }

  private static Found vocabularyLabel(String folded, int end, int colon) {
    if (end == 0) {
      return null;
    }
    for (String w : BY_LAST.get(folded.charAt(end - 1))) {
      int start = end - w.length();
      if (start >= 0 && folded.startsWith(w, start) && boundary(folded, start)) {
        return OF_NAMES_ONLY.contains(w) && !namesAfter(folded, colon + 1) ? null
            : new Found(start, colon + 1, BY_WORD.get(w));
      }
    }
    return null;
  }

  /**
   * Labels that are also a duty's heading in prose ({@code 主体责任:企业法定代表人是…第一责任人}, {@code 监管责任:各级市场
   * 监管部门要加强…}): labels only where a name follows them ({@code (主体责任:白茶村委会,监督责任:市工商局)}).
   */
  private static final java.util.Set<String> OF_NAMES_ONLY = java.util.Set.of("主体责任", "监督责任", "监管责任");
  /** Whether the words before the colon at {@code colon} are a label of {@link #OF_NAMES_ONLY} with no name after it. */
  private static boolean refusedBeforeProse(String folded, int end, int colon) {
    for (String w : OF_NAMES_ONLY) {
      if (end >= w.length() && folded.startsWith(w, end - w.length())) {
        return true; // (found by the vocabulary only where a name follows: no label by its shape either)
      }
    }
    return false;
  }

  /** The most chars of the first name after such a label that are read. */
  private static final int LONGEST_PARTY = 40;
  /** The longest party after such a label that need not be an agency's name by its suffix ({@code 星悦公馆}). */
  private static final int SHORT_PARTY = 8;

  /**
   * Whether a name stands after a label's colon at {@code at}: the first piece, up to a separator, is an agency's name,
   * or a short party with no word of a sentence in it.
   */
  private static boolean namesAfter(String folded, int at) {
    int b = Fold.trimStart(folded, at, folded.length());
    int e = b;
    // (read no further than a long name: a line of many such labels stays linear)
    while (e < folded.length() && e - b <= LONGEST_PARTY && "、,;。)".indexOf(folded.charAt(e)) < 0) {
      e++;
    }
    String piece = Fold.trim(folded.substring(b, e));
    if (piece.isEmpty()) {
      return false;
    }
    if (AgencyNames.isName(piece)) {
      return true;
    }
    if (piece.length() > SHORT_PARTY) {
      return false;
    }
    for (String w : new String[] {"要", "是", "应", "须", "对", "负责", "加强", "落实"}) {
      if (piece.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** The label by shape that ends at {@code end} (before the colon at {@code colon}), or null. */
  private static Found shapedLabel(String folded, int end, int colon) {
    // the run of Han chars (and spaces) before the colon, back to a boundary
    int start = end;
    int residue = 0;
    while (start > 0 && end - start - residue <= LabelShape.LONGEST + SPACES_BEFORE_COLON) {
      int group = Residue.groupStartBefore(folded, start);
      if (group < start) {
        residue += start - group; // 推進(jìn)情況: the pinyin a converter left is no part of the label's words
        start = group;
      } else if (Fold.isHan(folded.charAt(start - 1)) || Fold.isSpace(folded.charAt(start - 1))) {
        start--;
      } else {
        break;
      }
    }
    start = Fold.trimStart(folded, start, end);
    if (start == end) {
      return null;
    }
    LabelShape.Reading[] reading = new LabelShape.Reading[1];
    // the whole run (责 任 单 位:), else its words after the last space (市科技馆 整改时限:)
    int afterSpace = end;
    while (afterSpace > start && !Fold.isSpace(folded.charAt(afterSpace - 1))) {
      afterSpace--;
    }
    for (int s : afterSpace > start ? new int[] {start, afterSpace} : new int[] {start}) {
      if (boundary(folded, s)) {
        Clause.Kind kind = LabelShape.kind(folded, s, end, reading);
        if (kind != null && (reading[0] == LabelShape.Reading.KNOWN || agencyAfter(folded, colon + 1))) {
          return new Found(s, colon + 1, kind);
        }
      }
    }
    // glued to the words before it: the longest tail of the run whose words are all a label's, naming a role
    for (int b = Math.max(start, end - LabelShape.LONGEST); b < end - 2; b++) {
      if (!namesRole(folded, b, end)) {
        continue; // asked first: it reads two chars, the shape a whole word
      }
      Clause.Kind kind = LabelShape.kind(folded, b, end, reading);
      if (kind != null && reading[0] == LabelShape.Reading.KNOWN) {
        return new Found(b, colon + 1, kind);
      }
    }
    return null;
  }

  private static final String[] ROLE_STARTS = {"牵头", "主办", "配合", "协办", "协同", "责任"};

  private static boolean namesRole(String folded, int b, int e) {
    for (String w : ROLE_STARTS) {
      if (e - b >= w.length() && folded.startsWith(w, b)) {
        return true;
      }
    }
    return false;
  }

  /** Whether an agency's name starts at {@code from} (after spaces). */
  private static boolean agencyAfter(String folded, int from) {
    int b = Fold.trimStart(folded, from, folded.length());
    int e = b;
    while (e < folded.length() && e - b < 40 && !UnitListSplitter.isGroupSeparator(folded.charAt(e))
        && folded.charAt(e) != '、' && !Fold.isSpace(folded.charAt(e))) {
      e++;
    }
    return e > b && AgencyNames.isName(folded.substring(b, e));
  }

  private static boolean boundary(String folded, int start) {
    if (start == 0) {
      return true;
    }
    char p = folded.charAt(start - 1);
    return Fold.isSpace(p) || UnitListSplitter.isGroupSeparator(p) || p == '、' || Brackets.isOpen(p)
        || Brackets.isClose(p) || p == '|' || p == ':' || p == '.';
  }

  /** Whether a folded word is one of the labels known by name ({@code 责任单位}), not only one by its shape. */
  public static boolean isListed(String word) {
    return BY_WORD.containsKey(word);
  }

  /**
   * The kind of the label that is {@code word} (folded, no colon: {@code 责任单位}), by the vocabulary or, where its
   * modifier is a label's, by its shape; null if it is none.
   */
  public static Clause.Kind named(String word) {
    Clause.Kind k = BY_WORD.get(word);
    if (k != null) {
      return k;
    }
    LabelShape.Reading[] reading = new LabelShape.Reading[1];
    k = LabelShape.kind(word, 0, word.length(), reading);
    return k != null && reading[0] == LabelShape.Reading.KNOWN ? k : null;
  }

  /** The label kind if {@code folded} (trimmed) starts with a label and a colon. */
  public static Clause.Kind leading(String folded) {
    // asked of every line: look only as far as the longest label could reach, and build nothing
    int n = folded.length();
    int b = Fold.trimStart(folded, 0, n);
    // ;责任单位:… — the rest of a clause whose line was broken after its separator
    while (b < n && (folded.charAt(b) == ';' || folded.charAt(b) == ',' || folded.charAt(b) == '、')) {
      b = Fold.trimStart(folded, b + 1, n);
    }
    // - 牵头单位:…, —— 完成时限:…: a list's bullet before an item's field is no part of the label
    int bullet = b;
    while (bullet < n && bullet - b < 3 && isBullet(folded.charAt(bullet))) {
      bullet++;
    }
    if (bullet > b) {
      b = Fold.trimStart(folded, bullet, n);
    }
    int colon = -1;
    for (int i = b; i < n; i++) {
      char c = folded.charAt(i);
      if (c == ':') {
        colon = i;
        break;
      }
      if (i - b > LONGEST + SPACES_BEFORE_COLON) {
        return null;
      }
    }
    if (colon < 0) {
      return null;
    }
    int end = alternativeStart(folded, Fold.trimEnd(folded, b, colon));
    for (int k = 0; k < KINDS.length; k++) {
      String w = LABELS.get(k).word();
      if (end - b == w.length() && folded.startsWith(w, b)) {
        return OF_NAMES_ONLY.contains(w) && !namesAfter(folded, colon + 1) ? null : KINDS[k];
      }
    }
    LabelShape.Reading[] reading = new LabelShape.Reading[1];
    Clause.Kind kind = LabelShape.kind(folded, b, end, reading);
    return kind != null && (reading[0] == LabelShape.Reading.KNOWN || agencyAfter(folded, colon + 1)) ? kind : null;
  }

  /** Whether {@code c} (folded) marks a list's bullet: a dash or a dot, a filled or hollow shape. */
  static boolean isBullet(char c) {
    return c == '-' || c == '—' || c == '·' || c == '•' || c == '●' || c == '○' || c == '■' || c == '□' || c == '◆'
        || c == '◇' || c == '▲' || c == '△' || c == '★' || c == '☆' || c == '*';
  }

  /**
   * Cuts {@code text} into clauses at its labels. Text before the first label (if any) becomes a clause of
   * {@code defaultKind}. {@code column} is the 1-based column of text's first char on {@code line}.
   */
  public static List<Clause> clauses(String text, Clause.Kind defaultKind, int line, int column) {
    return clauses(text, null, defaultKind, line, column);
  }

  /** As {@link #clauses(String, Clause.Kind, int, int)}, carrying a bold mask (one flag per char, or null). */
  public static List<Clause> clauses(String text, boolean[] bold, Clause.Kind defaultKind, int line, int column) {
    String folded = Fold.fold(text);
    List<Found> found = find(folded);
    List<Clause> out = new ArrayList<>();
    int firstStart = found.isEmpty() ? text.length() : found.get(0).start;
    // (预期性指标;牵头单位:…), (第1389号。牵头单位:…): words before the labels that name no unit are the task's kind
    // or its number, no units
    if (found.isEmpty() || AgencyNames.startsWithName(folded.substring(0, firstStart))) {
      addClause(out, text, bold, 0, firstStart, defaultKind, line, column);
    }
    for (int k = 0; k < found.size(); k++) {
      Found f = found.get(k);
      int end = k + 1 < found.size() ? found.get(k + 1).start : text.length();
      addClause(out, text, bold, f.contentStart, end, f.kind, line, column);
    }
    return out;
  }

  private static void addClause(List<Clause> out, String text, boolean[] bold, int start, int end, Clause.Kind kind,
      int line, int column) {
    int b = start;
    int e = end;
    while (b < e && isTrimmable(text.charAt(b))) {
      b++;
    }
    while (e > b && isTrimmable(text.charAt(e - 1))) {
      e--;
    }
    if (b < e) {
      boolean[] mask = bold == null ? null : java.util.Arrays.copyOfRange(bold, b, e);
      out.add(new Clause(kind, text.substring(b, e), mask, line, column + b));
    }
  }


  private static boolean isTrimmable(char c) {
    return Fold.isSpace(c) || UnitListSplitter.isGroupSeparator(c) || c == '、' || c == '|';
  }
}
