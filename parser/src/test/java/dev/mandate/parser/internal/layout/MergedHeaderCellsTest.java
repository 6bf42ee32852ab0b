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

/** Tables whose header names fewer columns than their rows hold, and lines opened by lost chars (round 50). */
class MergedHeaderCellsTest {

  /**
   * wild/w2662: a header whose first name spans a group's heading and the row's serial ({@code 具体要求 | 责任科室} over
   * {@code 一、… | 1 | 紧扣… | 办公室牵头,… |}) gave each row its heading or serial as the task; the heading is the
   * rows', the serial goes, and a row the text's end cut keeps its task.
   */
  @Test
  void aHeaderNameOverTheHeadingAndSerialLeavesThemOutOfTheTask() {
    assertEquals(List.of("一、围绕中心工作抓好主动公开。 / 紧扣民生领域,深化信息公开。 | 办公室/LM 局各股室/S |  | -",
        "二、围绕提质增效抓好政策解读 / 严格落实政策解读与政策文件同步起草的工作要求。 | 办公室/LM 局各股室/S |  | -",
        "二、围绕提质增效抓好政策解读 / 科学确定解读范围,做到应解读尽解读。 | 办公室/LM 局各股室/S |  | -",
        "三、围绕公众参与抓好决策公开。 / 建立健全政策制定公众参与机制。 |  |  | -"),
        Shown.parsed("具 体 要 求 | 责任科室 | ||\n"
            + "一、围绕中心工作抓好主动公开。 | 1 | 紧扣民生领域,深化信息公开。 | 办公室牵头,局各股室配合 |\n"
            + "二、围绕提质增效抓好政策解读 | 2 | 严格落实政策解读与政策文件同步起草的工作要求。 | 办公室牵头,局各股室配合 |\n"
            + "3 | 科学确定解读范围,做到应解读尽解读。 | 办公室牵头,局各股室配合 | |\n"
            + "三、围绕公众参与抓好决策公开。 | 4 | 建立健全政策制定公众参与机制。\n"));
  }

  /**
   * A row as wide as its header keeps its cells: a numbered first cell is the task where no serial follows it and the
   * units stand in their column.
   */
  @Test
  void aRowThatFitsItsHeaderKeepsItsCells() {
    assertEquals(List.of("新建乡镇学校 | 县教育局/LF |  | -", "改造农村公路 | 县交通局/LF |  | -"),
        Shown.parsed("工作任务 | 责任单位 |\n一、新建乡镇学校 | 县教育局 |\n二、改造农村公路 | 县交通局 |\n"));
  }

  /**
   * wild/w2683, w1242: headings whose full-width spaces an encoding lost to question marks ({@code ???(一)第一检查督导组;})
   * were read as no heading, their group's units given to the line.
   */
  @Test
  void questionMarksOpeningALineAreLostSpaces() {
    assertEquals(List.of("三、分组情况 / 第一检查督导组; | 政法办/LF 派出所/S |  | -",
        "三、分组情况 / 第二检查督导组; | 工业办/LF 供电所/S |  | -"),
        Shown.parsed("三、分组情况\n???(一)第一检查督导组;\n责任单位:政法办、派出所\n检查范围:烟花爆竹批发零售点。\n"
            + "???(二)第二检查督导组;\n责任单位:工业办、供电所\n检查范围:加油站、液化气站。\n"));
  }

  /** wild/w2664: a column named 任务分工 holds the units a task is divided among. */
  @Test
  void aColumnOfTheTasksDivisionHoldsItsUnits() {
    assertEquals(List.of("教育民生 / 做好高校毕业生就业创业补贴信息公开。 | 学生处/LF 各高等学校/S |  | -"),
        Shown.parsed("工作要点 | 具体要求 | 任务分工 |\n教育民生 | 做好高校毕业生就业创业补贴信息公开。 | 学生处,各高等学校 |\n"));
  }
}
