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
 * The lines of a text cut into its sentences, for a document read as prose: a news report or a meeting's minutes that
 * gives its tasks in running sentences ({@code 会议明确,…整改工作由市农业农村局牵头负责,市自然资源和规划局配合。自然资源例行
 * 督察整改工作由…牵头负责,…}) holds no numbered item, table or label, and each sentence that names its units is a task.
 * A sentence ends at 。, ! or ?, and a clause at ; — a list of duties ({@code 县住建局负责…;县文旅局负责…;}) gives one
 * task a clause. Ends inside brackets or quotes do not count ({@code (X牵头;Y配合)} is one clause), nor one a bracket
 * follows: the bracket closes the sentence before it.
 */
final class ProseSentences {

  private ProseSentences() {}

  /** The most lines cut: a longer text is no report in prose (and its sentences would be an object each). */
  static final int MAX_LINES = 1 << 16;

  /** The blocks, each line cut after each end of a sentence or clause; rows as they are. */
  static List<Block> of(List<? extends Block> blocks) {
    List<Block> out = new ArrayList<>(blocks.size() * 2);
    for (Block b : blocks) {
      if (!(b instanceof Line)) {
        out.add(b);
        continue;
      }
      Line line = (Line) b;
      String f = line.folded();
      int from = 0;
      for (int end : ends(f, "。!?;", true)) {
        add(out, line, f, from, end);
        from = end;
      }
      if (from == 0) {
        out.add(line);
      } else {
        add(out, line, f, from, f.length());
      }
    }
    return out;
  }

  /**
   * Where {@code f} is cut: after each of the {@code marks} outside brackets and quotes (and, if {@code keepBracket},
   * not where a bracket follows the mark). The one scan of both the sentences and their comma parts.
   */
  static List<Integer> ends(String f, String marks, boolean keepBracket) {
    List<Integer> out = new ArrayList<>();
    int depth = 0;
    for (int k = 0; k < f.length(); k++) {
      char c = f.charAt(k);
      if (c == '(' || c == '[' || c == '【' || c == '“' || c == '《' || c == '「') {
        depth++;
      } else if ((c == ')' || c == ']' || c == '】' || c == '”' || c == '》' || c == '」') && depth > 0) {
        depth--;
      } else if (depth == 0 && marks.indexOf(c) >= 0 && !(keepBracket && bracketNext(f, k + 1))) {
        out.add(k + 1);
      }
    }
    return out;
  }

  /**
   * Whether a bracket opens right after an end at {@code k}: it closes the sentence before it ({@code …服务业。(按照统一
   * 部署组织实施)}), a remark or a clause of that sentence's, not one of its own.
   */
  private static boolean bracketNext(String f, int k) {
    int b = dev.mandate.parser.internal.text.Fold.trimStart(f, k, f.length());
    return b < f.length() && (f.charAt(b) == '(' || f.charAt(b) == '[' || f.charAt(b) == '【');
  }

  private static void add(List<Block> out, Line line, String folded, int from, int to) {
    if (dev.mandate.parser.internal.text.Fold.trimStart(folded, from, to) < to) {
      out.add(line.part(from, to));
    }
  }
}
