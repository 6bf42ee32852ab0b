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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mandate.parser.internal.source.Block;
import dev.mandate.parser.internal.source.Cell;
import dev.mandate.parser.internal.source.Line;
import dev.mandate.parser.internal.source.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@link LaidOutColumns} on its own: what it reads back into rows, what it leaves, and in what time. */
class LaidOutColumnsTest {

  private static List<Block> lines(String text) {
    List<Block> out = new ArrayList<>();
    for (String l : text.split("\n", -1)) {
      out.add(new Line(out.size() + 1, l));
    }
    return out;
  }

  private static List<String> shown(List<Block> blocks) {
    return blocks.stream().map(b -> b instanceof Row
        ? ((Row) b).cells().stream().map(Cell::text).collect(Collectors.joining(" | ", "R: ", ""))
        : "L: " + ((Line) b).text()).collect(Collectors.toList());
  }

  @Test
  void wrappedCellsSideBySideAreReadBackIntoRows() {
    String text = "序号   工作任务         责任单位\n"
        + "1      新建学校3所,扩 市教育局、市财\n"
        + "       建幼儿园2所。   政局\n"
        + "2      改造道路20公里。 市交通运输局\n";
    assertEquals(List.of("R: 序号 | 工作任务 | 责任单位", "R: 1 | 新建学校3所,扩建幼儿园2所。 | 市教育局、市财政局",
        "R: 2 | 改造道路20公里。 | 市交通运输局"), shown(LaidOutColumns.of(lines(text))));
    // text after the table keeps the blank line before it; the blank line that ends the text went with the table,
    // which might have gone on on a next page
    assertEquals(List.of("R: 2 | 改造道路20公里。 | 市交通运输局", "L: ", "L: 以上任务年底前完成。"),
        shown(LaidOutColumns.of(lines(text + "\n以上任务年底前完成。"))).subList(2, 5));
  }

  @Test
  void textWithoutWrappedCellsIsLeftAsItIs() {
    List<Block> prose = lines("一、总体要求\n  坚持以人民为中心。\n二、主要任务\n序号  任务  单位\n1  新建学校  市教育局\n");
    assertSame(prose, LaidOutColumns.of(prose));
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void piecesStandingAnywhereCostLittle() {
    // thousands of indented lines of hundreds of pieces each at random places: no table, and no quadratic work
    Random r = new Random(19);
    StringBuilder b = new StringBuilder();
    for (int line = 0; line < 5000; line++) {
      b.append("  ");
      for (int p = 0; p < 200; p++) {
        b.append("字".repeat(1 + r.nextInt(3))).append(" ".repeat(2 + r.nextInt(4)));
      }
      b.append('\n');
    }
    List<Block> blocks = LaidOutColumns.of(lines(b.toString()));
    assertTrue(blocks.stream().allMatch(x -> x instanceof Line));
  }
}
