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
package dev.mandate.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mandate.model.Diagnostic;
import dev.mandate.model.Document;
import dev.mandate.parser.MandateParser;
import org.junit.jupiter.api.Test;

/** Assembling measures from what the layout stage read. */
class DocumentAssemblerTest {

  private static final MandateParser PARSER = MandateParser.builder().build();

  @Test
  void rowsThatInheritTheUnitsAboveShareOneReadingOfThem() {
    // rows 2 and 3 leave the unit cell empty and take row 1's list, which is now read once for all three (each row
    // read it again, so the work grew with rows times units: a fuzzed flattened table of 2,895 rows under one list
    // of 141 units parsed at 2 MB/s; LinearGrowth measures this shape). What they get must not change:
    Document d = PARSER.parse("| 序号 | 工作任务 | 责任单位 |\n"
        + "| 1 | 新建学校3所 | 市教育局（牵头、市财政局 |\n"
        + "| 2 | 改造小区100个 | |\n"
        + "| 3 | 新建公园2个 | |\n"
        + "| 4 | 新建道路5公里 | 市住建局 |\n");
    assertEquals(4, d.measures().size());
    assertEquals(d.measures().get(0).responsibilities(), d.measures().get(1).responsibilities());
    assertEquals(d.measures().get(0).responsibilities(), d.measures().get(2).responsibilities());
    assertEquals("市教育局（牵头、市财政局", d.measures().get(2).responsibilities().get(0).unit().name());
    assertEquals("市住建局", d.measures().get(3).responsibilities().get(0).unit().name());
    // what reading the list says is still said once for each measure that has the list, as before
    assertEquals(3, d.diagnostics().stream().filter(x -> x.kind() == Diagnostic.Kind.UNBALANCED_BRACKET).count());
  }
}
