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

import dev.mandate.parser.internal.text.Fold;

/**
 * The numbers of a text's lines, read in order, that tell an item's number from a decimal where a digit follows its
 * dot: {@code 2.30个行政村完成改造} after {@code 1.…} is item 2; {@code 1.1} and {@code 1.2} under {@code 1、} are that
 * heading's items; {@code 2.5万亩} and {@code 3.5%} stay figures. One instance per text.
 */
final class NumberSequence {

  /** The number of the last line numbered 1. 2. 3. read, or 0: the next such number may be followed by a digit. */
  private int lastDotNumber;
  /** Whether that line was a heading's few words (no comma, no full stop): items numbered under it may follow. */
  private boolean lastDotHeading;

  /**
   * The line's numbering, where {@code 2.30个行政村完成改造} after {@code 1.…} reads as the next number and its text,
   * not a decimal (a number that goes on from the last line numbered so, a digit after its dot); and keeps count of
   * that numbering.
   */
  Numbering.Prefix read(String folded, Numbering.Prefix prefix) {
    int b = Fold.trimStart(folded, 0, folded.length());
    int j = b;
    int number = 0;
    while (j < folded.length() && j - b < 3 && folded.charAt(j) >= '0' && folded.charAt(j) <= '9') {
      number = number * 10 + folded.charAt(j) - '0';
      j++;
    }
    boolean decimal = prefix.style == Numbering.NONE && j > b && j + 1 < folded.length() && folded.charAt(j) == '.'
        && Character.isDigit(folded.charAt(j + 1)) && hanCount(folded, j + 1) >= 4
        && !(j + 2 < folded.length() && MULTIPLIERS.indexOf(folded.charAt(j + 2)) >= 0);
    Numbering.Prefix sub = decimal ? subNumber(folded, j, number) : null;
    numberedBefore |= sub != null || prefix.style != Numbering.NONE;
    if (sub != null) {
      return sub; // (1.1 under 1、: the number of the items under it stays the last of 1、 2、 3、)
    }
    if (decimal && lastDotNumber > 0 && number == lastDotNumber + 1) {
      prefix = new Numbering.Prefix(Numbering.ARABIC_DOT, j + 1);
    }
    // (only a line numbered so counts: a decimal's line, 3.5%的增速…, is none; a heading of a higher rank starts
    // the count again)
    if (prefix.style == Numbering.ARABIC_DOT) {
      lastDotNumber = j > b ? number : lastDotNumber;
      String rest = Fold.trim(folded.substring(Math.min(prefix.length, folded.length())));
      lastDotHeading = rest.length() <= 20 && rest.indexOf(',') < 0 && rest.indexOf('。') < 0;
    } else if (prefix.style == Numbering.CN_DUN || prefix.style == Numbering.CHAPTER || prefix.style == Numbering.PAREN_CN) {
      lastDotNumber = 0;
      lastSub[0] = 0;
      lastSub[1] = 0;
    }
    return prefix;
  }

  /** Chars after one decimal digit that make it a figure ({@code 2.5万亩}, {@code 3.5%}): no count (2.3个) takes them. */
  private static final String MULTIPLIERS = "万亿千百%‰";
  /** Chars after {@code N.M} that make it a figure, no item numbered under N ({@code 2.1平方公里}, {@code 1.5万人}). */
  private static final String FIGURE_AFTER = "万亿千百%‰个元人户所家项次倍米吨亩公平立辆台套座处条张名件场天小";

  /** The last {@code N.M} numbering read: {@code {N, M}}, or {@code {0, 0}}. */
  private final int[] lastSub = new int[2];

  /**
   * {@code 1.1在多种阵地宣传…} under {@code 1、宣传氛围}, then {@code 1.2…}: a number of the items under the last
   * {@code N、} (its first, {@code N.1}, or the next after the last {@code N.M}), its text no figure's (no unit or
   * multiplier after it); null otherwise. The number before the dot at {@code dot} is N, {@code number} its value.
   */
  private Numbering.Prefix subNumber(String f, int dot, int number) {
    int k = dot + 1;
    int sub = 0;
    while (k < f.length() && k - dot <= 2 && Character.isDigit(f.charAt(k))) {
      sub = sub * 10 + f.charAt(k) - '0';
      k++;
    }
    if (k >= f.length() || Character.isDigit(f.charAt(k)) || FIGURE_AFTER.indexOf(f.charAt(k)) >= 0) {
      return null;
    }
    if (f.charAt(k) == '.' && k + 1 < f.length() && Character.isDigit(f.charAt(k + 1))) {
      return subSubNumber(f, k, number, sub);
    }
    // 2.5 各乡镇人民政府救助工作职责 at the top of a page cut from its plan: a number of a section whose parent the cut
    // left out, apart from its words by a space as a figure's unit never is
    boolean opening = !numberedBefore && Fold.isSpace(f.charAt(k)) && sub > 0 && isWordsAfterSpace(f, k);
    // the first under the last N、 (a heading's few words, not a sentence wrapped before its figure: 2.新建绿道,全年新增
    // 绿地面积 / 2.1平方公里), or under the next N where the N、 lines are missing (1.1 1.2 2.1), or the next
    boolean first = sub == 1 && (number == lastDotNumber && lastDotNumber > 0 && lastDotHeading
        || lastSub[0] > 0 && number == lastSub[0] + 1);
    boolean next = number == lastSub[0] && sub == lastSub[1] + 1;
    if (!first && !next && !opening) {
      return null;
    }
    lastSub[0] = number;
    lastSub[1] = sub;
    lastSubSub = 0;
    int end = k < f.length() && (f.charAt(k) == '.' || f.charAt(k) == '、') ? k + 1 : k;
    return new Numbering.Prefix(Numbering.SUB_ARABIC, Fold.trimStart(f, end, f.length()));
  }

  /**
   * Whether a numbered line was read: only the first may be an {@code N.M} whose parent the page's cut left out (after
   * others, {@code 6.5 级以上的地震…} is a figure wrapped to the line's start).
   */
  private boolean numberedBefore;

  /** Chars after a figure's space that make it one still ({@code 6.5 级}, {@code 3.5 度}, {@code 2.5 以上}, {@code 1.5 左右}). */
  private static final String FIGURE_WORDS = "级度以左余多";

  /** The last {@code N.M.K} numbering's K under the last {@code N.M} read, or 0. */
  private int lastSubSub;

  /**
   * {@code 2.6.1县救灾办:…} under {@code 2.6…}, then {@code 2.6.2…}: a number of the items under the last {@code N.M}
   * (its first, or the next after the last {@code N.M.K}); null otherwise. The second dot is at {@code dot}.
   */
  private Numbering.Prefix subSubNumber(String f, int dot, int number, int sub) {
    int k = dot + 1;
    int third = 0;
    while (k < f.length() && k - dot <= 2 && Character.isDigit(f.charAt(k))) {
      third = third * 10 + f.charAt(k) - '0';
      k++;
    }
    if (k >= f.length() || Character.isDigit(f.charAt(k)) || FIGURE_AFTER.indexOf(f.charAt(k)) >= 0
        || number != lastSub[0] || sub != lastSub[1] || third != lastSubSub + 1) {
      return null;
    }
    lastSubSub = third;
    int end = k < f.length() && (f.charAt(k) == '.' || f.charAt(k) == '、') ? k + 1 : k;
    return new Numbering.Prefix(Numbering.SUB_SUB_ARABIC, Fold.trimStart(f, end, f.length()));
  }

  /** Whether words start after the spaces from {@code k}: four Han chars at least, the first no figure's unit. */
  private static boolean isWordsAfterSpace(String f, int k) {
    int w = Fold.trimStart(f, k, f.length());
    return w < f.length() && Fold.isHan(f.charAt(w)) && FIGURE_AFTER.indexOf(f.charAt(w)) < 0
        && FIGURE_WORDS.indexOf(f.charAt(w)) < 0 && hanCount(f, w) >= 4;
  }

  /** How many Han chars {@code f} has from {@code from}, counted up to 4: a figure's cell (2.5%, 2.6万人) has fewer. */
  private static int hanCount(String f, int from) {
    int count = 0;
    for (int i = from; i < f.length() && count < 4; i++) {
      count += Fold.isHan(f.charAt(i)) ? 1 : 0;
    }
    return count;
  }
}
