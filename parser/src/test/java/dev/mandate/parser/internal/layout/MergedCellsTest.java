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

/** Flattened tables whose merged cells are missing from the rows they span. */
class MergedCellsTest {

  /**
   * wild/w2782: a table of task, time, units and persons flattened one cell a line; a row that shares the cells of the
   * row above has its task only, and the next row's task, a sentence, came where the person's cell would: it was
   * taken for the person, the table ended at the next row's date and every row after it was lost.
   */
  @Test
  void aSentenceWhereAPersonsCellWouldComeOpensTheNextRow() {
    assertEquals(List.of("召开运动会筹备会。 | 校工会/LF 体育教学部/S |  | 3月12日",
        "确定比赛项目,发布通知。 | 校工会/LF 体育教学部/S |  | 3月12日",
        "组织学生认真训练、积极参赛。 | 各学院/LF |  | 3月12日启动",
        "收集报名表,编排秩序册。 | 校办/LF |  | 4月7日前"),
        Shown.parsed("任 务\n完成时间\n负责单位\n负责人\n召开运动会筹备会。\n3月12日\n校工会\n体育教学部\n杨红霞\n"
            + "确定比赛项目,发布通知。\n组织学生认真训练、积极参赛。\n3月12日启动\n各学院\n代表团团长\n"
            + "收集报名表,编排秩序册。\n4月7日前\n校办\n张婷\n"));
  }
}
