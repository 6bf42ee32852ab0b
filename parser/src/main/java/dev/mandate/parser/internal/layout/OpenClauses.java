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

import dev.mandate.parser.internal.responsibility.Labels;
import dev.mandate.parser.internal.source.Block;
import dev.mandate.parser.internal.source.Line;
import dev.mandate.parser.internal.text.Brackets;
import dev.mandate.parser.internal.text.Fold;
import java.util.ArrayList;
import java.util.List;

/**
 * A responsibility clause the page broke in two: {@code …等活动。(科技部、国家卫生健康委…中国科协按} / {@code 职责分工负责)}.
 * The evidence is the bracket: a line's last round bracket opens and never closes, and the next line with text (a
 * blank line or two between, as a PDF's copy puts them) closes it near its start and ends there; when what the two
 * halves hold together is a clause (it ends with a role word, or holds a units label), the line runs on into the next. Without the join
 * the task's units are lost and the half that closes the clause is read as a line of its own.
 */
final class OpenClauses {

  /** The most chars of the clause on the line that closes it. */
  private static final int MAX_REST = 40;
  /** The most chars of the clause on the line that opens it. */
  private static final int MAX_OPEN = 80;
  /** The most blank lines between the halves. */
  private static final int MAX_BLANKS = 2;

  private OpenClauses() {}

  /** The blocks with each broken clause's two lines joined into the first; the blocks themselves where none is. */
  static List<Block> join(List<Block> blocks) {
    List<Block> out = null;
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      int next = b instanceof Line ? closingLine(blocks, i) : -1;
      if (next < 0) {
        if (out != null) {
          out.add(b);
        }
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(blocks.subList(0, i));
      }
      Line first = (Line) b;
      Line rest = (Line) blocks.get(next);
      out.add(new Line(first.number(), first.text().substring(0, Fold.trimEnd(first.text(), 0,
          first.text().length())) + Fold.trim(rest.text())));
      i = next;
    }
    return out == null ? blocks : out;
  }

  /** The index of the line that closes the clause line {@code i} opens, or -1. */
  private static int closingLine(List<Block> blocks, int i) {
    String f = ((Line) blocks.get(i)).folded();
    int open = unclosedOpen(f);
    if (open < 0 || f.length() - open > MAX_OPEN) {
      return -1;
    }
    int k = i + 1;
    int blanks = 0;
    while (k < blocks.size() && blocks.get(k) instanceof Line && ((Line) blocks.get(k)).isBlank()
        && blanks < MAX_BLANKS) {
      k++;
      blanks++;
    }
    if (k >= blocks.size() || !(blocks.get(k) instanceof Line) || ((Line) blocks.get(k)).isBlank()) {
      return -1;
    }
    String g = ((Line) blocks.get(k)).folded();
    int b = Fold.trimStart(g, 0, g.length());
    int e = Fold.trimEnd(g, b, g.length());
    if (b == e || Numbering.of(g.substring(b, e)).style != Numbering.NONE) {
      return -1;
    }
    int close = -1;
    for (int j = b; j < e && j - b <= MAX_REST; j++) {
      char c = g.charAt(j);
      if (Brackets.isOpen(c)) {
        return -1; // a bracket of its own before any close: the next line is no clause's rest
      }
      if (Brackets.isRoundClose(c)) {
        close = j;
        break;
      }
    }
    if (close < 0 || !onlyPunctuation(g, close + 1, e)) {
      return -1;
    }
    String inner = f.substring(open + 1) + g.substring(b, close);
    // (其中市本级负责 / 10个), (县发改局牵头 / 汇总): a role word inside is no clause unless the clause ends with one
    return InlineClauses.endsWithRoleWord(inner, inner.length()) || !Labels.find(inner).isEmpty() ? k : -1;
  }

  /** Where the line's last round bracket opens, when it is the only one left open at the line's end; else -1. */
  private static int unclosedOpen(String f) {
    int depth = 0;
    int open = -1;
    for (int j = 0; j < f.length(); j++) {
      char c = f.charAt(j);
      if (Brackets.isOpen(c)) {
        if (depth == 0) {
          open = Brackets.isRoundOpen(c) ? j : -1;
        }
        depth++;
      } else if (Brackets.isClose(c) && depth > 0) {
        depth--;
      }
    }
    return depth == 1 ? open : -1;
  }

  private static boolean onlyPunctuation(String g, int from, int to) {
    for (int j = from; j < to; j++) {
      char c = g.charAt(j);
      if (Character.isLetterOrDigit(c)) {
        return false;
      }
    }
    return true;
  }
}
