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
    // the first under the last N、 (a heading's few words, not a sentence wrapped before its figure: 2.新建绿道,全年新增
    // 绿地面积 / 2.1平方公里), or under the next N where the N、 lines are missing (1.1 1.2 2.1), or the next
    boolean first = sub == 1 && (number == lastDotNumber && lastDotNumber > 0 && lastDotHeading
        || lastSub[0] > 0 && number == lastSub[0] + 1);
    boolean next = number == lastSub[0] && sub == lastSub[1] + 1;
    if (!first && !next) {
      return null;
    }
    lastSub[0] = number;
    lastSub[1] = sub;
    int end = k < f.length() && (f.charAt(k) == '.' || f.charAt(k) == '、') ? k + 1 : k;
    return new Numbering.Prefix(Numbering.SUB_ARABIC, Fold.trimStart(f, end, f.length()));
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
