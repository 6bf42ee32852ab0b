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

import dev.mandate.parser.internal.text.Brackets;
import dev.mandate.parser.internal.text.Fold;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a unit list into pieces at separators outside brackets, in one pass with a depth counter (no recursion, no
 * regex). {@code 、}, whitespace, a slash between names and {@code 会同} (together with) separate units within a group; {@code , ， ; ； 。} separate groups (a role word
 * at the end of a group, {@code 市X局、市Y局牵头}, applies to the whole group).
 *
 * <p>The pieces and the separators between them are the input: nothing is lost or invented.
 */
public final class UnitListSplitter {

  /** A piece of the input between separators: {@code [start, end)} and the index of its group. */
  public static final class Piece {
    private final int start;
    private final int end;
    private final int group;

    Piece(int start, int end, int group) {
      this.start = start;
      this.end = end;
      this.group = group;
    }

    public int start() {
      return start;
    }

    public int end() {
      return end;
    }

    public int group() {
      return group;
    }
  }

  /** The pieces of a split, and the offsets of brackets that never closed or never opened. */
  public static final class Split {
    private final List<Piece> pieces;
    private final List<Integer> unbalanced;

    Split(List<Piece> pieces, List<Integer> unbalanced) {
      this.pieces = pieces;
      this.unbalanced = unbalanced;
    }

    public List<Piece> pieces() {
      return pieces;
    }

    /** Offsets of unbalanced brackets, in input order. */
    public List<Integer> unbalanced() {
      return unbalanced;
    }
  }

  private UnitListSplitter() {}

  /** Whether c separates units within a group. */
  public static boolean isItemSeparator(char c) {
    return c == '、' || Fold.isSpace(c);
  }

  /** Whether c separates groups. */
  public static boolean isGroupSeparator(char c) {
    return c == ',' || c == '，' || c == ';' || c == '；' || c == '。';
  }

  /** The fewest chars of the name after a slash that parts two names. */
  private static final int SLASHED_NAME = 4;

  /**
   * Whether a slash between two Han chars parts two names at {@code i} ({@code 政务司司长办公室/劳工及福利局}): the name
   * after it whole on its own, a strong name of four chars at least or one with its level ({@code 县民政局/各乡镇}), not
   * the short form of a body that shares the first name's prefix ({@code 各乡镇党委/政府}, {@code 县委组织部/编办}).
   */
  private static boolean isSlashBetweenNames(CharSequence s, int i) {
    if (Fold.fold(s.charAt(i)) != '/' || i == 0 || i + 1 >= s.length() || !Fold.isHan(s.charAt(i - 1))
        || !Fold.isHan(s.charAt(i + 1))) {
      return false;
    }
    int e = i + 1;
    while (e < s.length() && e - i <= 40 && Fold.isHan(s.charAt(e))) {
      e++;
    }
    String next = Fold.fold(s.subSequence(i + 1, e).toString());
    return next.length() >= SLASHED_NAME && AgencyNames.isStrongName(next)
        || next.length() >= 3 && AgencyNames.opensWithLevel(next.charAt(0)) && AgencyNames.isName(next)
        || next.startsWith("各") && next.length() >= 3;
  }

  private static int indexOf(CharSequence s, char c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  public static Split split(CharSequence s) {
    List<Piece> pieces = new ArrayList<>();
    List<Integer> unbalanced = new ArrayList<>();
    int depth = 0;
    int outerOpen = -1;
    int group = 0;
    int start = 0;
    int n = s.length();
    int angle = -1; // where the angle bracket open now closes: 各县<市、区>人民政府 keeps its levels inside the name
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '<' && depth == 0 && angle < 0) {
        angle = indexOf(s, '>', i + 1, Math.min(n, i + 12));
        continue;
      }
      if (i == angle) {
        angle = -1;
        continue;
      }
      if (angle >= 0) {
        continue;
      }
      if (Brackets.isOpen(c)) {
        if (depth == 0) {
          outerOpen = i;
        }
        depth++;
      } else if (Brackets.isClose(c)) {
        if (depth > 0) {
          depth--;
        } else {
          unbalanced.add(i);
        }
      } else if (depth == 0 && i > start + 1 && i + 2 < n && Fold.fold(c) == '会'
          && Fold.fold(s.charAt(i + 1)) == '同') {
        // 发展改革委会同财政部、农业部: the first carries the task together with the others, as a list would say
        pieces.add(new Piece(start, i, group));
        start = i + 2;
        i++;
      } else if (depth == 0 && i == start && i + 2 < n && Fold.fold(c) == '会' && Fold.fold(s.charAt(i + 1)) == '同'
          && Fold.fold(s.charAt(i + 2)) != '县' && afterLeadsRole(s, i)) {
        // 由省财政厅牵头,会同省民政厅、物价局等单位负责落实: 会同 opens the group of those the lead works with (会同县 is a
        // county's name)
        start = i + 2;
        i++;
      } else if (depth == 0 && (isItemSeparator(c) || isGroupSeparator(c) || isSlashBetweenNames(s, i))) {
        if (i > start) {
          pieces.add(new Piece(start, i, group));
        }
        if (isGroupSeparator(c)) {
          group++;
        }
        start = i + 1;
      }
    }
    if (n > start) {
      pieces.add(new Piece(start, n, group));
    }
    if (depth > 0) {
      unbalanced.add(outerOpen);
    }
    return new Split(pieces, unbalanced);
  }

  /** Whether the group before {@code at} (past its comma) ends with a lead's role word: 由省财政厅牵头,会同…. */
  private static boolean afterLeadsRole(CharSequence s, int at) {
    int e = at - 1;
    while (e > 0 && (Fold.isSpace(s.charAt(e)) || Fold.fold(s.charAt(e)) == ',' || Fold.fold(s.charAt(e)) == ';')) {
      e--;
    }
    if (e < 1 || e == at - 1) {
      return false;
    }
    String last = Fold.fold(s.subSequence(e - 1, e + 1).toString());
    return last.equals("牵头") || last.equals("主办") || last.equals("负责");
  }
}
