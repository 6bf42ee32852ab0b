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
import dev.mandate.parser.internal.responsibility.Labels;
import dev.mandate.parser.internal.text.Fold;

/**
 * Where labels stand inside an item's line after its task's text, for {@link Items}: after a sentence's end
 * ({@code 1.任务。牵头单位:X;责任单位:Y}), or after a comma or a bracket's close where a list of agencies follows the
 * label, and where they end (a later sentence with no label is progress, no units). The labels themselves are read by
 * {@link Labels}; a clause with no label, a role sentence or a bracket, is {@link InlineClauses}' or
 * {@link ClauseBrackets}'.
 */
final class InlineLabels {

  private InlineLabels() {}

  /** Whether the label's colon is followed by a list of agencies' names up to the sentence's end. */
  private static boolean namesFollow(String folded, Labels.Found f) {
    int colon = folded.indexOf(':', f.start());
    if (colon < 0 || colon > f.start() + 12) {
      return false;
    }
    int end = colon + 1;
    while (end < folded.length() && "。;".indexOf(folded.charAt(end)) < 0 && end - colon <= 80) {
      end++;
    }
    String list = Fold.trim(folded.substring(colon + 1, end));
    return !list.isEmpty() && AgencyNames.isList(list);
  }

  /**
   * Where labels start in the middle of an item line ({@code 1.任务。牵头单位:X;责任单位:Y}): the first label after a
   * sentence end, semicolon or space. -1 if none.
   */
  static int labelStart(String folded, int from) {
    for (Labels.Found f : Labels.find(folded)) {
      if (f.start() > from) {
        char p = folded.charAt(f.start() - 1);
        if (p == '。' || p == ';' || p == '.' || Fold.isSpace(p)) {
          return f.start();
        }
        // 1、农村道路畅通工程,牵头部门:市交通局。…: a units label after a comma or a bracket's close (投资:167万元(少数
        // 民族发展资金)实施单位:…), the names of agencies after it
        // (一)适龄女生HPV疫苗接种牵头责任部门:县卫生健康委员会: glued to the task's last word, the same
        if ((p == ',' || p == ')' || Fold.isHan(p)) && f.kind().namesUnits() && namesFollow(folded, f)) {
          return f.start();
        }
      } else if (f.kind().namesUnits() && namesFollow(folded, f)) {
        // 1.建设口袋公园责任单位:市城管局: a label read by its shape from the item's start, the task's words its
        // modifier; the known label at its end is the label
        int known = knownLabelAtEnd(folded, f.start(), folded.indexOf(':', f.start()));
        if (known > from) {
          return known;
        }
      }
    }
    return -1;
  }

  /** The fewest chars of a task's words before a known label glued to them ({@code 建设口袋公园}). */
  private static final int MIN_TASK_BEFORE_LABEL = 4;
  /** The fewest chars of a known label read there: 责任单位, 牵头部门 (单位 alone ends every such word). */
  private static final int MIN_KNOWN_LABEL = 4;

  /**
   * Where a known label ({@code 责任单位}, {@code 牵头责任部门}) starts at the end of a label word read from {@code b}
   * to its colon by its shape ({@code 推进生活垃圾分类责任单位:}), four chars at least before it: those are a task's
   * words, no label's modifier ({@code 主要责任单位}, {@code 区级牵头单位} stay whole); -1 where there is none.
   */
  static int knownLabelAtEnd(String folded, int b, int colon) {
    for (int q = b + MIN_TASK_BEFORE_LABEL; q <= colon - MIN_KNOWN_LABEL; q++) {
      char c = folded.charAt(q - 1);
      if (c == '(' || c == ')' || c == ':' || c == '。') {
        return -1; // (联盛快乐城(责任单位:…): a place and its clause's bracket, no task's words)
      }
      if (Labels.named(folded.substring(q, colon)) != null) {
        return q;
      }
    }
    return -1;
  }

  /**
   * Where the labels from {@code start} end: at the end of the sentence the last of them is in, where a sentence with
   * no label follows ({@code 牵头部门:市交通局。建设进度相对较慢的…}: progress, no units); else the line's end.
   */
  static int labelsEnd(String folded, int start) {
    // the sentence the last label is in ends the labels: a later sentence has no label (found once, in one pass)
    int last = start;
    for (Labels.Found f : Labels.find(folded)) {
      last = Math.max(last, f.start());
    }
    int stop = folded.indexOf('。', last);
    return stop < 0 || Fold.trim(folded.substring(stop + 1)).isEmpty() ? folded.length() : stop;
  }
}
