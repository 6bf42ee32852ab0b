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
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Headings run into a long line glued to the text around them, no punctuation between ({@code …职责分解一、县城区办事处(一)积极…}):
 * where {@link RunOnLines} splits such a line, the outline's own order shows which numbers are headings and which are
 * words (统一、规范).
 */
final class GluedHeadings {

  private GluedHeadings() {}

  /** The most chars of a heading's name glued between its number and its first item's (一、县建设局(一)). */
  private static final int MAX_GLUED_HEADING = 20;

  /**
   * The starts with those of headings glued to their first item and to the text before them: {@code …职责分解一、县城区办事处
   * (一)积极…}. A heading's number after a word is no start by itself (统一、规范), but its first item's {@code (一)} right
   * after its short name, no punctuation between, shows the outline's two levels, and a heading numbered next to it
   * in the same line (二、 after 一、) shows the level of headings; then both start parts.
   */
  static List<Integer> withStarts(String f, int n, List<Integer> starts) {
    List<int[]> glued = null; // {heading's start, its number, its first item's start}
    for (int q = f.indexOf("(一)"); q > 0; q = f.indexOf("(一)", q + 3)) {
      if (!Fold.isHan(f.charAt(q - 1)) || q + 3 >= n || !Fold.isHan(f.charAt(q + 3))) {
        continue;
      }
      for (int k = q - 2; k > 0 && q - k <= MAX_GLUED_HEADING; k--) {
        char c = f.charAt(k);
        int h = Numbering.headingNumberStart(f, k, 0);
        if (h >= 0) {
          int value = Numbering.smallNumber(f.substring(h, k));
          if (value > 0 && q - (k + 1) >= 2) {
            glued = glued == null ? new ArrayList<>() : glued;
            glued.add(new int[] {h, value, q});
          }
          break;
        } else if (!Fold.isHan(c)) {
          break; // punctuation between: the bracket is no heading's first item
        }
      }
    }
    if (glued == null) {
      return starts;
    }
    TreeSet<Integer> all = new TreeSet<>();
    if (starts != null) {
      all.addAll(starts);
    }
    for (int[] g : glued) {
      if (hasNeighbourHeading(f, glued, g, starts) && !numberedAlready(f, n, g, starts)) {
        all.add(g[0]);
        all.add(g[2]);
      }
    }
    all.remove(Fold.trimStart(f, 0, n)); // the line's own start is no part's
    return all.isEmpty() ? null : new ArrayList<>(all);
  }

  /**
   * Whether a heading numbered one before {@code g}'s stands before it, or one after it after it, glued too or starting
   * a part after punctuation: the order of an outline (二、主要任务…统一、办理便捷(一) has a 二 before its 一: a word).
   */
  private static boolean hasNeighbourHeading(String f, List<int[]> glued, int[] g, List<Integer> starts) {
    for (int[] o : glued) {
      if (inOrder(o[0], o[1], g)) {
        return true;
      }
    }
    for (int s : starts == null ? List.<Integer>of() : starts) {
      if (inOrder(s, headingValueAt(f, s), g)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a heading numbered {@code value} at {@code at} is {@code g}'s neighbour in the outline's order. */
  private static boolean inOrder(int at, int value, int[] g) {
    return value == g[1] - 1 && at < g[0] || value == g[1] + 1 && at > g[0];
  }

  /**
   * Whether a heading of {@code g}'s number already starts the line or a part of it: the glued one is then a word's
   * (一、总体要求。…标准统一、规范管理(一)…).
   */
  private static boolean numberedAlready(String f, int n, int[] g, List<Integer> starts) {
    if (headingValueAt(f, Fold.trimStart(f, 0, n)) == g[1]) {
      return true;
    }
    for (int s : starts == null ? List.<Integer>of() : starts) {
      if (s != g[0] && headingValueAt(f, s) == g[1]) {
        return true;
      }
    }
    return false;
  }

  /** The value of a heading's number {@code 二、} at {@code s}, or 0. */
  private static int headingValueAt(String f, int s) {
    int e = s;
    while (e < f.length() && Numbering.isHeadingNumeral(f.charAt(e))) {
      e++;
    }
    return e > s && e < f.length() && f.charAt(e) == '、' ? Numbering.smallNumber(f.substring(s, e)) : 0;
  }
}
