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

import dev.mandate.parser.internal.source.Block;
import dev.mandate.parser.internal.source.Line;
import java.util.ArrayList;
import java.util.List;

/**
 * A forum's anti-copy junk around a line's text ({@code & Q: W \5 r2 y: W1 j2 E$ J 各县(市、区)人民政府…},
 * {@code …确保按时完成。' l1 J8 n9 Y9 x}): runs of short ASCII tokens, one space apart, that the forum scatters into a
 * post so that a copy of it reads badly. A run is junk where its tokens mix letters with digits and signs as no word,
 * number or formula does ({@link #isJunk}), and it stands at the line's start or end; the line is read without it.
 * Read only where {@link #LINES} lines of the text have such a run.
 */
final class CopyJunk {

  /** The fewest tokens of a run. */
  private static final int TOKENS = 5;
  /** The fewest lines with a run in a text whose runs are junk. */
  private static final int LINES = 3;

  private CopyJunk() {}

  /** The blocks with each line's junk cut off; the blocks themselves where fewer than two lines have any. */
  static List<? extends Block> of(List<? extends Block> blocks) {
    int junk = 0;
    for (int i = 0; i < blocks.size() && junk < LINES; i++) {
      if (blocks.get(i) instanceof Line && hasJunk((Line) blocks.get(i))) {
        junk++;
      }
    }
    if (junk < LINES) {
      return blocks; // nearly every document
    }
    List<Block> out = new ArrayList<Block>(blocks);
    for (int i = 0; i < out.size(); i++) {
      if (out.get(i) instanceof Line) {
        Line line = (Line) out.get(i);
        String t = line.text();
        int b = prefixEnd(t);
        int e = suffixStart(t, b);
        if (b > 0 || e < t.length()) {
          out.set(i, line.part(b, e));
        }
      }
    }
    return out;
  }

  private static boolean hasJunk(Line line) {
    String s = line.source();
    int b = line.start();
    int e = line.end();
    while (b < e && s.charAt(b) == ' ') {
      b++;
    }
    while (e > b && s.charAt(e - 1) == ' ') {
      e--;
    }
    if (b >= e || !isToken(s.charAt(b)) && !isToken(s.charAt(e - 1))) {
      return false; // asked of every line: its text is cut out only where ASCII opens or closes it
    }
    String t = line.text();
    return prefixEnd(t) > 0 || suffixStart(t, 0) < t.length();
  }

  /** Where the text starts after a run of junk that opens the line ({@code 0} if none). */
  static int prefixEnd(String t) {
    int n = t.length();
    int i = 0;
    while (i < n && t.charAt(i) == ' ') {
      i++;
    }
    if (i >= n || !isToken(t.charAt(i))) {
      return 0; // nearly every line: no ASCII sign or letter first
    }
    int[] run = new int[3];
    while (i < n) {
      int s = i;
      while (i < n && isToken(t.charAt(i)) && i - s < 3) {
        i++;
      }
      if (i == s || i < n && isToken(t.charAt(i))) {
        return 0; // a word of four ASCII chars or more: the line's own text
      }
      count(t, s, i, run);
      if (i < n && t.charAt(i) == ' ' && i + 1 < n && isToken(t.charAt(i + 1))) {
        i++; // one space, another token
        continue;
      }
      break; // the run ends at a non-ASCII char, or at spaces before one
    }
    if (!isJunk(run) || i < n && t.charAt(i) != ' ' && t.charAt(i) < 0x80) {
      return 0;
    }
    while (i < n && t.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  /** Where a run of junk that closes the line starts, after {@code from} ({@code t.length()} if none). */
  static int suffixStart(String t, int from) {
    int n = t.length();
    int e = n;
    while (e > from && t.charAt(e - 1) == ' ') {
      e--;
    }
    if (e <= from || !isToken(t.charAt(e - 1))) {
      return n;
    }
    int[] run = new int[3];
    int i = e;
    while (i > from) {
      int s = i;
      while (i > from && isToken(t.charAt(i - 1)) && s - i < 3) {
        i--;
      }
      if (i > from && isToken(t.charAt(i - 1))) {
        return n; // a word of four ASCII chars or more
      }
      count(t, i, s, run);
      if (i - 1 > from && t.charAt(i - 1) == ' ' && isToken(t.charAt(i - 2))) {
        i--;
        continue;
      }
      break;
    }
    // the run starts after a space or right after the text's last non-ASCII char (…牵头)' l1 J8 n9 Y9 x)
    if (!isJunk(run) || i > from && t.charAt(i - 1) != ' ' && t.charAt(i - 1) < 0x80) {
      return n;
    }
    while (i > from && t.charAt(i - 1) == ' ') {
      i--;
    }
    return i;
  }

  /**
   * Counts the token {@code t[b, e)} into {@code run}: tokens, tokens that mix a letter with a digit or a sign
   * ({@code r2}, {@code E$}, {@code y:}), tokens that mix a letter with a digit.
   */
  private static void count(String t, int b, int e, int[] run) {
    boolean letter = false;
    boolean digit = false;
    boolean sign = false;
    for (int k = b; k < e; k++) {
      char c = t.charAt(k);
      letter |= Character.isLetter(c);
      digit |= Character.isDigit(c);
      sign |= !Character.isLetterOrDigit(c);
    }
    run[0]++;
    run[1] += letter && (digit || sign) ? 1 : 0;
    run[2] += letter && digit ? 1 : 0;
  }

  /**
   * Whether a run's counts are junk's: {@link #TOKENS} tokens at least, two of them mixing a letter with a digit or a
   * sign, one a letter with a digit. What a text writes in ASCII mixes them so rarely: percentages ({@code 60% 70% 80%}),
   * a formula ({@code S = (A + B) / 2}), grades ({@code A+ A B+ B C}).
   */
  private static boolean isJunk(int[] run) {
    return run[0] >= TOKENS && run[1] >= 2 && run[2] >= 1;
  }

  /** A char junk is made of: printable ASCII, no space. */
  private static boolean isToken(char c) {
    return c > ' ' && c < 0x7f;
  }
}
