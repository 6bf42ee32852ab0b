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

import dev.mandate.parser.Shown;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Responsibility clauses with the next task glued on after them, in a line that runs tasks together. */
class GluedClausesTest {

  /**
   * wild/w2881, w1484: a digest ran its tasks together with the commas between them kept, each task's labelled clause
   * in a bracket (round or 〔〕) and the next task straight after it; the line gave nothing, or one task too few.
   */
  @Test
  void aLabelledClauseAfterACommaClosesItsTask() {
    String expected = "推进数据要素市场建设, | 市数据局/LF 市市场监管局/S |  | -";
    String second = "探索公共数据有偿使用机制, | 市委网信办/LF 市公安局/S |  | -";
    assertEquals(List.of(expected, second),
        Shown.parsed("推进数据要素市场建设,〔责任单位:市数据局、市市场监管局〕探索公共数据有偿使用机制,〔责任单位:市委网信办、市公安局〕\n"));
    assertEquals(List.of(expected, second),
        Shown.parsed("推进数据要素市场建设,(责任单位:市数据局、市市场监管局)探索公共数据有偿使用机制,(责任单位:市委网信办、市公安局)\n"));
  }

  /**
   * wild/w370 (a regression met on the way): a page's fields in square brackets ({@code 【发布部门】最高人民法院【发文字号】…})
   * are no task's clauses, and the text after them no task.
   */
  @Test
  void aPagesBracketedFieldsAreNoClauses() {
    assertEquals(List.of("严格落实党组的主体责任。 | 办公厅/LM |  | -"),
        Shown.parsed("关于贯彻实施《改革纲要》的分工方案\n\n【发布部门】最高人民法院【发文字号】法[2019]99号【发布日期】2019.04.24\n一、严格落实党组的主体责任。(办公厅牵头)\n"));
  }
}
