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
        if ((p == ',' || p == ')') && f.kind().namesUnits() && namesFollow(folded, f)) {
          return f.start();
        }
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
