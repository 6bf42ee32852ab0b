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
import dev.mandate.parser.internal.responsibility.Clause;
import dev.mandate.parser.internal.responsibility.RoleWords;
import dev.mandate.parser.internal.text.Fold;
import java.util.List;

/**
 * A clause that closes a run of sub-items ({@code (1)…(4)} then {@code (责任单位:X)}): which items before it it covers,
 * for {@link OutlineResolver} once the outline's items are known. Items that carry their own clauses, or state their
 * own role, or rows of their own cells, take none of it. Stateless.
 */
final class ClosingClauses {

  private ClosingClauses() {}

  /** Whether an item's clause says it covers the items before it ({@code 以上两项…}, {@code 上述}, {@code 第2-3项}). */
  private static boolean namesItemsBefore(Item it) {
    String t = Fold.fold(it.fullTextOnce());
    int open = Math.max(t.lastIndexOf('('), t.lastIndexOf('〔'));
    String clause = open < 0 ? t : t.substring(open);
    return clause.contains("以上") || clause.contains("上述") || clause.contains("前述")
        || clause.contains("第") && clause.contains("项");
  }

  /** Whether an item's clauses stand on its own line (a bracket after its text), not on a line of their own. */
  private static boolean inline(Item it) {
    for (Clause c : it.measure().clauses()) {
      if (c.line() != it.measure().line) {
        return false;
      }
    }
    return true;
  }

  /** The farthest a role word stands after its 由 in one clause: 由X、Y、Z负责. */
  private static final int ROLE_REACH = 40;

  /** Whether a task's text ends with a sentence of its own that says who does it ({@code 由…负责}), read or not. */
  static boolean statesItsOwnRole(String text) {
    String f = Fold.fold(text);
    int by = f.lastIndexOf('由');
    if (by < 0 || f.length() - by > ROLE_REACH + 4) {
      return false;
    }
    String rest = f.substring(by);
    return rest.indexOf('。') >= rest.length() - 2 || rest.indexOf('。') < 0
        ? RoleWords.mentionsRole(rest) : false;
  }

  /**
   * Whether items {@code [from, to)} are sub-items a row's units cell after the last of them covers: each ends as a
   * sentence ({@code 1、LED显示屏中未见公益宣传内容;}) and names no unit after a space of its own.
   */
  private static boolean subItemsOfOneRow(List<Item> items, int from, int to) {
    for (int r = from; r < to; r++) {
      String t = Fold.trim(Fold.fold(items.get(r).measure().text()));
      if (t.isEmpty() || "。;.".indexOf(t.charAt(t.length() - 1)) < 0) {
        return false;
      }
      for (int s = t.indexOf(' '); s >= 0; s = t.indexOf(' ', s + 1)) {
        int e = s + 1;
        while (e < t.length() && !Fold.isSpace(t.charAt(e)) && "。;,、".indexOf(t.charAt(e)) < 0) {
          e++;
        }
        if (e > s + 2 && AgencyNames.isName(t.substring(s + 1, e))) {
          return false;
        }
      }
    }
    return true;
  }

  /** One clause closing sub-items (1)…(4) applies to each clause-less item of the same style just before it. */
  static void inheritClosingClauses(List<Item> items) {
    for (int k = items.size() - 1; k >= 0; k--) {
      Item it = items.get(k);
      if (!it.isMeasure || it.direct || !it.measure().closingClause) {
        continue;
      }
      int j = k - 1;
      while (j >= 0 && items.get(j).isMeasure && !items.get(j).direct && items.get(j).style == it.style
          && !items.get(j).hasClauses() && !statesItsOwnRole(items.get(j).measure().text())) {
        j--; // (加强资金监管。由财政、审计部门和各乡镇负责。: its own clause, though not read, is no other's)
      }
      if (j >= 0 && items.get(j).isMeasure && items.get(j).style == it.style && items.get(j).hasClauses()
          && inline(it) && !namesItemsBefore(it)) {
        continue; // 2.…(X负责) / 3.… / 4.…(Y负责): where the items carry their own clauses, one with none has none
      }
      if (it.measure().closedByRowCell && !subItemsOfOneRow(items, j + 1, k)) {
        continue; // 1、新建公路100公里 市交通局 2024年底前 / …: rows of their own cells, read or not, no row's sub-items
      }
      for (int r = k - 1; r > j; r--) {
        Item prev = items.get(r);
        prev.measure().addClauses(it.measure().clauses());
        if (prev.measure().deadline == null) {
          prev.measure().deadline = it.measure().deadline;
        }
      }
    }
  }
}
