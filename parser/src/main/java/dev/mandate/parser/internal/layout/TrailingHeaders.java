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
import dev.mandate.parser.internal.text.Fold;
import java.util.ArrayList;
import java.util.List;

/**
 * A table's header run onto the end of the prose before it, its names apart by spaces: {@code …请认真组织实施。附件:
 * 常熟市2018年政府工作任务分解表 序号 名称 工作任务 牵头责任单位}, the rows on the lines below. The header is put on a line
 * of its own, where the families that read tables look for it; a line whose words after 序号 are not all column names
 * (a sentence that mentions 序号), or whose words before 序号 end as no title, sentence or label does (须包含 序号 …), stays
 * as it was.
 */
final class TrailingHeaders {

  /** The most chars of a header after 序号. */
  private static final int MAX_HEADER = 60;

  private TrailingHeaders() {}

  /** The blocks with every trailing header on a line of its own; the same list where none is. */
  static List<Block> of(List<Block> blocks) {
    return Spliced.each(blocks, b -> b instanceof Line ? read((Line) b) : null);
  }

  /** The prose and the header as two lines, or null if the line ends with no header. */
  static List<Block> read(Line line) {
    String f = line.folded();
    int h = f.lastIndexOf("序号");
    int n = Fold.trimEnd(f, 0, f.length());
    int before = Fold.trimEnd(f, 0, h);
    if (h <= 0 || n - h > MAX_HEADER || !Fold.isSpace(f.charAt(h - 1)) || before == 0
        || "表。:)".indexOf(f.charAt(before - 1)) < 0) {
      return null; // (the words before the header end as a table's title, an attachment's colon or a sentence)
    }
    List<String> names = new ArrayList<>();
    int start = -1;
    for (int k = h; k <= n; k++) {
      boolean space = k == n || Fold.isSpace(f.charAt(k));
      if (space && start >= 0) {
        String name = f.substring(start, k);
        if (ColumnNames.name(name) == null) {
          return null; // a word that names no column: a sentence with 序号 in it
        }
        names.add(name);
        start = -1;
      } else if (!space && start < 0) {
        start = k;
      }
    }
    if (names.size() < 3 || Columns.header(names) == null) {
      return null;
    }
    return List.of(line.part(0, h), line.part(h, line.folded().length()));
  }
}
